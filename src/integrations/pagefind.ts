/**
 * Builds the Pagefind search index as the last step of `astro build`, from the HTML Astro just
 * wrote, in parts: one Pagefind bundle per year of publication, in `<outDir>/pagefind/<year>/`,
 * listed newest first in `<outDir>/pagefind/shards.json` for the search page, which searches them
 * as one (`src/client/search-page.ts`). Only article pages are read (their `data-pagefind-body`
 * element): listing pages hold nothing to find that an article does not, and skipping them saves
 * Pagefind time and memory (docs/performance.md). Each year is indexed by a fresh Pagefind process
 * of its own, started from a worker thread (`pagefind-worker.ts`), as many at once as the machine
 * has cores: a process needs the memory of its year, not of the whole archive.
 *
 * Article pages are also indexed while the rest of the site renders (`search-live.ts`): the search
 * middleware (`search-middleware.ts`) hands each one over as it is rendered, and a year whose
 * pages in the output folder turn out to be exactly those indexed there is not indexed again.
 *
 * Each year's bundle is also kept in Astro's cache folder (`<cacheDir>/pagefind-shards/`) with the
 * year's content hash; a later build whose pages of that year are byte for byte the same
 * hard-links the bundle from there instead of indexing the year again. Uses Pagefind's Node API, so the index
 * always matches the output folder Astro was given (`--outDir` included) and nothing is copied
 * into `public/`.
 */
import {
  cpSync,
  existsSync,
  globSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { findPackageJSON } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { receiveRenderedPages } from '../core/rendered-pages.ts';
import { SEARCH_SHARDS_FILE } from '../core/search.ts';
import { createUrls } from '../core/urls.ts';
import { BuiltFileMemo, memoFileIn, sourceVersion } from './built-file-memo.ts';
import { storeFileOf } from './content-store-from-disk.ts';
import { INDEX_OPTIONS, type PageToIndex } from './pagefind-year.ts';
import { LiveSearchIndex, pagefindBackend, type KeptPages, type LiveYear } from './search-live.ts';
import {
  fileOfArticleUrl,
  groupByYear,
  indexedLine,
  isArticleAddress,
  lastBuildPagesFile,
  parseLastBuildPages,
  parseShardCacheManifest,
  pageDigest,
  pathWithoutBase,
  planShards,
  sameIndexedPages,
  shardsFile,
  yearHash,
  yearOfArticlePage,
  type IndexedPage,
  type ShardCacheManifest,
  urlOfArticleFile,
} from './search-shards.ts';

/** Where article pages are in the output folder, base path or not (`articles/<id>/index.html`). */
const ARTICLE_PAGES = `${createUrls('/').article('*').slice(1)}index.html`;

/** The search index's folder in the output folder, which this step writes and prunes itself. */
export const SEARCH_FOLDER = 'pagefind';

/** The cache of year bundles inside Astro's cache folder, and the file recording what it holds. */
const CACHE_FOLDER = 'pagefind-shards/';
const MANIFEST_FILE = 'manifest.json';
/** The last build's article pages of each year, in the cache folder (`lastBuildPagesFile`). */
const PAGES_FILE = 'pages.json';
/** Where the bundles indexed while the pages render are written, inside Astro's cache folder. */
const LIVE_FOLDER = 'pagefind-live/';

export function pagefind(): AstroIntegration {
  let cacheDir = '';
  let memoFile = '';
  let liveDir = '';
  let outDir = '';
  let base = '/';
  let cold = true;
  let live: LiveSearchIndex | undefined;
  let liveYears = new Map<string, LiveYear>();
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:config:setup': ({ config, addMiddleware }) => {
        cacheDir = fileURLToPath(new URL(CACHE_FOLDER, config.cacheDir));
        memoFile = memoFileIn(config.cacheDir, 'article-pages');
        liveDir = fileURLToPath(new URL(LIVE_FOLDER, config.cacheDir));
        base = config.base;
        // First, so that it sees each page's response as Astro writes it.
        addMiddleware({ entrypoint: new URL('./search-middleware.ts', import.meta.url), order: 'pre' });
        // Astro does not tell integrations about `--force`; it deletes its content store file
        // before any hook runs. A build that starts without it (`--force`, or no earlier build)
        // is cold, and reuses no year either. Reuse would be correct anyway, since a year is reused
        // only for the same hash, pages and Pagefind (its output is the same for the same input),
        // but a cold build should prove that rather than assume it.
        cold = !existsSync(storeFileOf(config));
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        const index = new LiveSearchIndex(pagefindBackend(), liveDir, {
          kept: cold ? undefined : keptPages(cacheDir, outDir),
        });
        live = index;
        liveYears = new Map();
        receiveRenderedPages({
          wants: (pathname) => isArticleAddress(pathWithoutBase(pathname, base)),
          take: (pathname, html) => index.take(pathWithoutBase(pathname, base), html),
          passed: () => index.passed(),
        });
      },
      'astro:build:generated': async ({ logger }) => {
        receiveRenderedPages(undefined);
        if (!live) return;
        try {
          const result = await live.finish();
          liveYears = result.years;
          for (const [year, reason] of result.givenUp) {
            logger.warn(`the search index of ${year} is built from the output folder instead: ${reason}`);
          }
        } catch (error) {
          logger.warn(
            `indexing for search while the pages rendered failed; every year is indexed from the output folder instead: ${(error as Error).message}`,
          );
        } finally {
          live = undefined;
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { pages, indexed, reused, whileRendering } = await buildShards(
            outDir,
            cacheDir,
            memoFile,
            cold,
            liveYears,
          );
          const seconds = (performance.now() - started) / 1000;
          logger.info(indexedLine(pages, seconds, indexed, reused, whileRendering));
        } catch (error) {
          throw new Error(
            `pagefind: building the search index in ${outDir} failed: ${(error as Error).message}`,
          );
        } finally {
          rmSync(liveDir, { recursive: true, force: true });
          liveYears = new Map();
        }
      },
    },
  };
}

