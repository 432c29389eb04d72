/**
 * The four files beside every article's page: its citation as BibTeX, RIS and CSL-JSON, and its
 * metadata as JSON. In a build they are written by `src/integrations/article-files.ts`, outside
 * Astro's route pipeline (`src/core/output-files.ts` says why); in `astro dev` the routes
 * `src/pages/articles/[id]/<file>.ts` serve the same text (`articleFileRoute` in `archive.ts`).
 */
import type { Archive, Article } from '../core/schemas.ts';
import type { OutputFileGroup } from '../core/output-files.ts';
import { createUrls } from '../core/urls.ts';
import { articleRecord, toBibtex, toCslJson, toRis, type CslRecord } from './citation.ts';
import { articleMetadata, jsonFile } from './data-downloads.ts';
import { absoluteUrl, urls } from './urls.ts';

/** The files' names, as the URL scheme ends each file's URL (`urls.citation()`, `urls.articleData()`). */
export const ARTICLE_FILE_NAMES = ['cite.bib', 'cite.ris', 'cite.csl.json', 'index.json'] as const;

export type ArticleFileName = (typeof ARTICLE_FILE_NAMES)[number];

/** The media type a server that asks (`astro dev`) gives each file; static hosts go by its extension. */
export const ARTICLE_FILE_TYPES: Record<ArticleFileName, string> = {
  'cite.bib': 'application/x-bibtex; charset=utf-8',
  'cite.ris': 'application/x-research-info-systems; charset=utf-8',
  'cite.csl.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
  'index.json': 'application/json; charset=utf-8',
};

/**
 * The text of one of an article's files, with its permalinks on `origin`; `record` is the
 * article's citation record, when the caller has it already.
 */
export function articleFile(
  name: ArticleFileName,
  article: Article,
  archive: Archive,
  origin: string,
  record: CslRecord = articleRecord(article, archive, origin),
): string {
  switch (name) {
    case 'cite.bib':
      return toBibtex([record]);
    case 'cite.ris':
      return toRis([record]);
    case 'cite.csl.json':
      return toCslJson([record]);
    case 'index.json':
      return jsonFile(articleMetadata(article, archive, origin));
  }
}

/** The URL scheme at the root: where each file goes in the output folder, which holds no base path. */
const inOutputFolder = createUrls('/');

/** The URL of an article's file, from the URL scheme. */
function urlOf(name: ArticleFileName, articleId: string): string {
  switch (name) {
    case 'cite.bib':
      return inOutputFolder.citation(articleId, 'bib');
    case 'cite.ris':
      return inOutputFolder.citation(articleId, 'ris');
    case 'cite.csl.json':
      return inOutputFolder.citation(articleId, 'csl.json');
    case 'index.json':
      return inOutputFolder.articleData(articleId);
  }
}

/**
 * Every article's four files as one group, made one article at a time as they are asked for.
 * `keyOf` digests its parts (`pageKey`); a group's key is that of the article and its permalink,
 * which holds the site's origin and base path.
 */
export function* articleFiles(
  archive: Archive,
  origin: string,
  keyOf: (...parts: unknown[]) => string,
): Generator<OutputFileGroup> {
  for (const article of archive.articles) {
    yield {
      key: keyOf(article, absoluteUrl(urls.article(article.id), origin)),
      paths: ARTICLE_FILE_NAMES.map((name) => decodeURIComponent(urlOf(name, article.id)).slice(1)),
      contents: () => {
        const record = articleRecord(article, archive, origin);
        return ARTICLE_FILE_NAMES.map((name) => articleFile(name, article, archive, origin, record));
      },
    };
  }
}
