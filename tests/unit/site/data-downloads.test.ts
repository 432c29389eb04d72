import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import articleSchema from '../../../docs/schemas/article.schema.json' with { type: 'json' };
import articlesSchema from '../../../docs/schemas/articles.schema.json' with { type: 'json' };
import glossarySchema from '../../../docs/schemas/glossary.schema.json' with { type: 'json' };
import peopleSchema from '../../../docs/schemas/people.schema.json' with { type: 'json' };
import type { Passage } from '../../../src/core/body-facts.ts';
import {
  APPEARANCE_COLUMNS,
  appearanceRows,
  appearancesCsv,
  articleMetadata,
  articlesDocument,
  glossaryDocument,
  jsonFile,
  popoloDocument,
} from '../../../src/site/data-downloads.ts';
import { buildGlossary } from '../../../src/site/glossary.ts';
import { archiveOf, article, conference, FIXTURE_PEOPLE, person, SITE_URL } from '../../support/archive.ts';

const ajv = addFormats(new Ajv2020({ allErrors: true }));
ajv.addSchema([articleSchema, articlesSchema, glossarySchema, peopleSchema]);

/** Parses `json` as a download would be read, and validates it against a shipped schema. */
function expectValid(schemaId: string, json: string): unknown {
  const value: unknown = JSON.parse(json);
  const validate = ajv.getSchema(schemaId);
  if (!validate) throw new Error(`no schema ${schemaId}`);
  expect(validate(value), JSON.stringify(validate.errors, null, 2)).toBe(true);
  return value;
}

/** A role, an act and a name that need quoting in CSV, and Chinese characters. */
const AWKWARD_ROLE = 'Secretary, "acting", of the\nMunicipal Committee 市委书记';
const passages: Record<string, Passage[]> = {
  '2023-04-17-conference': [
    { personId: 'zhou-pengju', anchor: 'speech-zhou-pengju-1', opening: 'We must work.' },
    { personId: 'zhou-pengju', anchor: 'speech-zhou-pengju-2', opening: 'And more.' },
  ],
};
const passagesOf = (id: string) => passages[id] ?? [];

function awkwardArchive() {
  const first = conference({
    speakers: [
      { person: 'zhou-pengju', role: AWKWARD_ROLE, act: 'spoke, then "summarised"' },
      { person: 'zhang-jianjun-county', role: 'County head', act: 'presided' },
    ],
    mentions: [{ person: 'zhou-pengju', role: 'Mayor' }, { person: 'xi-jinping' }],
  });
  const second = article('2023-03-01-visit', '2023-03-01', {
    mentions: [{ person: 'zhang-jianjun-county', role: 'County head' }],
  });
  return archiveOf(
    [first, second],
    [...FIXTURE_PEOPLE, person('xi-jinping', 'Xi Jinping', { originalName: '习近平' })],
  );
}

describe('appearanceRows', () => {
  it('gives one row per speaker and mention, speakers first, a speaker’s first passage linked', () => {
    const rows = appearanceRows(awkwardArchive().articles, awkwardArchive(), passagesOf, SITE_URL);
    expect(rows.map((row) => [row.article_id, row.person_id, row.kind, row.passage_url])).toEqual([
      [
        '2023-04-17-conference',
        'zhou-pengju',
        'speaker',
        `${SITE_URL}/articles/2023-04-17-conference/#speech-zhou-pengju-1`,
      ],
      ['2023-04-17-conference', 'zhang-jianjun-county', 'speaker', ''],
      ['2023-04-17-conference', 'xi-jinping', 'mentioned', ''],
      ['2023-03-01-visit', 'zhang-jianjun-county', 'mentioned', ''],
    ]);
  });

  it('leaves the event day, role and act empty where the article gives none', () => {
    const [row] = appearanceRows(awkwardArchive().articles.slice(1), awkwardArchive(), passagesOf, SITE_URL);
    expect(row).toEqual({
      article_id: '2023-03-01-visit',
      published: '2023-03-01',
      event_date: '',
      person_id: 'zhang-jianjun-county',
      name: 'Zhang Jianjun',
      role: 'County head',
      act: '',
      kind: 'mentioned',
      passage_url: '',
    });
  });

  it('is empty for an archive with no people in its articles', () => {
    expect(appearanceRows([article('a', '2023-01-01')], archiveOf([]), passagesOf, SITE_URL)).toEqual([]);
  });
});

describe('appearancesCsv', () => {
  it('reads back in a CSV parser field for field: commas, quotes, line breaks, Chinese characters', () => {
    const archive = awkwardArchive();
    const rows = appearanceRows(archive.articles, archive, passagesOf, SITE_URL);
    const csv = appearancesCsv(rows);
    const parsed: unknown = parseCsv(csv, { bom: true, columns: true, relax_column_count: false });
    expect(parsed).toEqual(rows);
    expect((parsed as { role: string }[])[0]?.role).toBe(AWKWARD_ROLE);
  });

  it('starts with a byte order mark and the header row, and ends lines with CRLF', () => {
    const csv = appearancesCsv([]);
    expect(csv).toBe(`\uFEFF${APPEARANCE_COLUMNS.map(({ key }) => key).join(',')}\r\n`);
  });
});

