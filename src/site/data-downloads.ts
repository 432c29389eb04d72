/**
 * The data behind the pages, as files for researchers' own tools: every article's metadata
 * (JSON), every appearance of a person (CSV), people and what they said in the Popolo shape
 * (JSON) and the glossary (JSON). Plain data in, plain objects or text out; the routes in
 * `src/pages/data/` serve them and `docs/schemas/` describes each JSON file.
 */
import { stringify } from 'csv-stringify/sync';
import type { Passage } from '../core/body-facts.ts';
import { participantsOf } from '../core/article-people.ts';
import type { Archive, Article } from '../core/schemas.ts';
import type { GlossaryEntry } from './glossary.ts';
import { absoluteUrl, urls } from './urls.ts';

/** What researchers may do with the files, shown on the data page. */
export const DATA_LICENCE =
  'The metadata (dates, roles, attributions, themes, glossary) is the archive’s work and may be reused with attribution to the Liaoning News Archive. The article texts and titles remain their publishers’; they are kept and offered for reference and research.';

/** The files of the data page, with what each holds. */
export const DATA_FILES = [
  { name: 'articles.json', kind: 'JSON', holds: 'every article’s metadata', schema: 'articles.schema.json' },
  { name: 'appearances.csv', kind: 'CSV', holds: 'one row per speaker or mention in an article' },
  {
    name: 'people.json',
    kind: 'JSON (Popolo)',
    holds: 'people with their names, and who spoke where in which role',
    schema: 'people.schema.json',
  },
  {
    name: 'glossary.json',
    kind: 'JSON',
    holds: 'every glossary term and the articles using it',
    schema: 'glossary.schema.json',
  },
  { name: 'citations.bib', kind: 'BibTeX (biblatex)', holds: 'a citation of every article' },
  {
    name: 'citations.csl.json',
    kind: 'CSL-JSON',
    holds: 'a citation of every article',
    schema: 'csl-items.schema.json',
  },
] as const;

