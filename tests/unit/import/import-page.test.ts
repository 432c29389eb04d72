import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { personSchema, sourceSchema } from '../../../src/core/schemas.ts';
import {
  importPage,
  rememberOutcome,
  sourceYaml,
  type PageOutcome,
} from '../../../src/import/import-page.ts';
import { fixtureBytes, PERMISSIVE, repositoryArchive } from '../../support/import-fixtures.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** A page whose only date could be 5 January or 1 May, and nothing else on it says which. */
const AMBIGUOUS = utf8(
  'Title: Fair opens\n\nDate: 05/01/2023\n\nSource: Fuxin News Network\n\nThe fair opened.\n',
);
const STRICT = { addPeople: false, addSources: false, language: 'en', today: '2024-02-01' };

function frontmatterOf(outcome: PageOutcome): Record<string, unknown> {
  if (outcome.status !== 'imported') throw new Error(`not imported: ${JSON.stringify(outcome)}`);
  return parse(/^---\n([\s\S]*?)\n---/.exec(outcome.text)?.[1] ?? '');
}

describe('importPage', () => {
  it('writes the fields a page states and marks guesses for review', () => {
    const outcome = importPage(
      'stamp-title.txt',
      fixtureBytes('stamp-title.txt'),
      repositoryArchive(),
      STRICT,
    );
    expect(outcome).toMatchObject({
      status: 'imported',
      id: '2023-06-12-zhou-pengju-stressed-at-the-city-forestry-work',
      path: '2023/2023-06-12-zhou-pengju-stressed-at-the-city-forestry-work.md',
    });
    expect(frontmatterOf(outcome)).toMatchObject({
      published: '2023-06-12',
      eventDate: '2023-06-09',
      listed: '2023-06-13',
      source: 'fuxin-news-network',
      speakers: [
        {
          person: 'zhou-pengju',
          role: 'Deputy Secretary of the Municipal Party Committee and Mayor',
          act: 'delivered a speech',
        },
        {
          person: 'zhang-jianjun',
          role: 'Member of the Standing Committee of the Municipal Party Committee and Deputy Mayor',
          act: 'presided over the meeting',
        },
      ],
      themes: ['four-advantageous-industries'],
      review: ['eventDate', 'speakers', 'themes'],
    });
    expect(frontmatterOf(outcome)['contentHash']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('marks a derived title and a truncated text', () => {
    expect(
      frontmatterOf(importPage('a', fixtureBytes('stamp-date-line.txt'), repositoryArchive(), STRICT)),
    ).toMatchObject({ titleDerived: true, review: expect.arrayContaining(['title']) });
    expect(
      frontmatterOf(importPage('b', fixtureBytes('truncated.txt'), repositoryArchive(), STRICT)),
    ).toMatchObject({
      truncated: true,
    });
  });

  it('keeps editor, view count and subtitle in the frontmatter', () => {
    expect(
      frontmatterOf(importPage('v', fixtureBytes('views-editor.txt'), repositoryArchive(), STRICT)),
    ).toMatchObject({ editor: 'Zhao Min', views: 1204 });
    expect(
      frontmatterOf(importPage('s', fixtureBytes('subtitle.txt'), repositoryArchive(), PERMISSIVE)),
    ).toMatchObject({
      subtitle: 'The party secretary speaks about old factories, new parks and the three-year action',
      review: expect.arrayContaining(['source']),
    });
  });

  it('reports a second import of the same page as already imported', () => {
    const archive = repositoryArchive();
    const first = importPage('one.txt', fixtureBytes('truncated.txt'), archive, STRICT);
    rememberOutcome(archive, first);
    expect(importPage('copy.txt', fixtureBytes('truncated.txt'), archive, STRICT)).toEqual({
      status: 'already-imported',
      file: 'copy.txt',
      id: first.status === 'imported' ? first.id : '',
      contentHash: first.status === 'imported' ? first.contentHash : '',
    });
  });

  it('gives two pages with the same title on the same day different ids', () => {
    const archive = repositoryArchive();
    const page = (extra: string) =>
      utf8(
        ` date 2023-05-02 The city plants trees\n\nDate: 2023-05-02\n\nSource: Fuxin News Network\n\nOn May 1, volunteers planted new energy trees${extra}.\n`,
      );
    const first = importPage('a.txt', page(''), archive, STRICT);
    rememberOutcome(archive, first);
    const second = importPage('b.txt', page(' again'), archive, STRICT);
    expect(
      [first, second].map((outcome) => (outcome.status === 'imported' ? outcome.id : outcome.status)),
    ).toEqual(['2023-05-02-the-city-plants-trees', '2023-05-02-the-city-plants-trees-2']);
  });

  it.each([
    [
      'an unknown source when adding sources is turned off',
      'long-date.txt',
      STRICT,
      'source: "Liaoning Evening Post" is not in sources.yaml; add it there, or rerun without --no-add-sources',
    ],
    [
      'no date',
      'breadcrumb-admin.txt',
      STRICT,
      'published: the page states no readable date; rerun with --published YYYY-MM-DD',
    ],
    [
      'an ambiguous numeric date nothing settles',
      'ambiguous.txt',
      STRICT,
      'published: "05/01/2023" could be 2023-05-01 or 2023-01-05 and nothing on the page settles it; rerun with --published YYYY-MM-DD',
    ],
  ])('fails a page with %s, naming the fix', (_case, name, options, reason) => {
    const bytes = name === 'ambiguous.txt' ? AMBIGUOUS : fixtureBytes(name);
    expect(importPage(name, bytes, repositoryArchive(), options)).toEqual({
      status: 'failed',
      file: name,
      reason,
    });
  });

  it('files a page that names no source under the "not stated" source, created when missing, for review', () => {
    const archive = repositoryArchive();
    const first = importPage('subtitle.txt', fixtureBytes('subtitle.txt'), archive, STRICT);
    expect(first).toMatchObject({
      status: 'imported',
      sourceId: 'not-stated',
      newSource: { id: 'not-stated' },
    });
    expect(frontmatterOf(first)).toMatchObject({
      source: 'not-stated',
      review: expect.arrayContaining(['source']),
    });
    rememberOutcome(archive, first);
    const second = importPage(
      'no-source-no-theme.txt',
      fixtureBytes('no-source-no-theme.txt'),
      archive,
      STRICT,
    );
    expect(second).toMatchObject({ status: 'imported', sourceId: 'not-stated', newSource: undefined });
  });

  it('uses --source for a page that names none, when given', () => {
    const outcome = importPage('subtitle.txt', fixtureBytes('subtitle.txt'), repositoryArchive(), {
      ...STRICT,
      fallbackSource: 'fuxin-news-network',
    });
    expect(outcome).toMatchObject({ status: 'imported', sourceId: 'fuxin-news-network' });
  });

  it.each([
    ['a dateline', 'dateline.txt', 'fuxin-news-network'],
    ['a "Source:" line below the text', 'source-below.txt', 'liaoning-daily'],
    ['"… Daily reported that"', 'reported-by.txt', 'liaoning-daily'],
  ])('takes the source from %s, marked for review', (_case, name, sourceId) => {
    const outcome = importPage(name, fixtureBytes(name), repositoryArchive(), PERMISSIVE);
    expect(outcome).toMatchObject({ status: 'imported', sourceId });
    expect(frontmatterOf(outcome)['review']).toContain('source');
  });

  it('matches a source written in other case and spacing to its label', () => {
    const page = utf8(
      ' date 2023-05-02 The city plants trees\n\nDate: 2023-05-02\n\nSource: FUXIN  NEWS NETWORK\n\nOn May 1, volunteers planted talent trees.\n',
    );
    expect(importPage('caps.txt', page, repositoryArchive(), STRICT)).toMatchObject({
      status: 'imported',
      sourceId: 'fuxin-news-network',
    });
  });

  it('files a page no theme keyword matches as "unclassified", created when missing, unless a theme is given', () => {
    const page = utf8(
      ' date 2023-05-02 Swans return\n\nDate: 2023-05-02\n\nSource: Fuxin News Network\n\nOn May 1, the swans came back to the lake.\n',
    );
    const outcome = importPage('swans.txt', page, repositoryArchive(), STRICT);
    expect(outcome).toMatchObject({ status: 'imported', newTheme: { id: 'unclassified' } });
    expect(frontmatterOf(outcome)).toMatchObject({
      themes: ['unclassified'],
      review: expect.arrayContaining(['themes']),
    });
    expect(
      frontmatterOf(
        importPage('swans.txt', page, repositoryArchive(), { ...STRICT, fallbackTheme: 'talent' }),
      ),
    ).toMatchObject({ themes: ['talent'] });
  });

  it('records the day of the import', () => {
    expect(
      frontmatterOf(importPage('t.txt', fixtureBytes('truncated.txt'), repositoryArchive(), STRICT)),
    ).toMatchObject({
      imported: '2024-02-01',
    });
  });

  it("gives a page its source's translation when the batch names none", () => {
    const archive = repositoryArchive();
    archive.sources = archive.sources.map((source) => ({
      ...source,
      translation: { from: 'zh', method: 'machine' as const },
    }));
    expect(frontmatterOf(importPage('t.txt', fixtureBytes('truncated.txt'), archive, STRICT))).toMatchObject({
      translation: { from: 'zh', method: 'machine' },
    });
  });

  it('fails empty and binary pages with the reason', () => {
    expect(importPage('empty.txt', new Uint8Array(), repositoryArchive(), STRICT)).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^empty file/),
    });
    expect(
      importPage('logo.txt', Uint8Array.from([0x89, 0x50, 0x00]), repositoryArchive(), STRICT),
    ).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^binary file/),
    });
  });

  it('lists unknown people without --add-people and adds them, for review, with it', () => {
    const without = importPage('m.txt', fixtureBytes('breadcrumb-source-suffix.txt'), repositoryArchive(), {
      ...PERMISSIVE,
      addPeople: false,
    });
    expect(without).toMatchObject({ status: 'imported', unknownNames: ['Sun Ke', 'Gao Lan'], newPeople: [] });
    expect(frontmatterOf(without)['mentions']).toBeUndefined();

    const withPeople = importPage(
      'm.txt',
      fixtureBytes('breadcrumb-source-suffix.txt'),
      repositoryArchive(),
      PERMISSIVE,
    );
    if (withPeople.status !== 'imported') throw new Error('not imported');
    expect(withPeople.newPeople.map((person) => person.id)).toEqual(['sun-ke', 'gao-lan']);
    expect(frontmatterOf(withPeople)['mentions']).toEqual([{ person: 'sun-ke' }, { person: 'gao-lan' }]);
    for (const person of withPeople.newPeople) {
      const data = personSchema.parse(parse(person.yaml));
      expect(data.review).toEqual(['name', 'description']);
    }
  });

  it('writes a new source entry that passes the source schema', () => {
    const outcome = importPage('l.txt', fixtureBytes('long-date.txt'), repositoryArchive(), PERMISSIVE);
    if (outcome.status !== 'imported' || !outcome.newSource) throw new Error('no new source');
    expect(outcome.newSource).toEqual({ id: 'liaoning-evening-post', label: 'Liaoning Evening Post' });
    const entry = parse(sourceYaml(outcome.newSource, 'l.txt', '2024-02-01'))['liaoning-evening-post'];
    expect(sourceSchema.parse(entry)).toMatchObject({
      label: 'Liaoning Evening Post',
      review: ['description'],
    });
  });

  it('records the translation when the batch is one', () => {
    const outcome = importPage('t.txt', fixtureBytes('truncated.txt'), repositoryArchive(), {
      ...STRICT,
      translation: { from: 'zh', method: 'machine' },
    });
    expect(frontmatterOf(outcome)['translation']).toEqual({ from: 'zh', method: 'machine' });
  });
});

