/**
 * How an archived article is cited. Each article has ONE CSL-JSON record (`cslRecord`); every
 * citation format is made from it by citation-js: the Chicago-style reference shown on the page
 * (formatted by citeproc from the archive's CSL style), BibTeX (biblatex), RIS and CSL-JSON files,
 * and the whole-archive exports. Highwire Press `citation_*` meta tags serve reference managers
 * that read the page itself.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { dateParts, dayOfParts, formatSlashedDay } from '../core/dates.ts';
import type { Archive, Article, Source, TranslationMethod } from '../core/schemas.ts';
import { NOT_STATED_SOURCE_ID } from '../core/unknowns.ts';
import { CHICAGO_STYLE, CHICAGO_STYLE_ID } from './chicago-style.ts';
import { languageName, SITE } from './site.ts';
import { absoluteUrl, urls } from './urls.ts';

/** A CSL date: `[[year, month, day]]`. */
interface CslDate {
  'date-parts': [[number, number, number]];
}

/**
 * An article as a CSL-JSON item (https://citationstyles.org, CSL 1.0.2): the one record every
 * citation format is made from.
 */
export interface CslRecord {
  /** The article's id, also the BibTeX key. */
  id: string;
  type: 'article-newspaper';
  title: string;
  /** Title of the original-language article, when known. */
  'original-title'?: string;
  /** The source, as an organisation: news reports name no person as author. */
  author: [{ literal: string }];
  /** The publication the article appeared in. */
  'container-title': string;
  publisher: string;
  /** The day the source published it. */
  issued: CslDate;
  /** The day of the reported event, when the article says. */
  'event-date'?: CslDate;
  /** The archive's permalink of the article. */
  URL: string;
  /** Language of the archived text (BCP 47). */
  language: string;
  /** That the text is a translation, and from what, and the original's address when known. */
  note?: string;
  /** The archive that keeps this copy, when the source is not already the container. */
  archive?: string;
}

/** A citation ready for the page: HTML (the source in italics) and the same as plain text. */
export interface Citation {
  html: string;
  text: string;
}

/** A `<meta name content>` pair. */
export interface MetaTag {
  name: string;
  content: string;
}

const TRANSLATION_NOTE: Record<TranslationMethod, string> = {
  machine: 'Machine translation',
  human: 'Translation',
  unknown: 'Translation',
};

plugins.config.get('@csl').styles.add(CHICAGO_STYLE_ID, CHICAGO_STYLE);
const bibtexConfig = plugins.config.get('@bibtex');
// Keys are the article ids, which are stable; the default key changes with the title.
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.checkLabel = false;
// citation-js's ASCII mode drops characters it has no LaTeX command for, Chinese among them; biber
// reads UTF-8. The LaTeX special characters are escaped here instead (`latexSafe`).
bibtexConfig.format.asciiOnly = false;

/** The address of the original article: the original-language page, else the page the text was copied from. */
export function originalUrlOf(article: Article): string | undefined {
  return article.translation?.originalUrl ?? article.sourceUrl;
}

/**
 * The source a citation names: none for the `not-stated` entry, whose label ("not stated in the
 * archived copy") is a note for readers and no publisher's name.
 */
function citedSource(source: Source | undefined): Source | undefined {
  return source?.id === NOT_STATED_SOURCE_ID ? undefined : source;
}

/**
 * The article's CSL-JSON record. The source is author, container and publisher; with no known
 * source (or one not stated in the archived copy), the archive is all three.
 */
export function cslRecord(article: Article, stated: Source | undefined, permalink: string): CslRecord {
  const source = citedSource(stated);
  const publisher = source?.label ?? SITE.title;
  const notes: string[] = [];
  if (article.translation) {
    notes.push(
      `${TRANSLATION_NOTE[article.translation.method]} from ${languageName(article.translation.from)}`,
    );
  }
  const originalUrl = originalUrlOf(article);
  if (originalUrl) notes.push(`Original: ${originalUrl}`);
  return {
    id: article.id,
    type: 'article-newspaper',
    title: article.title,
    ...(article.translation?.originalTitle ? { 'original-title': article.translation.originalTitle } : {}),
    author: [{ literal: publisher }],
    'container-title': publisher,
    publisher,
    issued: { 'date-parts': [dateParts(article.published)] },
    ...(article.eventDate ? { 'event-date': { 'date-parts': [dateParts(article.eventDate)] } } : {}),
    URL: permalink,
    language: article.language,
    ...(notes.length > 0 ? { note: notes.join('. ') } : {}),
    ...(source ? { archive: SITE.title } : {}),
  };
}

