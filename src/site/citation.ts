/**
 * How an archived article is cited: a Chicago-style (notes and bibliography) reference for
 * readers, and Highwire `citation_*` meta tags for reference managers such as Zotero.
 */
import { formatCitationDay, formatSlashedDay } from '../core/dates.ts';
import type { Article, Source, TranslationMethod } from '../core/schemas.ts';
import { languageName, SITE } from './site.ts';

/** A citation in pieces, so the container (the source's name) can be set in italics. */
export interface Citation {
  /** `“Title.” ` */
  before: string;
  /** The publication, set in italics. */
  container: string;
  /** `, April 17, 2023. Machine translation from Chinese. Liaoning News Archive. https://…` */
  after: string;
  /** The whole citation as plain text, for copying. */
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

/** Ends a sentence with a period unless it already ends with closing punctuation. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/**
 * Chicago-style reference for an article with no named author: title in quotes, the source in
 * italics, the source's publication day, the translation, the archive and the permalink.
 * With no known source, the archive is the container.
 */
export function chicagoCitation(article: Article, source: Source | undefined, permalink: string): Citation {
  const before = `“${sentence(article.title)}” `;
  const container = source?.label ?? SITE.title;
  const translation = article.translation
    ? ` ${TRANSLATION_NOTE[article.translation.method]} from ${languageName(article.translation.from)}.`
    : '';
  const archived = source ? ` ${SITE.title}.` : '';
  const after = `, ${formatCitationDay(article.published)}.${translation}${archived} ${permalink}.`;
  return { before, container, after, text: `${before}${container}${after}` };
}

/**
 * Highwire Press tags (the ones Google Scholar and Zotero read). The source is the author when,
 * as with news agency copy, no person is named; the archive page is the public and full-text URL.
 */
export function highwireTags(article: Article, source: Source | undefined, permalink: string): MetaTag[] {
  const publisher = source?.label ?? SITE.title;
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