describe('dates in every form news pages use', () => {
  it.each([
    ['a date-and-time line under the title', 'date-time-line.txt', '2023-01-05', '2023-01-04'],
    ['a long-form date alone on a line', 'long-date-alone.txt', '2023-09-26', '2023-09-25'],
    ['a dateline opening the first paragraph', 'dateline.txt', '2023-11-01', undefined],
    ['abbreviated months', 'abbreviated-month.txt', '2023-01-05', '2023-01-03'],
    ['ordinal days, the event day year-less', 'ordinal-day.txt', '2023-01-05', '2023-01-04'],
    ['a Chinese date', 'chinese-date.txt', '2023-01-05', '2023-01-04'],
    ['an ambiguous numeric date the event day settles', 'ambiguous-settled.txt', '2023-05-01', '2023-04-28'],
    ['a "Release time:" line', 'release-time.txt', '2023-05-16', '2023-05-15'],
    ['a date inside a source line', 'us-date-source-line.txt', '2023-11-21', '2023-11-20'],
    ['labels sharing one line', 'labels-on-one-line.txt', '2023-03-09', '2023-03-08'],
  ])('reads %s (%s)', (_case, name, published, eventDate) => {
    const frontmatter = frontmatterOf(importPage(name, fixtureBytes(name), repositoryArchive(), PERMISSIVE));
    expect(frontmatter['published']).toBe(published);
    expect(frontmatter['eventDate']).toBe(eventDate);
  });

  it('reads every label of a line that holds several', () => {
    const outcome = importPage(
      'l.txt',
      fixtureBytes('labels-on-one-line.txt'),
      repositoryArchive(),
      PERMISSIVE,
    );
    expect(outcome).toMatchObject({ status: 'imported', sourceId: 'fuxin-news-network' });
    expect(frontmatterOf(outcome)).toMatchObject({ published: '2023-03-09', views: 87 });
  });

  it('marks a date the page only settles indirectly for review', () => {
    const outcome = importPage(
      'a.txt',
      fixtureBytes('ambiguous-settled.txt'),
      repositoryArchive(),
      PERMISSIVE,
    );
    expect(frontmatterOf(outcome)['review']).toContain('published');
    expect(outcome).toMatchObject({
      warnings: expect.arrayContaining([expect.stringContaining('"05/01/2023"')]),
    });
  });
});

describe('the details', () => {
  it('keeps "No. 1" and "Co., Ltd." in a derived title and its id', () => {
    const outcome = importPage('a.txt', fixtureBytes('abbreviations.txt'), repositoryArchive(), PERMISSIVE);
    expect(outcome).toMatchObject({
      title: 'The No. 1 Middle School and Fuxin Green Food Co., Ltd. opened a school…',
      id: '2023-04-03-the-no-1-middle-school-and-fuxin-green',
    });
  });

  it('ends an act at a clause boundary, not at the next name', () => {
    const outcome = importPage('a.txt', fixtureBytes('abbreviations.txt'), repositoryArchive(), PERMISSIVE);
    expect(frontmatterOf(outcome)['speakers']).toEqual(
      expect.arrayContaining([
        { person: 'zhou-pengju', role: 'Mayor', act: 'chaired the opening ceremony' },
        expect.objectContaining({ person: 'zhang-jianjun', role: 'Deputy Mayor' }),
      ]),
    );
  });
});
