/** Turns the raw measurements of a benchmark build into the figures the benchmark reports. */

/** The benchmark's figures, as written to bench-results/latest.json. */
export interface BenchFigures {
  articles: number;
  /** HTML pages in the built site. */
  pages: number;
  /** Wall time of the whole cold build, search index included. */
  buildSeconds: number;
  /**
   * Time the search indexer reported, or null when the build ran none: every year's index in a cold
   * build, only the years it indexed (and the copying of the rest) in a build that reused some.
   */
  searchIndexSeconds: number | null;
  /** Highest resident set size of any process of the build. */
  peakRssMB: number;
  msPerPage: number;
  distMB: number;
  /** Mean size of an article page's HTML. */
  articleHtmlKB: number;
}

export interface BuildMeasurements {
  articles: number;
  buildMs: number;
  peakRssKB: number;
  distBytes: number;
  /** Every HTML file, path relative to the output folder. */
  htmlFiles: { path: string; bytes: number }[];
  /** Everything the build printed, to find the search indexer's own timing in. */
  buildOutput: string;
}

const round = (value: number, places: number) => Number(value.toFixed(places));

/**
 * Computes the reported figures; the search index time comes from the indexer's
 * `Indexed N pages for search in S s` line (N: every page the search holds, indexed or reused).
 */
export function summariseBuild(measured: BuildMeasurements): BenchFigures {
  const pages = measured.htmlFiles.length;
  const articlePages = measured.htmlFiles.filter((file) => /^articles\/[^/]+\/index\.html$/.test(file.path));
  const articleBytes = articlePages.reduce((sum, file) => sum + file.bytes, 0);
  const searchMatch = /Indexed \d+ pages for search in ([\d.]+) s\b/.exec(measured.buildOutput);
  return {
    articles: measured.articles,
    pages,
    buildSeconds: round(measured.buildMs / 1000, 1),
    searchIndexSeconds: searchMatch ? round(Number(searchMatch[1]), 1) : null,
    peakRssMB: Math.round(measured.peakRssKB / 1024),
    msPerPage: pages === 0 ? 0 : round(measured.buildMs / pages, 2),
    distMB: round(measured.distBytes / 1024 / 1024, 1),
    articleHtmlKB: articlePages.length === 0 ? 0 : round(articleBytes / articlePages.length / 1024, 1),
  };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The median of what each build wrote to storage, in MB, or undefined when any build's writes were
 * not counted (off Linux): a median of some of the builds would not describe the runs.
 */
export function medianWrittenMB(bytes: readonly (number | undefined)[]): number | undefined {
  if (bytes.length === 0 || !bytes.every((value): value is number => value !== undefined)) return undefined;
  return Math.round(median(bytes) / 1024 / 1024);
}

/** One side-by-side run: the archive's cold build and the stock site's, then Pagefind over the stock output. */
export interface PairedRun {
  archiveMs: number;
  stockMs: number;
  stockSearchMs: number;
}

/** The side-by-side figures (`--vs-stock`), medians over the runs. */
export interface StockComparison {
  runs: number;
  archiveSeconds: number;
  stockSeconds: number;
  /** The stock build plus Pagefind run over its output: what a user would otherwise pick. */
  stockWithSearchSeconds: number;
  /** Median of each run's archive ÷ (stock + Pagefind); the target is at most 0.75. */
  ratioToStockWithSearch: number;
  /** Median of each run's archive ÷ stock without search. */
  ratioToStock: number;
}

export function compareWithStock(runs: readonly PairedRun[]): StockComparison {
  return {
    runs: runs.length,
    archiveSeconds: round(median(runs.map((run) => run.archiveMs)) / 1000, 1),
    stockSeconds: round(median(runs.map((run) => run.stockMs)) / 1000, 1),
    stockWithSearchSeconds: round(median(runs.map((run) => run.stockMs + run.stockSearchMs)) / 1000, 1),
    ratioToStockWithSearch: round(
      median(runs.map((run) => run.archiveMs / (run.stockMs + run.stockSearchMs))),
      2,
    ),
    ratioToStock: round(median(runs.map((run) => run.archiveMs / run.stockMs)), 2),
  };
}
