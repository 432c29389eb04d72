/**
 * Indexes one year of article pages with Pagefind into a bundle of its own; run on a worker thread
 * by `pagefind-worker.ts`, for the search index integration (`pagefind.ts`).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex, type PagefindIndex, type PagefindServiceConfig } from 'pagefind';

/**
 * Settings for the memory allocator (jemalloc) inside Pagefind's Linux binary, which reads them from
 * `_RJEM_MALLOC_CONF`. By default jemalloc keeps freed memory for ten seconds before handing it back,
 * and Pagefind frees and allocates a great deal while it builds the index, so returning it at once
 * lowers Pagefind's peak memory for a little more time (docs/performance.md). Binaries without jemalloc ignore the variable; a
 * value already in the environment wins.
 */
export const PAGEFIND_ALLOCATOR_ENV = {
  _RJEM_MALLOC_CONF: 'dirty_decay_ms:0,muzzy_decay_ms:0',
};

// The dates, source and translation notice are facets and result details already; as text they
// would only crowd excerpts.
export const INDEX_OPTIONS: PagefindServiceConfig = { excludeSelectors: ['.facts', '.notice'] };

/**
 * Files Pagefind writes into every bundle for its ready-made search interfaces, which the archive's
 * search page (`src/client/search-page.ts`, on `pagefind.js` alone) never loads: 434 KB and seven
 * files a year.
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** How many pages are sent to Pagefind before waiting for its answers. */
const PAGES_IN_FLIGHT = 64;

/** A page to index: its address, and its file relative to the output folder. */
export interface PageToIndex {
  url: string;
  file: string;
}

/**
 * Indexes one year's pages into `outputPath` with a Pagefind process of its own, and closes it.
 * Pagefind's Node API keeps one process per JavaScript thread, so two years indexed at once run
 * on two threads (`pagefind-worker.ts`).
 */
export async function indexYear(
  outDir: string,
  pages: readonly PageToIndex[],
  outputPath: string,
): Promise<void> {
  try {
    const index = await openIndex();
    // Pages go to Pagefind's process a batch at a time: one at a time, each waits for the round
    // trip of the one before, and the indexer idles between them.
    for (let start = 0; start < pages.length; start += PAGES_IN_FLIGHT) {
      const batch = pages.slice(start, start + PAGES_IN_FLIGHT);
      await Promise.all(
        batch.map((page) =>
          addPage(index, page.url, readFileSync(join(outDir, page.file), 'utf8'), page.file),
        ),
      );
    }
    await writeBundle(index, outputPath);
  } finally {
    await close();
  }
}

/** A new, empty index in this thread's Pagefind process, which starts with the first index. */
export async function openIndex(): Promise<PagefindIndex> {
  // Pagefind's service process starts inside createIndex() (synchronously), and inherits the
  // environment as it is at that moment.
  const { index, errors } = await withEnvironment(PAGEFIND_ALLOCATOR_ENV, () => createIndex(INDEX_OPTIONS));
  if (!index) throw new Error(errors.join('; '));
  return index;
}

/**
 * Adds one page's HTML to `index` under `url`.
 * @throws naming `file` (the page's file or address) when Pagefind refuses the page.
 */
export async function addPage(index: PagefindIndex, url: string, html: string, file: string): Promise<void> {
  const added = await index.addHTMLFile({ url, content: html });
  if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('; ')}`);
}

/** Writes `index` as a bundle into `outputPath`, without the files the archive never loads. */
export async function writeBundle(index: PagefindIndex, outputPath: string): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
}

/**
 * Runs `start` with `variables` added to `process.env` (those not set already), then puts the
 * environment back as it was before `start`'s promise settles: only processes spawned
 * synchronously by `start` see them.
 */
export function withEnvironment<T>(variables: Record<string, string>, start: () => T): T {
  const added = Object.keys(variables).filter((name) => process.env[name] === undefined);
  for (const name of added) process.env[name] = variables[name];
  try {
    return start();
  } finally {
    for (const name of added) delete process.env[name];
  }
}
