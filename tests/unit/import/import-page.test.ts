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
const STRICT = { addPeople: false, addSources: false, language: 'en' };

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
      'an unknown source',
      'long-date.txt',
      STRICT,
      'source: "Liaoning Evening Post" is not in sources.yaml; add it there, or rerun with --add-sources',
    ],
    [
      'no source',
      'subtitle.txt',
      STRICT,
      'source: the page names no source; rerun with --source <id> (one of: fuxin-news-network)',
    ],
    [
      'no date',
      'breadcrumb-admin.txt',
      { ...STRICT, fallbackSource: 'fuxin-news-network' },
      'published: the page states no date; rerun with --published YYYY-MM-DD',
    ],
  ])('fails a page with %s, naming the fix', (_case, name, options, reason) => {
    expect(importPage(name, fixtureBytes(name), repositoryArchive(), options)).toEqual({
      status: 'failed',
      file: name,
      reason,
    });
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

  it('fails a page no theme keyword matches unless a theme is given', () => {
    const page = utf8(
      ' date 2023-05-02 Swans return\n\nDate: 2023-05-02\n\nSource: Fuxin News Network\n\nOn May 1, the swans came back to the lake.\n',
    );
    expect(importPage('swans.txt', page, repositoryArchive(), STRICT)).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('--theme <id>'),
    });
    expect(
      frontmatterOf(
        importPage('swans.txt', page, repositoryArchive(), { ...STRICT, fallbackTheme: 'talent' }),
      ),
    ).toMatchObject({ themes: ['talent'] });
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
    const entry = parse(sourceYaml(outcome.newSource, 'l.txt'))['liaoning-evening-post'];
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