/** An article page of the output folder: its file relative to the folder, and how the index sees it. */
interface ArticlePage extends IndexedPage {
  file: string;
}

/** The code that reads an article page's year: when it changes, no remembered year is used. */
const PAGE_FACTS_VERSION = sourceVersion(new URL('./search-shards.ts', import.meta.url));

/** An article page's year and digest, as its memo keeps them. */
type PageFacts = [year: string, digest: string];

/**
 * Reads every article page's year and digest, in address order: from `memo` for a page unchanged
 * since the last build, else from the page.
 */
function readArticlePages(outDir: string, memo: BuiltFileMemo<PageFacts>): ArticlePage[] {
  return globSync(ARTICLE_PAGES, { cwd: outDir })
    .map((file) => file.split('\\').join('/'))
    .sort()
    .flatMap((file) => {
      // A page without a year stops the build, naming the page and the fix (yearOfArticlePage).
      const facts = memo.get(join(outDir, file), (bytes): PageFacts => [
        yearOfArticlePage(bytes.toString('utf8'), file),
        pageDigest(bytes),
      ]);
      if (!facts) return []; // gone since the folder was listed
      const [year, digest] = facts;
      return [{ file, url: urlOfArticleFile(file), year, digest }];
    });
}

/**
 * The article pages the last build wrote into `outDir`, as `pages.json` records them, read from the
 * output folder as the live index asks for them; `undefined` when the record is of another folder
 * or missing.
 */
