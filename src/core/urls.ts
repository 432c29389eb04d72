/**
 * The archive's URL scheme as a pure function of the base path, for every program that makes
 * links: pages (through `src/site/urls.ts`, bound to this build's base), the Markdown plugins,
 * the search index and the tests.
 */

/** The archive's URL scheme for a given base path (`/` or `/archive/`). */
export function createUrls(base: string) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = (...segments: string[]) => `${prefix}${segments.map(encodeURIComponent).join('/')}/`;
  /** Page `n` of a paginated listing at `segments`; page 1 is the listing's own URL. */
  const listing = (n: number, ...segments: string[]) =>
    n <= 1 ? path(...segments) : path(...segments, 'page', String(n));
  return {
    /** The front page: newest articles. */
    home: () => prefix,
    /** Every article, newest first; page `n` of them when `n` > 1. */
    articles: (n = 1) => listing(n, 'articles'),
    article: (id: string) => path('articles', id),
    /** An article's metadata as JSON. */
    articleData: (id: string) => `${path('articles', id)}index.json`,
    /** An article's citation as a file: `bib` (BibTeX), `ris` or `csl.json`. */
    citation: (id: string, format: 'bib' | 'ris' | 'csl.json') => `${path('articles', id)}cite.${format}`,
    /** A passage of an article, by the anchor id of its section. */
    passage: (id: string, anchor: string) => `${path('articles', id)}#${encodeURIComponent(anchor)}`,
    people: () => path('people'),
    person: (id: string) => path('people', id),
    /** One person's appearances as CSV. */
    personAppearances: (id: string) => `${path('people', id)}appearances.csv`,
    themes: () => path('themes'),
    /** A theme's articles, newest first; page `n` of them when `n` > 1. */
    theme: (id: string, n = 1) => listing(n, 'themes', id),
    /** A theme's appearances (every speaker and mention in its articles) as CSV. */
    themeAppearances: (id: string) => `${path('themes', id)}appearances.csv`,
    sources: () => path('sources'),
    /** A source's articles, newest first; page `n` of them when `n` > 1. */
    source: (id: string, n = 1) => listing(n, 'sources', id),
    /** Every glossary term, with the articles that use it. */
    glossary: () => path('glossary'),
    /** One term's entry on the glossary page. */
    glossaryTerm: (id: string) => `${path('glossary')}#${encodeURIComponent(id)}`,
    /** The archive at a glance: articles per month, the most frequent speakers, themes over time. */
    overview: () => path('overview'),
    /** Years and months with articles. */
    archive: () => path('archive'),
    year: (year: string) => path('archive', year),
    month: (year: string, month: string) => path('archive', year, month),
    /** The data downloads, with their data dictionary. */
    data: () => path('data'),
    /** A download of the data page, such as `articles.json`. */
    dataFile: (name: string) => `${path('data')}${encodeURIComponent(name)}`,
    /** A JSON Schema of the data downloads, such as `articles.schema.json`. */
    dataSchema: (name: string) => `${path('data', 'schemas')}${encodeURIComponent(name)}`,
    /** Full-text search; the page reads its words, filters and sort from the query string. */
    search: () => path('search'),
    /** RSS 2.0 feed of the whole archive. */
    feed: () => `${prefix}rss.xml`,
    /** Atom 1.0 feed of the whole archive. */
    atomFeed: () => `${prefix}atom.xml`,
    /** RSS 2.0 feed of one person's appearances. */
    personFeed: (id: string) => `${path('people', id)}rss.xml`,
    /** RSS 2.0 feed of one theme's articles. */
    themeFeed: (id: string) => `${path('themes', id)}rss.xml`,
    /** The sitemap index written by `@astrojs/sitemap`. */
    sitemap: () => `${prefix}sitemap-index.xml`,
    /** Pagefind's browser bundle, written next to the pages at build time. */
    pagefindBundle: () => `${prefix}pagefind/`,
    /** A file at the site root, such as `favicon.svg`. */
    file: (name: string) => `${prefix}${name}`,
  };
}

/** Turns a site-relative URL from the scheme into an absolute one on `origin` (e.g. for canonical links). */
export function absoluteUrl(pathname: string, origin: URL | string): string {
  return new URL(pathname, origin).href;
}
