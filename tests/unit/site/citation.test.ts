import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { AST as RIS_AST, parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import cslItemsSchema from '../../../docs/schemas/csl-items.schema.json' with { type: 'json' };
import {
  chicagoCitation,
  cslRecord,
  highwireTags,
  toBibtex,
  toCslJson,
  toRis,
} from '../../../src/site/citation.ts';
import type { Source } from '../../../src/core/schemas.ts';
import { NOT_STATED_SOURCE, NOT_STATED_SOURCE_ID } from '../../../src/core/unknowns.ts';
import { archiveOf, conference } from '../../support/archive.ts';

const PERMALINK = 'https://news.example.org/articles/2023-04-17-conference-on-science-and-technology-work/';
const source = archiveOf().sources.get('fuxin-news-network');

/** A headline with everything that breaks a careless writer: LaTeX specials, quotes, Chinese. */
const AWKWARD_TITLE = 'Work & 100% {done}: 周鹏举 says “go”, #1 in $ terms_now ~ ^ \\ end';
const ORIGINAL_URL = 'https://www.fxnews.example/2023/04/17/content_1.html';

function awkward() {
  return conference({
    title: AWKWARD_TITLE,
    translation: {
      from: 'zh',
      method: 'machine',
      originalTitle: '全市科技工作会议召开',
      originalUrl: ORIGINAL_URL,
    },
  });
}

function risTags(text: string): Record<string, string[]>[] {
  return RIS_AST.parse(text).children.map((entry) => {
    const tags: Record<string, string[]> = { TY: [entry.type] };
    for (const { key, value } of entry.properties) (tags[key] ??= []).push(value);
    return tags;
  });
}

describe('cslRecord', () => {
  it('makes the source author, container and publisher, with both days, the permalink and the language', () => {
    expect(cslRecord(conference(), source, PERMALINK)).toEqual({
      id: '2023-04-17-conference',
      type: 'article-newspaper',
      title: 'The city holds its science and technology work conference',
      'original-title': '全市科技工作会议召开',
      author: [{ literal: 'Fuxin News Network' }],
      'container-title': 'Fuxin News Network',
      publisher: 'Fuxin News Network',
      issued: { 'date-parts': [[2023, 4, 17]] },
      'event-date': { 'date-parts': [[2023, 4, 14]] },
      URL: PERMALINK,
      language: 'en',
      note: 'Machine translation from Chinese',
      archive: 'Liaoning News Archive',
    });
  });

  it('leaves out the event day and the note for an original text with no event day', () => {
    const record = cslRecord(conference({ translation: undefined, eventDate: undefined }), source, PERMALINK);
    expect(record).not.toHaveProperty('event-date');
    expect(record).not.toHaveProperty('note');
  });

  it.each([
    [
      'a text copied from a known page',
      { translation: undefined, sourceUrl: 'https://www.fxnews.example/a.html' },
      'Original: https://www.fxnews.example/a.html',
    ],
    [
      'a human translation whose original and copied pages differ',
      {
        sourceUrl: 'https://www.fxnews.example/en.html',
        translation: { from: 'zh', method: 'human' as const, originalUrl: ORIGINAL_URL },
      },
      `Translation from Chinese. Original: ${ORIGINAL_URL}`,
    ],
  ])('notes %s', (_, extra, note) => {
    expect(cslRecord(conference(extra), source, PERMALINK).note).toBe(note);
  });

  it('names the archive as author and container when the source is unknown, and no separate archive', () => {
    const record = cslRecord(conference(), undefined, PERMALINK);
    expect(record.author).toEqual([{ literal: 'Liaoning News Archive' }]);
    expect(record['container-title']).toBe('Liaoning News Archive');
    expect(record).not.toHaveProperty('archive');
  });

  it('does not cite "Source not stated in the archived copy" as a publisher', () => {
    const notStated = { id: NOT_STATED_SOURCE_ID, ...NOT_STATED_SOURCE, aliases: [] } as Source;
    const record = cslRecord(conference({ source: NOT_STATED_SOURCE_ID }), notStated, PERMALINK);
    expect(record.author).toEqual([{ literal: 'Liaoning News Archive' }]);
    expect(record.publisher).toBe('Liaoning News Archive');
    expect(chicagoCitation(record).text).not.toContain('not stated');
    const tags = highwireTags(conference({ source: NOT_STATED_SOURCE_ID }), notStated, PERMALINK);
    expect(tags.find(({ name }) => name === 'citation_publisher')?.content).toBe('Liaoning News Archive');
  });
});

describe('chicagoCitation', () => {
  it('quotes the title, italicises the source, dates it month first and ends with the permalink', () => {
    const citation = chicagoCitation(cslRecord(conference(), source, PERMALINK));
    expect(citation.text).toBe(
      `“The city holds its science and technology work conference.” Fuxin News Network, April 17, 2023. Machine translation from Chinese. Liaoning News Archive. ${PERMALINK}.`,
    );
    expect(citation.html).toContain('<i>Fuxin News Network</i>, April 17, 2023.');
    expect(citation.html).not.toContain('csl-entry');
  });

  it.each([
    ['Who leads the work?', '“Who leads the work?” Fuxin'],
    ['Work goes on.', '“Work goes on.” Fuxin'],
  ])('adds no second stop after a title ending in punctuation: %s', (title, start) => {
    expect(chicagoCitation(cslRecord(conference({ title }), source, PERMALINK)).text.startsWith(start)).toBe(
      true,
    );
  });

  it('says nothing about translation for an original text', () => {
    expect(chicagoCitation(cslRecord(conference({ translation: undefined }), source, PERMALINK)).text).toBe(
      `“The city holds its science and technology work conference.” Fuxin News Network, April 17, 2023. Liaoning News Archive. ${PERMALINK}.`,
    );
  });

  it('escapes markup in the title in the HTML, and keeps it as text in the plain citation', () => {
    const title = 'A <script>alert(1)</script> & plan';
    const citation = chicagoCitation(cslRecord(conference({ title }), source, PERMALINK));
    expect(citation.html).not.toContain('<script');
    expect(citation.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; plan');
    expect(citation.text).toContain(`“${title}.”`);
  });
});

describe('toBibtex', () => {
  it('parses in a BibTeX parser back to every field, Chinese characters and LaTeX specials included', () => {
    const { entries, errors } = parseBibtex(toBibtex([cslRecord(awkward(), source, PERMALINK)]));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry?.key).toBe('2023-04-17-conference');
    expect(entry?.fields).toMatchObject({
      title: AWKWARD_TITLE,
      author: [{ name: 'Fuxin News Network' }],
      journaltitle: 'Fuxin News Network',
      publisher: ['Fuxin News Network'],
      date: '2023-04-17',
      eventdate: '2023-04-14',
      language: 'en',
      origtitle: '全市科技工作会议召开',
      note: `Machine translation from Chinese. Original: ${ORIGINAL_URL}`,
      url: PERMALINK,
    });
  });

  it('writes one entry per article of a whole-archive export, keyed by article id', () => {
    const records = [
      cslRecord(conference(), source, PERMALINK),
      cslRecord(conference({ id: '2023-05-02-visit', eventDate: undefined }), source, PERMALINK),
    ];
    const { entries, errors } = parseBibtex(toBibtex(records));
    expect(errors).toEqual([]);
    expect(entries.map((entry) => entry.key)).toEqual(['2023-04-17-conference', '2023-05-02-visit']);
    expect(entries[1]?.fields).not.toHaveProperty('eventdate');
  });
});

describe('toRis', () => {
  it('parses in an RIS parser to the title, source as author and publisher, day, language, note and URL', () => {
    const ris = toRis([cslRecord(awkward(), source, PERMALINK)]);
    const [tags] = risTags(ris);
    expect(tags).toMatchObject({
      TY: ['NEWS'],
      TI: [AWKWARD_TITLE],
      AU: ['Fuxin News Network'],
      PB: ['Fuxin News Network'],
      T2: ['Fuxin News Network'],
      DA: ['2023/04/17'],
      PY: ['2023'],
      LA: ['en'],
      N1: [`Machine translation from Chinese. Original: ${ORIGINAL_URL}`],
      UR: [PERMALINK],
    });
    const [item] = parseRis(ris);
    expect(item?.issued).toEqual({ 'date-parts': [['2023', '04', '17']] });
    expect(item?.URL).toBe(PERMALINK);
  });

  it('keeps a long URL on one line and writes one record per article', () => {
    const long = `${PERMALINK}${'a'.repeat(80)}/`;
    const ris = toRis([cslRecord(conference(), source, long), cslRecord(conference(), source, PERMALINK)]);
    const records = risTags(ris);
    expect(records).toHaveLength(2);
    expect(records[0]?.['UR']).toEqual([long]);
    expect(ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
  });
});

describe('toCslJson', () => {
  const validate = addFormats(new Ajv2020({ allErrors: true })).compile(cslItemsSchema);

  it.each([
    ['a translated article with both days', awkward()],
    ['an original text with no event day', conference({ translation: undefined, eventDate: undefined })],
  ])('is valid against docs/schemas/csl-items.schema.json: %s', (_, article) => {
    const items: unknown = JSON.parse(toCslJson([cslRecord(article, source, PERMALINK)]));
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
  });

  it('round-trips the record exactly', () => {
    const record = cslRecord(awkward(), source, PERMALINK);
    expect(JSON.parse(toCslJson([record]))).toEqual([record]);
  });
});

describe('highwireTags', () => {
  it('gives reference managers title, author, slashed date, publisher, language and URL', () => {
    const tags = Object.fromEntries(
      highwireTags(conference(), source, PERMALINK).map(({ name, content }) => [name, content]),
    );
    expect(tags).toEqual({
      citation_title: 'The city holds its science and technology work conference',
      citation_author: 'Fuxin News Network',
      citation_publication_date: '2023/04/17',
      citation_publisher: 'Fuxin News Network',
      citation_language: 'en',
      citation_public_url: PERMALINK,
      citation_fulltext_html_url: PERMALINK,
    });
  });
});
