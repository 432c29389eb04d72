/**
 * Bad content must stop the build with a line naming the file, the field and the fix. The content
 * is a small invented archive of its own (`tests/fixtures/build-errors/`); each case adds one
 * broken article, written here from its frontmatter, or one broken entry of a collection file.
 * The archive's own checks report every problem at once, so their cases share one build; a schema
 * error or a bad file name stops loading at the first file, so those get a build each.
 */
import { appendFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildSite } from '../../scripts/build-site.ts';

const FIXTURE = 'tests/fixtures/build-errors';
const WORK = '.tmp/build-tests/errors';
/** The fixture's one article, which builds as it is. */
const SOUND_ARTICLE = 'articles/2024/2024-03-05-fixture-the-town-relays-its-east-pipe.md';

/** A broken article: its frontmatter as an object and its body as lines. */
interface Article {
  frontmatter: Record<string, unknown>;
  body: readonly string[];
}

const MAYOR = { person: 'lin-qiao', role: 'Mayor', act: 'opened the meeting' };
/** Frontmatter the fixture accepts; each case replaces what it breaks. */
const SOUND = {
  title: 'Fixture: the town council meets',
  published: '2024-05-02',
  source: 'harbour-daily',
  speakers: [MAYOR],
  mentions: [{ person: 'ma-dong', role: 'Head of the water works' }],
  themes: ['water-supply'],
};
const FIRST_PARAGRAPH = 'This article is a test fixture, not real news. The town council met on Thursday.';
const BODY = [FIRST_PARAGRAPH];

/** A body whose third line opens a speech with `attributes`. */
const speechBody = (attributes: string): string[] => [
  FIRST_PARAGRAPH,
  '',
  `:::speech${attributes}`,
  'The new pipes will carry water to the east quay by June.',
  ':::',
];

/**
 * The article's Markdown: the frontmatter written as YAML 1.1, which quotes a day given as a string
 * and writes a `Date` as a bare day (as an archivist might by hand), a blank line, then the body.
 */
function markdown({ frontmatter, body }: Article): string {
  return `---\n${stringify(frontmatter, { schema: 'yaml-1.1' })}---\n\n${body.join('\n')}\n`;
}

/** The line of the article's file that holds line `n` (from 1) of its body. */
function fileLineOfBody(article: Article, n: number): number {
  return markdown(article).split('\n').length - 1 - article.body.length + n;
}

/** Copies the fixture content to a fresh folder, lets `breakIt` damage it, and builds it. */
function buildBroken(name: string, breakIt: (content: string) => void) {
  const dir = `${WORK}/${name}`;
  const content = `${dir}/content`;
  rmSync(dir, { recursive: true, force: true });
  cpSync(FIXTURE, content, { recursive: true });
  breakIt(content);
  return { content, ...buildSite({ outDir: `${dir}/dist`, content }) };
}

/** Writes `article` as `<content>/articles/2024/2024-05-02-<id>.md`; returns that path. */
function writeArticle(content: string, id: string, article: Article): string {
  mkdirSync(`${content}/articles/2024`, { recursive: true });
  const file = `${content}/articles/2024/2024-05-02-${id}.md`;
  writeFileSync(file, markdown(article));
  return file;
}