describe('article metadata', () => {
  it('is valid against article.schema.json, with names, labels and citation links', () => {
    const archive = awkwardArchive();
    const metadata = expectValid(
      'article.schema.json',
      jsonFile(articleMetadata(archive.articles[0]!, archive, SITE_URL)),
    );
    expect(metadata).toMatchObject({
      id: '2023-04-17-conference',
      url: `${SITE_URL}/articles/2023-04-17-conference/`,
      published: '2023-04-17',
      eventDate: '2023-04-14',
      source: { id: 'fuxin-news-network', label: 'Fuxin News Network' },
      speakers: [{ person: 'zhou-pengju', name: 'Zhou Pengju', role: AWKWARD_ROLE }, {}],
      themes: [
        { id: 'talent', label: 'Talent' },
        { id: 'science', label: 'Science & <innovation>' },
      ],
      translation: { from: 'zh', method: 'machine' },
      citations: { BibTeX: `${SITE_URL}/articles/2023-04-17-conference/cite.bib` },
    });
  });

  it('lists every article newest first in articles.json, valid against articles.schema.json', () => {
    const archive = awkwardArchive();
    const document = expectValid('articles.schema.json', jsonFile(articlesDocument(archive, SITE_URL))) as {
      articles: { id: string; eventDate?: string }[];
    };
    expect(document.articles.map((entry) => entry.id)).toEqual(['2023-04-17-conference', '2023-03-01-visit']);
    expect(document.articles[1]).not.toHaveProperty('eventDate');
  });

  it('fails the schema when a required field is missing, so the check can catch a broken file', () => {
    const validate = ajv.getSchema('article.schema.json');
    const broken: Partial<ReturnType<typeof articleMetadata>> = articleMetadata(
      conference(),
      archiveOf(),
      SITE_URL,
    );
    delete broken.published;
    expect(validate?.(broken)).toBe(false);
  });
});

describe('popoloDocument', () => {
  const archive = awkwardArchive();
  const document = popoloDocument(archive, passagesOf, SITE_URL);

  it('is valid against people.schema.json and has no memberships', () => {
    expectValid('people.schema.json', jsonFile(document));
    expect(document).not.toHaveProperty('memberships');
  });

  it('gives persons their original-script name and other spellings as other_names', () => {
    expect(document.persons.find((entry) => entry.id === 'zhou-pengju')?.other_names).toEqual([
      { name: '周鹏举', note: 'original script' },
    ]);
    expect(document.persons.find((entry) => entry.id === 'zhang-jianjun-county')?.other_names).toEqual([
      { name: 'Zhang J.', note: 'other spelling' },
    ]);
  });

  it('gives each speaker a speech with the role as stated, the attribution, the event day and the passage', () => {
    expect(document.speeches).toEqual([
      {
        id: '2023-04-17-conference/zhou-pengju',
        creator_id: 'zhou-pengju',
        role: AWKWARD_ROLE,
        attribution_text: `Zhou Pengju, ${AWKWARD_ROLE}`,
        act: 'spoke, then "summarised"',
        date: '2023-04-14',
        source: `${SITE_URL}/articles/2023-04-17-conference/#speech-zhou-pengju-1`,
        article_id: '2023-04-17-conference',
      },
      {
        id: '2023-04-17-conference/zhang-jianjun-county',
        creator_id: 'zhang-jianjun-county',
        role: 'County head',
        attribution_text: 'Zhang Jianjun, County head',
        act: 'presided',
        date: '2023-04-14',
        source: `${SITE_URL}/articles/2023-04-17-conference/`,
        article_id: '2023-04-17-conference',
      },
    ]);
  });
});

describe('glossaryDocument', () => {
  it('lists terms A to Z with related ids and the articles using them, valid against glossary.schema.json', () => {
    const terms = [
      {
        id: 'stuck-neck',
        term: 'stuck neck',
        renderings: ['choke point'],
        meaning: 'A bottleneck.',
        related: [],
      },
      {
        id: 'battle',
        term: 'battle',
        renderings: [],
        meaning: 'A campaign.',
        original: '攻坚战',
        related: ['stuck-neck'],
      },
    ];
    const entries = buildGlossary(terms, [conference()], () => ['battle']);
    const document = expectValid('glossary.schema.json', jsonFile(glossaryDocument(entries))) as {
      terms: { id: string; related: string[]; articles: string[] }[];
    };
    expect(document.terms.map(({ id, related, articles }) => ({ id, related, articles }))).toEqual([
      { id: 'battle', related: ['stuck-neck'], articles: ['2023-04-17-conference'] },
      { id: 'stuck-neck', related: [], articles: [] },
    ]);
  });
});