/** The CSL-JSON record of an article of `archive`, with its permalink on `origin`. */
export function articleRecord(article: Article, archive: Archive, origin: string): CslRecord {
  return cslRecord(
    article,
    archive.sources.get(article.source),
    absoluteUrl(urls.article(article.id), origin),
  );
}

/**
 * The Chicago-style reference (notes and bibliography) of a record, formatted by citeproc from
 * the archive's CSL style: title in quotes, the source in italics, the publication day month
 * first, the translation, the archive and the permalink.
 */
export function chicagoCitation(record: CslRecord): Citation {
  const options = { template: CHICAGO_STYLE_ID, lang: 'en-US', format: 'html' };
  const html = innerEntry(String(plugins.output.format('bibliography', [record], options)));
  return { html, text: plainText(html) };
}

/** citeproc wraps each entry in `<div class="csl-bib-body"><div class="csl-entry">`; the page has its own element. */
function innerEntry(html: string): string {
  const match = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  return (match?.[1] ?? html).trim();
}

/**
 * The text of citeproc's HTML: its tags dropped and its character references (citeproc writes
 * them as numbers, `&#38;`) read back. Formatting once as HTML costs half of formatting twice.
 */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

/** LaTeX's special characters in a plain-text value, escaped so biber and LaTeX read them as text. */
const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

function latexSafe(value: string): string {
  return value.replace(/[\\{}&%$#_~^]/g, (char) => LATEX_SPECIALS[char] ?? char);
}

/** A record with its text fields made safe for LaTeX; the id and the URL are verbatim in BibTeX. */
function forBibtex(record: CslRecord): CslRecord {
  return {
    ...record,
    title: latexSafe(record.title),
    ...(record['original-title'] ? { 'original-title': latexSafe(record['original-title']) } : {}),
    author: [{ literal: latexSafe(record.author[0].literal) }],
    'container-title': latexSafe(record['container-title']),
    publisher: latexSafe(record.publisher),
    ...(record.note ? { note: latexSafe(record.note) } : {}),
  };
}

/** BibTeX (biblatex fields: `date`, `eventdate`, `language`) of one record or of many, keyed by article id. */
export function toBibtex(records: readonly CslRecord[]): string {
  return `${String(plugins.output.format('biblatex', records.map(forBibtex))).trim()}\n`;
}

/**
 * RIS of one record or of many. citation-js maps the CSL record to RIS tags; they are written one
 * tag a line here, because citation-js breaks long values (URLs among them) every 70 characters.
 * Its mapping follows the RIS specification's `NEWS` type, whose `AU` is a reporter and which has
 * no full date, so the source as author (`AU`) and the publication day (`DA`) are added, as
 * Zotero and EndNote read them.
 */
export function toRis(records: readonly CslRecord[]): string {
  const entries = plugins.output.format('ris', [...records], { format: 'object' }) as Record<
    string,
    unknown
  >[];
  return entries
    .map((tags, index) => {
      const record = records[index];
      const entry = { ...tags };
      if (record) {
        entry['AU'] ??= record.author[0].literal;
        entry['DA'] ??= formatSlashedDay(dayOfParts(record.issued['date-parts'][0]));
      }
      const lines = [`TY  - ${String(entry['TY'])}`];
      delete entry['TY'];
      for (const [tag, value] of Object.entries(entry)) {
        for (const item of [value].flat()) lines.push(`${tag}  - ${oneLine(String(item))}`);
      }
      lines.push('ER  - ');
      return `${lines.join('\r\n')}\r\n`;
    })
    .join('\r\n');
}

function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** CSL-JSON: an array of records, as Zotero, Pandoc and citeproc read it. */
export function toCslJson(records: readonly CslRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/**
 * Highwire Press tags (the ones Google Scholar and Zotero read). The source is the author when,
 * as with news agency copy, no person is named; the archive page is the public and full-text URL.
 */
export function highwireTags(article: Article, source: Source | undefined, permalink: string): MetaTag[] {
  const publisher = citedSource(source)?.label ?? SITE.title;
  return [
    { name: 'citation_title', content: article.title },
    { name: 'citation_author', content: publisher },
    { name: 'citation_publication_date', content: formatSlashedDay(article.published) },
    { name: 'citation_publisher', content: publisher },
    { name: 'citation_language', content: article.language },
    { name: 'citation_public_url', content: permalink },
    { name: 'citation_fulltext_html_url', content: permalink },
  ];
}