/** The lines listed under "The archive's content has N problems:", and N. */
function listedProblems(output: string): { count: number; lines: string[] } {
  const match = /The archive's content has (\d+) problems?:\n/.exec(output);
  if (!match) return { count: 0, lines: [] };
  const count = Number(match[1]);
  const lines = output
    .slice(match.index + match[0].length)
    .split('\n')
    .slice(0, count)
    .map((line) => line.trim());
  return { count, lines };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** Where an article's problem is: a frontmatter field, or a line of its body. */
type Place = { field: string } | { bodyLine: number };

/** Articles with one problem each, found by `src/site/validate.ts` or the speech plugin. */
const ARTICLE_CASES: { name: string; id: string; article: Article; at: Place; problem: string }[] = [
  {
    name: 'an unknown speaker',
    id: 'unknown-speaker',
    article: {
      frontmatter: {
        ...SOUND,
        speakers: [MAYOR, { person: 'lin-qioa', role: 'Deputy Mayor', act: 'answered questions' }],
      },
      body: BODY,
    },
    at: { field: 'speakers[1].person' },
    problem: 'unknown person "lin-qioa"; create content/people/lin-qioa.yaml or fix the id',
  },
  {
    name: 'an unknown mention',
    id: 'unknown-mention',
    article: {
      frontmatter: { ...SOUND, mentions: [{ person: 'ma-dong' }, { person: 'ma-dnog', role: 'Engineer' }] },
      body: BODY,
    },
    at: { field: 'mentions[1].person' },
    problem: 'unknown person "ma-dnog"; create content/people/ma-dnog.yaml or fix the id',
  },
  {
    name: 'an unknown theme',
    id: 'unknown-theme',
    article: {
      frontmatter: { ...SOUND, themes: ['water-supply', 'road-repair', 'road-repairs'] },
      body: BODY,
    },
    at: { field: 'themes[2]' },
    // The known themes include Sea_Wall, the theme id that is not a slug (a case below).
    problem:
      'unknown theme "road-repairs"; add it to content/themes.yaml or use one of: Sea_Wall, road-repair, water-supply',
  },
  {
    name: 'an unknown source',
    id: 'unknown-source',
    article: { frontmatter: { ...SOUND, source: 'harbor-daily' }, body: BODY },
    at: { field: 'source' },
    problem: 'unknown source "harbor-daily"; add it to content/sources.yaml or use one of: harbour-daily',
  },
  {
    name: 'a speech by an unknown person',
    id: 'speech-unknown-person',
    article: { frontmatter: SOUND, body: speechBody('{person="lin-qioa"}') },
    at: { bodyLine: 3 },
    problem: ':::speech: unknown person "lin-qioa"; create content/people/lin-qioa.yaml or fix the id',
  },
  {
    name: 'a speech without a person',
    id: 'speech-without-person',
    article: { frontmatter: SOUND, body: speechBody('') },
    at: { bodyLine: 3 },
    problem: ':::speech: no person; write :::speech{person="<person id>"} with an id from content/people/',
  },
  {
    name: 'a speech by someone not among speakers',
    id: 'speech-not-a-speaker',
    article: { frontmatter: SOUND, body: speechBody('{person="ma-dong"}') },
    at: { bodyLine: 3 },
    problem:
      ':::speech: "ma-dong" is not among this article\'s speakers; add them under speakers: with role and act',
  },
];

/** Entries appended to a collection file, with the problem the checks report. */
const COLLECTION_CASES: { name: string; file: string; entries: unknown; expected: string }[] = [
  {
    name: 'a theme id that is not a slug',
    file: 'themes.yaml',
    entries: { Sea_Wall: { label: 'Sea wall', description: 'The invented town’s sea defences.' } },
    expected:
      'content/themes.yaml: theme id "Sea_Wall": not a lower-case slug; use a-z, 0-9 and single hyphens',
  },
  {
    name: 'a related glossary id that is unknown',
    file: 'glossary.yaml',
    entries: [
      {
        id: 'sluice-round',
        term: 'sluice round',
        meaning: 'An invented term for the daily check of the town’s sluices.',
        related: ['tide-book'],
      },
    ],
    expected:
      'content/glossary.yaml: sluice-round: related: unknown term "tide-book"; add it to the glossary or remove it',
  },
  {
    name: 'a glossary id that is not a slug',
    file: 'glossary.yaml',
    entries: [
      { id: 'Tide Book', term: 'tide book', meaning: 'An invented term for the harbour’s tide log.' },
    ],
    expected: 'content/glossary.yaml: id "Tide Book": not a lower-case slug; use a-z, 0-9 and single hyphens',
  },
];

describe('a build with content the archive’s checks refuse', () => {
  let build: ReturnType<typeof buildBroken>;
  const expected = new Map<string, string>();

  beforeAll(() => {
    build = buildBroken('checks', (content) => {
      for (const { name, id, article, at, problem } of ARTICLE_CASES) {
        const file = writeArticle(content, id, article);
        const where =
          'field' in at ? `${file}: ${at.field}` : `${file}:${fileLineOfBody(article, at.bodyLine)}`;
        expected.set(name, `${where}: ${problem}`);
      }
      for (const { file, entries } of COLLECTION_CASES)
        appendFileSync(`${content}/${file}`, stringify(entries));
    });
  });

  it('stops and lists each problem once, and nothing else', () => {
    expect(build.status).not.toBe(0);
    const listed = listedProblems(build.output);
    expect(listed.count, build.output).toBe(ARTICLE_CASES.length + COLLECTION_CASES.length);
    expect([...listed.lines].sort()).toEqual(
      [...expected.values(), ...COLLECTION_CASES.map((entry) => entry.expected)].sort(),
    );
  });

  it.each(ARTICLE_CASES)('reports $name with the file, the field or line, and the fix', ({ name }) => {
    expect(listedProblems(build.output).lines).toContain(expected.get(name));
  });

  it.each(COLLECTION_CASES)('reports $name with the file, the id and the fix', ({ expected: line }) => {
    expect(listedProblems(build.output).lines).toContain(line);
  });
});

/** Schema problems, all put into one article: Astro reports every problem of the first bad file. */
const SCHEMA_CASES: { name: string; fields: Record<string, unknown>; expected: string }[] = [
  {
    name: 'a missing title',
    fields: { title: undefined },
    expected: 'title: every article needs a title; add a title: line to the frontmatter',
  },
  {
    name: 'an impossible date',
    fields: { published: '2024-02-30' },
    expected: `published: "2024-02-30" is not a real calendar day; write it as 'YYYY-MM-DD', like '2023-04-17'`,
  },
  {
    name: 'an unquoted date',
    fields: { eventDate: new Date('2024-02-28') },
    expected: `eventDate: write the day in quotes, like '2023-04-17' (unquoted YAML dates are read as timestamps)`,
  },
  {
    name: 'a speaker listed twice',
    fields: { speakers: [MAYOR, { ...MAYOR, act: 'closed the meeting' }] },
    expected: 'speakers.1.person: "lin-qiao" is listed twice as a speaker; merge the two entries into one',
  },
  {
    name: 'no theme',
    fields: { themes: [] },
    expected: 'themes: list at least one theme id from content/themes.yaml',
  },
];

describe('a build with an article its schema refuses', () => {
  const id = 'schema-problems';
  let build: ReturnType<typeof buildBroken>;
  let file = '';

  beforeAll(() => {
    const fields = Object.assign({}, ...SCHEMA_CASES.map((entry) => entry.fields)) as Record<string, unknown>;
    build = buildBroken('schema', (content) => {
      file = writeArticle(content, id, { frontmatter: { ...SOUND, ...fields }, body: BODY });
    });
  });

  /** The `field: problem` lines Astro prints between the entry's name and its hint. */
  const issues = () =>
    (/data does not match collection schema\.\n([\s\S]*?)\n\s*Hint:/.exec(build.output)?.[1] ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');

  it('stops, naming the article and its file, with each problem once', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`articles → 2024-05-02-${id} data does not match collection schema.`);
    expect(build.output).toMatch(new RegExp(`Location:\\s+\\S*/${escapeRegExp(file)}:`));
    expect(issues().sort()).toEqual(SCHEMA_CASES.map((entry) => entry.expected).sort());
  });

  it.each(SCHEMA_CASES)('reports $name as field: problem and fix', ({ expected }) => {
    expect(issues()).toContain(expected);
  });
});