/** Where a citation file of one article lives and what it is. */
export const CITATION_FORMATS = [
  { format: 'bib', label: 'BibTeX', type: 'application/x-bibtex' },
  { format: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
  { format: 'csl.json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
] as const;

/** An article's metadata as `articles.json` and `/articles/<id>/index.json` give it. */
export interface ArticleMetadata {
  id: string;
  url: string;
  title: string;
  subtitle?: string | undefined;
  published: string;
  eventDate?: string | undefined;
  listed?: string | undefined;
  source: { id: string; label: string | undefined };
  sourceUrl?: string | undefined;
  language: string;
  translation?: Article['translation'];
  speakers: { person: string; name: string | undefined; role: string; act: string }[];
  mentions: { person: string; name: string | undefined; role?: string | undefined }[];
  themes: { id: string; label: string | undefined }[];
  summary: string;
  truncated: boolean;
  citations: Record<(typeof CITATION_FORMATS)[number]['label'], string>;
}

/** One article's metadata, with absolute links on `origin`. */
export function articleMetadata(article: Article, archive: Archive, origin: string): ArticleMetadata {
  const nameOf = (id: string) => archive.people.get(id)?.name;
  return {
    id: article.id,
    url: absoluteUrl(urls.article(article.id), origin),
    title: article.title,
    subtitle: article.subtitle,
    published: article.published,
    eventDate: article.eventDate,
    listed: article.listed,
    source: { id: article.source, label: archive.sources.get(article.source)?.label },
    sourceUrl: article.sourceUrl,
    language: article.language,
    translation: article.translation,
    speakers: article.speakers.map(({ person, role, act }) => ({ person, name: nameOf(person), role, act })),
    mentions: article.mentions.map(({ person, role }) => ({ person, name: nameOf(person), role })),
    themes: article.themes.map((id) => ({ id, label: archive.themes.get(id)?.label })),
    summary: article.summary,
    truncated: article.truncated,
    citations: {
      BibTeX: absoluteUrl(urls.citation(article.id, 'bib'), origin),
      RIS: absoluteUrl(urls.citation(article.id, 'ris'), origin),
      'CSL-JSON': absoluteUrl(urls.citation(article.id, 'csl.json'), origin),
    },
  };
}

/** `articles.json`: every article's metadata, newest first. */
export function articlesDocument(archive: Archive, origin: string): { articles: ArticleMetadata[] } {
  return { articles: archive.articles.map((article) => articleMetadata(article, archive, origin)) };
}

/** The columns of `appearances.csv`, in order, with what each means: the data dictionary. */
export const APPEARANCE_COLUMNS = [
  { key: 'article_id', meaning: 'Id of the article (its file name and URL).' },
  { key: 'published', meaning: 'Day the source published the article, YYYY-MM-DD.' },
  {
    key: 'event_date',
    meaning: 'Day of the reported event, YYYY-MM-DD; empty when the article does not say.',
  },
  { key: 'person_id', meaning: 'Id of the person, the same in every file and URL.' },
  { key: 'name', meaning: 'The person’s name as the archive displays it.' },
  { key: 'role', meaning: 'Their role exactly as this article states it; empty when it states none.' },
  { key: 'act', meaning: 'What a speaker did, in the article’s words; empty for a mention.' },
  { key: 'kind', meaning: '“speaker” when they spoke, “mentioned” when the article only refers to them.' },
  {
    key: 'passage_url',
    meaning: 'Link to the first passage of the article attributed to them; empty when there is none.',
  },
] as const;

/** One row of `appearances.csv`. */
export type AppearanceRow = Record<(typeof APPEARANCE_COLUMNS)[number]['key'], string>;

/**
 * One row per speaker or mention of each article, in the order of `articles`, speakers before
 * mentions; someone who spoke and is also mentioned has one row, as a speaker.
 */
export function appearanceRows(
  articles: readonly Article[],
  archive: Archive,
  passagesOf: (articleId: string) => readonly Passage[],
  origin: string,
): AppearanceRow[] {
  return articles.flatMap((article) => {
    const passages = passagesOf(article.id);
    return participantsOf(article, archive.people).map(({ person, as, role, act }) => {
      const passage = as === 'speaker' ? passages.find((entry) => entry.personId === person.id) : undefined;
      return {
        article_id: article.id,
        published: article.published,
        event_date: article.eventDate ?? '',
        person_id: person.id,
        name: person.name,
        role: role ?? '',
        act: act ?? '',
        kind: as,
        passage_url: passage ? absoluteUrl(urls.passage(article.id, passage.anchor), origin) : '',
      };
    });
  });
}

/**
 * The rows as RFC 4180 CSV with a header row: UTF-8 with a byte order mark (so spreadsheet
 * programs read Chinese characters right), CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break.
 */
export function appearancesCsv(rows: readonly AppearanceRow[]): string {
  return stringify([...rows], {
    bom: true,
    header: true,
    columns: APPEARANCE_COLUMNS.map(({ key }) => key),
    record_delimiter: 'windows',
  });
}

/** A person in the Popolo shape. */
interface PopoloPerson {
  id: string;
  name: string;
  other_names: { name: string; note: string }[];
  summary: string;
}

/** A speech in the Popolo shape: someone spoke at the event an article reports. */
interface PopoloSpeech {
  id: string;
  creator_id: string;
  /** The role exactly as the article states it. */
  role: string;
  /** Name and role, as the article attributes the speech. */
  attribution_text: string;
  /** What they did, in the article's words (an extension of Popolo). */
  act: string;
  /** Day of the event, or the publication day when the article does not give one. */
  date: string;
  /** The passage, or the article when no passage is attributed. */
  source: string;
  /** The article the speech is reported in. */
  article_id: string;
}

/**
 * `people.json` in the Popolo shape (https://www.popoloproject.com): `persons` with their other
 * names, and `speeches` with the role as stated. There are no memberships: the archive knows only
 * the roles articles state on their days, not tenures.
 */
export function popoloDocument(
  archive: Archive,
  passagesOf: (articleId: string) => readonly Passage[],
  origin: string,
): { persons: PopoloPerson[]; speeches: PopoloSpeech[] } {
  const persons = [...archive.people.values()].map((person) => ({
    id: person.id,
    name: person.name,
    other_names: [
      ...(person.originalName ? [{ name: person.originalName, note: 'original script' }] : []),
      ...person.aliases.map((name) => ({ name, note: 'other spelling' })),
    ],
    summary: person.description,
  }));
  const speeches = archive.articles.flatMap((article) =>
    article.speakers.flatMap(({ person: id, role, act }) => {
      const person = archive.people.get(id);
      if (!person) return [];
      const passage = passagesOf(article.id).find((entry) => entry.personId === id);
      return [
        {
          id: `${article.id}/${id}`,
          creator_id: id,
          role,
          attribution_text: `${person.name}, ${role}`,
          act,
          date: article.eventDate ?? article.published,
          source: absoluteUrl(
            passage ? urls.passage(article.id, passage.anchor) : urls.article(article.id),
            origin,
          ),
          article_id: article.id,
        },
      ];
    }),
  );
  return { persons, speeches };
}

/** `glossary.json`: every term A to Z with the ids of related terms and of the articles using it. */
export function glossaryDocument(entries: readonly GlossaryEntry[]) {
  return {
    terms: entries.map(({ term, related, articles }) => ({
      id: term.id,
      term: term.term,
      renderings: term.renderings,
      meaning: term.meaning,
      original: term.original,
      related: related.map((entry) => entry.id),
      articles: articles.map((article) => article.id),
    })),
  };
}

/** JSON for a download, compact, ending with a line break. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
