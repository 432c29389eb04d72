/**
 * The decisions behind the search index in parts, one Pagefind bundle per publication year, free of
 * the file system and of Pagefind: which year an article page belongs to, the content hash that
 * says whether a year's bundle from an earlier build can be reused, which years to index, reuse or
 * drop, and the `pagefind/shards.json` the search page reads. `pagefind.ts` does the reading,
 * indexing and copying.
 */
import { createHash } from 'node:crypto';
import type { SearchShards } from '../core/search.ts';
import { createUrls } from '../core/urls.ts';

/** The element `SearchMetadata.astro` writes with an article's year of publication. */
const YEAR_ELEMENT = /<span data-pagefind-filter="year">(\d{4})<\/span>/;

/** The year of publication an article page carries for the search (its `year` filter), if any. */
export function yearInPage(html: string): string | undefined {
  return YEAR_ELEMENT.exec(html)?.[1];
}

/**
 * The year of publication an article page carries for the search (its `year` filter).
 * @throws naming the page, when it carries none.
 */
export function yearOfArticlePage(html: string, file: string): string {
  const year = yearInPage(html);
  if (!year) {
    throw new Error(
      `${file}: no <span data-pagefind-filter="year">YYYY</span>, so the page belongs to no year of the search index; render the article with SearchMetadata.astro`,
    );
  }
  return year;
}

/** The address of an article page without the base path, around its id: `/articles/` and `/`. */
const [ARTICLE_BEFORE = '', ARTICLE_AFTER = ''] = createUrls('/').article('ID').split('ID');

/** Whether `url` (without the base path) is an article page's, `/articles/<id>/`, which the search indexes. */
export function isArticleAddress(url: string): boolean {
  if (!url.startsWith(ARTICLE_BEFORE) || !url.endsWith(ARTICLE_AFTER)) return false;
  const id = url.slice(ARTICLE_BEFORE.length, url.length - ARTICLE_AFTER.length);
  return id.length > 0 && !id.includes('/') && id !== '.' && id !== '..';
}

/**
 * A requested address as the search index stores it: without the base path (`/sub/articles/x/`
 * under base `/sub/` is `/articles/x/`), and with percent-escapes decoded, as the page's file is
 * named. An address outside the base is returned as it is.
 */
export function pathWithoutBase(pathname: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  const inside = prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
  try {
    return decodeURI(inside);
  } catch {
    return inside;
  }
}

/** An article page's address in the search index, from its file in the output folder (`articles/<id>/index.html`). */
export function urlOfArticleFile(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

/** An article page's file in the output folder, from its address in the search index. */
export function fileOfArticleUrl(url: string): string {
  return `${url.slice(1)}index.html`;
}

/**
 * The digest of an article page's file, as the search index compares the pages it indexed with
 * those of the output folder: the same for the rendered HTML and for the file's bytes.
 */
export function pageDigest(page: string | Uint8Array): string {
  return createHash('sha256').update(page).digest('hex');
}

/** An article page as the search index takes it: its address in the index and its file's digest. */
export interface IndexedPage {
  /** The page's address without the base path (`/articles/<id>/`), as Pagefind stores it. */
  url: string;
  /** The page's year of publication. */
  year: string;
  /** sha256 of the page's file, hex. */
  digest: string;
}

/** Orders pages by address. */
const byUrl = (a: IndexedPage, b: IndexedPage): number => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/** The pages of each year, years oldest first and pages in address order. */
export function groupByYear<Page extends IndexedPage>(pages: readonly Page[]): Map<string, Page[]> {
  const years = new Map<string, Page[]>();
  for (const year of [...new Set(pages.map((page) => page.year))].sort()) years.set(year, []);
  for (const page of [...pages].sort(byUrl)) {
    years.get(page.year)?.push(page);
  }
  return years;
}

/**
 * A year's content hash: sha256 over its pages' addresses and file digests in address order, so it
 * changes when a page is added, removed, moved or changed in any byte, and only then.
 */
export function yearHash(pages: readonly IndexedPage[]): string {
  const hash = createHash('sha256');
  for (const page of [...pages].sort(byUrl)) {
    hash.update(`${page.url}\0${page.digest}\n`);
  }
  return hash.digest('hex');
}

/**
 * Whether a year indexed while the pages rendered (`indexed`, in the order indexed) holds exactly
 * the year's pages in the output folder (`pages`, in address order), in the same order, byte for
 * byte: only then is its bundle the one indexing the folder would give.
 */
export function sameIndexedPages(
  indexed: readonly Pick<IndexedPage, 'url' | 'digest'>[] | undefined,
  pages: readonly Pick<IndexedPage, 'url' | 'digest'>[] | undefined,
): boolean {
  if (!indexed || !pages || indexed.length !== pages.length) return false;
  return indexed.every((page, at) => page.url === pages[at]?.url && page.digest === pages[at]?.digest);
}

/** What the cache of year bundles holds, as its `manifest.json` records it. */
export interface ShardCacheManifest {
  /** What produced the bundles: Pagefind's version and the index options, as one string. */
  indexer: string;
  /** Each cached year's content hash (`yearHash`). */
  years: Record<string, string>;
}

/** Reads a manifest's text; anything that is not one (a missing, older or broken file) is `undefined`. */
export function parseShardCacheManifest(text: string | undefined): ShardCacheManifest | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<ShardCacheManifest> | null;
    if (typeof value?.indexer !== 'string' || typeof value.years !== 'object' || value.years === null)
      return undefined;
    const years = Object.entries(value.years);
    if (!years.every(([, hash]) => typeof hash === 'string')) return undefined;
    return { indexer: value.indexer, years: Object.fromEntries(years) as Record<string, string> };
  } catch {
    return undefined;
  }
}