function keptPages(cacheDir: string, outDir: string): KeptPages | undefined {
  const file = join(cacheDir, PAGES_FILE);
  const years = parseLastBuildPages(existsSync(file) ? readFileSync(file, 'utf8') : undefined, outDir);
  if (!years) return undefined;
  return {
    of: (year) => years.get(year) ?? [],
    read: (url) => {
      try {
        return readFileSync(join(outDir, fileOfArticleUrl(url)), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** What made the bundles: the same string means the same pages give the same bundle. */
function indexerKey(): string {
  const packageFile = findPackageJSON('pagefind', import.meta.url);
  const version = packageFile
    ? (JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string }).version
    : 'unknown';
  return JSON.stringify({ pagefind: version, options: INDEX_OPTIONS });
}

function readManifest(cacheDir: string): ShardCacheManifest | undefined {
  const file = join(cacheDir, MANIFEST_FILE);
  return parseShardCacheManifest(existsSync(file) ? readFileSync(file, 'utf8') : undefined);
}

function writeManifest(cacheDir: string, manifest: ShardCacheManifest): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Writes `<outDir>/pagefind/<year>/` for every year and `shards.json`: reused years are linked from
 * the cache; a year indexed while the pages rendered (`live`) whose pages are exactly the folder's
 * is moved into the cache and linked from there; the others are indexed (as many at once as the
 * machine has cores, each year by its own Pagefind process on its own thread) and then cached. The
 * manifest never names a year whose cached bundle is being replaced, so a build stopped half-way
 * leaves nothing to reuse wrongly.
 */
async function buildShards(
  outDir: string,
  cacheDir: string,
  memoFile: string,
  cold: boolean,
  live: ReadonlyMap<string, LiveYear>,
): Promise<{ pages: number; indexed: number; reused: number; whileRendering: number }> {
  const memo = new BuiltFileMemo<PageFacts>(memoFile, outDir, PAGE_FACTS_VERSION);
  const pages = readArticlePages(outDir, memo);
  const years = groupByYear(pages);
  const hashes = new Map([...years].map(([year, yearPages]) => [year, yearHash(yearPages)]));
  const indexer = indexerKey();
  const previous = readManifest(cacheDir);
  const plan = planShards(hashes, indexer, previous, cold);
  const bundles = join(outDir, SEARCH_FOLDER);
  mkdirSync(bundles, { recursive: true });
  // A reused year whose folder is still, file for file, the cache's links stays where it is;
  // everything else in the folder goes, and is linked, moved or indexed again below.
  const kept = new Set(plan.reuse.filter((year) => isLinkedTree(join(cacheDir, year), join(bundles, year))));
  for (const name of readdirSync(bundles)) {
    if (!kept.has(name)) rmSync(join(bundles, name), { recursive: true, force: true });
  }

  if (cold || previous?.indexer !== indexer) rmSync(cacheDir, { recursive: true, force: true });
  for (const year of [...plan.drop, ...plan.index])
    rmSync(join(cacheDir, year), { recursive: true, force: true });
  const manifest: ShardCacheManifest = {
    indexer,
    years: Object.fromEntries(plan.reuse.map((year) => [year, hashes.get(year) ?? ''])),
  };
  writeManifest(cacheDir, manifest);

  for (const year of plan.reuse) {
    if (!kept.has(year)) linkTree(join(cacheDir, year), join(bundles, year));
  }
  const indexedLive = plan.index.filter((year) => sameIndexedPages(live.get(year)?.pages, years.get(year)));
  for (const year of indexedLive) {
    moveTree(live.get(year)?.bundle ?? '', join(cacheDir, year));
    linkTree(join(cacheDir, year), join(bundles, year));
    manifest.years[year] = hashes.get(year) ?? '';
  }
  writeManifest(cacheDir, manifest);
  // One year per core at once: a Pagefind process keeps about one core busy.
  const limit = pLimit(availableParallelism());
  await Promise.all(
    plan.index
      .filter((year) => !indexedLive.includes(year))
      .map((year) =>
        limit(async () => {
          await indexYearOnWorker(outDir, years.get(year) ?? [], join(bundles, year));
          linkTree(join(bundles, year), join(cacheDir, year));
          manifest.years[year] = hashes.get(year) ?? '';
          writeManifest(cacheDir, manifest);
        }),
      ),
  ).catch((error: unknown) => {
    limit.clearQueue();
    throw error;
  });

  writeFileSync(
    join(bundles, SEARCH_SHARDS_FILE),
    shardsFile(new Map([...years].map(([year, yearPages]) => [year, yearPages.length]))),
  );
  writeFileSync(join(cacheDir, PAGES_FILE), lastBuildPagesFile(outDir, years));
  memo.save();
  return {
    pages: pages.length,
    indexed: plan.index.length,
    reused: plan.reuse.length,
    whileRendering: indexedLive.length,
  };
}

/**
 * Whether the folder `to` holds exactly the files of `from`, each as a hard link to the same file
 * (what `linkTree` made, untouched since), so that linking them again would change nothing.
 */
export function isLinkedTree(from: string, to: string): boolean {
  const source = fileIdentities(from);
  const target = fileIdentities(to);
  if (!source || !target || source.size !== target.size) return false;
  for (const [file, identity] of source) if (target.get(file) !== identity) return false;
  return true;
}

/** Each file under `folder`, relative to it, with its device and inode; `undefined` when there is no folder. */
function fileIdentities(folder: string): Map<string, string> | undefined {
  try {
    const files = new Map<string, string>();
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isDirectory()) continue;
      const path = join(entry.parentPath, entry.name);
      const stats = statSync(path, { bigint: true });
      files.set(relative(folder, path), `${stats.dev}:${stats.ino}`);
    }
    return files;
  } catch {
    return undefined;
  }
}

/** Moves the folder `from` to `to` (a rename; a copy where they are on different file systems). */
function moveTree(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Puts every file of the folder `from` into `to` as a hard link: a year's bundle is a thousand
 * files or more, and linking them costs a fraction of copying. Neither side is ever written to
 * again (a changed year gets a new folder), so sharing the files is safe. Where links cannot be
 * made (another file system), the files are copied.
 */
function linkTree(from: string, to: string): void {
  try {
    for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
      const target = join(to, relative(from, join(entry.parentPath, entry.name)));
      if (entry.isDirectory()) mkdirSync(target, { recursive: true });
      else {
        mkdirSync(dirname(target), { recursive: true });
        linkSync(join(entry.parentPath, entry.name), target);
      }
    }
  } catch {
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
  }
}

const WORKER_FILE = new URL('./pagefind-worker.ts', import.meta.url);

/** Indexes one year on a worker thread of its own (`pagefind-worker.ts`), which exits when done. */
function indexYearOnWorker(outDir: string, pages: readonly PageToIndex[], outputPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: { outDir, pages: pages.map(({ url, file }) => ({ url, file })), outputPath },
    });
    let failed: Error | undefined;
    worker.on('error', (error) => (failed = error));
    worker.on('exit', (code) => {
      if (failed) reject(failed);
      else if (code !== 0) reject(new Error(`the worker indexing ${outputPath} stopped (exit code ${code})`));
      else resolve();
    });
  });
}