/** The fixture's article copied into a second year folder: the same id twice. */
const SOUND_ARTICLE_COPY = SOUND_ARTICLE.replace('2024/', '2025/');
const SOUND_ID = '2024-03-05-fixture-the-town-relays-its-east-pipe';

describe('a build with a content file named wrongly', () => {
  it.each([
    {
      name: 'an article id used in two year folders',
      breakIt: (content: string) => {
        mkdirSync(`${content}/articles/2025`);
        cpSync(`${content}/${SOUND_ARTICLE}`, `${content}/${SOUND_ARTICLE_COPY}`);
      },
      // Either copy may be found first; the line names both.
      expected: (content: string) =>
        [
          [SOUND_ARTICLE_COPY, SOUND_ARTICLE],
          [SOUND_ARTICLE, SOUND_ARTICLE_COPY],
        ].map(
          ([file, other]) =>
            `${content}/${file}: id: "${SOUND_ID}" is already used by ${content}/${other}; rename one of the two files`,
        ),
    },
    {
      name: 'a person file whose name is not a slug',
      breakIt: (content: string) =>
        cpSync(`${content}/people/ma-dong.yaml`, `${content}/people/Ma-Dong.yaml`),
      expected: (content: string) => [
        `${content}/people/Ma-Dong.yaml: file name: "Ma-Dong" is not a lower-case slug; rename the file using a-z, 0-9 and single hyphens, like zhou-pengju`,
      ],
    },
  ])('stops on $name with a line naming the file, the problem and the fix', ({ name, breakIt, expected }) => {
    const build = buildBroken(name.replaceAll(' ', '-'), breakIt);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(new RegExp(expected(build.content).map(escapeRegExp).join('|')));
  });
});