/**
 * `pagefind-shards/pages.json`: the output folder a build wrote and the addresses of each year's
 * article pages in it, in address order, for the next build's live index (`KeptPages` of
 * `search-live.ts`).
 */
export function lastBuildPagesFile(
  outDir: string,
  years: ReadonlyMap<string, readonly Pick<IndexedPage, 'url'>[]>,
): string {
  const record = {
    outDir,
    years: Object.fromEntries([...years].map(([year, pages]) => [year, pages.map(({ url }) => url).sort()])),
  };
  return `${JSON.stringify(record)}\n`;
}

/**
 * Each year's pages from `pages.json`, when it describes the output folder `outDir`; `undefined`
 * for another folder, a missing file or anything that is not such a record (an address that is
 * not an article page's included, so nothing outside the article pages is ever read for it).
 */
export function parseLastBuildPages(
  text: string | undefined,
  outDir: string,
): Map<string, readonly string[]> | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as { outDir?: unknown; years?: unknown } | null;
    if (value?.outDir !== outDir || typeof value.years !== 'object' || value.years === null) return undefined;
    const years = Object.entries(value.years as Record<string, unknown>);
    const isList = (urls: unknown): urls is string[] =>
      Array.isArray(urls) && urls.every((url) => typeof url === 'string' && isArticleAddress(url));
    if (!years.every(([, urls]) => isList(urls))) return undefined;
    return new Map(years as [string, string[]][]);
  } catch {
    return undefined;
  }
}

/** Which years a build indexes, copies from the cache, and removes from it. */
export interface ShardPlan {
  /** Years to index now: new, changed, or all of them when nothing may be reused. */
  index: string[];
  /** Years whose cached bundle was built from the same pages by the same indexer. */
  reuse: string[];
  /** Cached years the archive no longer has. */
  drop: string[];
}

/**
 * Decides, for the years of this build (`hashes`: year → `yearHash`), which to index and which to
 * reuse from the cache. A year is reused only when the cache was written by the same indexer and
 * holds the same hash; `cold` (a `--force` build) reuses nothing. Years come out oldest first.
 */
export function planShards(
  hashes: ReadonlyMap<string, string>,
  indexer: string,
  manifest: ShardCacheManifest | undefined,
  cold: boolean,
): ShardPlan {
  const cached = !cold && manifest?.indexer === indexer ? manifest.years : {};
  const years = [...hashes.keys()].sort();
  return {
    index: years.filter((year) => cached[year] !== hashes.get(year)),
    reuse: years.filter((year) => cached[year] === hashes.get(year)),
    drop: Object.keys(manifest?.years ?? {})
      .filter((year) => !hashes.has(year))
      .sort(),
  };
}

/** `pagefind/shards.json`: every year's bundle, newest first, with its page count; no timestamps. */
export function shardsFile(pageCounts: ReadonlyMap<string, number>): string {
  const shards: SearchShards = {
    shards: [...pageCounts]
      .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
      .map(([year, pages]) => ({ year, path: `${year}/`, pages })),
  };
  return `${JSON.stringify(shards, null, 2)}\n`;
}

/**
 * The build log's line: `Indexed 1043 pages for search in 2.1 s (1 of 10 years, 1 while the pages
 * rendered; 9 reused)`. N is every page the search holds, indexed now or reused, so the figure
 * `scripts/lib/bench-figures.ts` reads stays the size of the search; the seconds are this step's,
 * after the pages (copying included), not the indexing done while they rendered.
 */
export function indexedLine(
  pages: number,
  seconds: number,
  indexedYears: number,
  reusedYears: number,
  whileRendering: number,
): string {
  const years = indexedYears + reusedYears;
  return `Indexed ${pages} pages for search in ${seconds.toFixed(1)} s (${indexedYears} of ${years} ${years === 1 ? 'year' : 'years'}, ${whileRendering} while the pages rendered; ${reusedYears} reused)`;
}
