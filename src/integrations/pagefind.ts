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
 * Each year's bundle is also kept in Astro's cache folder (`<cacheDir>/pagefind-shards/`) with the
 * year's content hash; a later build whose pages of that year are byte for byte the same
 * hard-links the bundle from there instead of indexing the year again. Uses Pagefind's Node API, so the index
 * always matches the output folder Astro was given (`--outDir` included) and nothing is copied
 * into `public/`.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  globSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { findPackageJSON } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { SEARCH_SHARDS_FILE } from '../core/search.ts';
import { createUrls } from '../core/urls.ts';
import { storeFileOf } from './content-store-from-disk.ts';
import { INDEX_OPTIONS, type PageToIndex } from './pagefind-year.ts';
import {
  groupByYear,
  indexedLine,
  parseShardCacheManifest,
  planShards,
  shardsFile,
  yearHash,
  yearOfArticlePage,
  type IndexedPage,
  type ShardCacheManifest,
} from './search-shards.ts';

/** Where article pages are in the output folder, base path or not (`articles/<id>/index.html`). */
const ARTICLE_PAGES = `${createUrls('/').article('*').slice(1)}index.html`;

/** The cache of year bundles inside Astro's cache folder, and the file recording what it holds. */
const CACHE_FOLDER = 'pagefind-shards/';
const MANIFEST_FILE = 'manifest.json';

export function pagefind(): AstroIntegration {
  let cacheDir = '';
  let cold = true;
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:config:setup': ({ config }) => {
        cacheDir = fileURLToPath(new URL(CACHE_FOLDER, config.cacheDir));
        // Astro does not tell integrations about `--force`; it deletes its content store file
        // before any hook runs. A build that starts without it (`--force`, or no earlier build)
        // is cold, and reuses no year either. Reuse would be correct anyway, since a year is reused
        // only for the same hash, pages and Pagefind (its output is the same for the same input),
        // but a cold build should prove that rather than assume it.
        cold = !existsSync(storeFileOf(config));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { pages, indexed, reused } = await buildShards(outDir, cacheDir, cold);
          const seconds = (performance.now() - started) / 1000;
          logger.info(indexedLine(pages, seconds, indexed, reused));
        } catch (error) {
          throw new Error(
            `pagefind: building the search index in ${outDir} failed: ${(error as Error).message}`,
          );
        }
      },
    },
  };
}

/** An article page of the output folder: its file relative to the folder, and how the index sees it. */
interface ArticlePage extends IndexedPage {
  file: string;
}

/** Reads every article page's year and digest, one file at a time, in address order. */
function readArticlePages(outDir: string): ArticlePage[] {
  return globSync(ARTICLE_PAGES, { cwd: outDir })
    .map((file) => file.split('\\').join('/'))
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(outDir, file));
      return {
        file,
        url: `/${file.replace(/index\.html$/, '')}`,
        year: yearOfArticlePage(bytes.toString('utf8'), file),
        digest: createHash('sha256').update(bytes).digest('hex'),
      };
    });
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
 * the cache, the others indexed (as many at once as the machine has cores, each year by its own
 * Pagefind process on its own thread) and then cached. The manifest never names a year whose
 * cached bundle is being replaced, so a build stopped half-way leaves nothing to reuse wrongly.
 */
async function buildShards(
  outDir: string,
  cacheDir: string,
  cold: boolean,
): Promise<{ pages: number; indexed: number; reused: number }> {
  const pages = readArticlePages(outDir);
  const years = groupByYear(pages);
  const hashes = new Map([...years].map(([year, yearPages]) => [year, yearHash(yearPages)]));
  const indexer = indexerKey();
  const previous = readManifest(cacheDir);
  const plan = planShards(hashes, indexer, previous, cold);
  const bundles = join(outDir, 'pagefind');
  rmSync(bundles, { recursive: true, force: true });
  mkdirSync(bundles, { recursive: true });

  if (cold || previous?.indexer !== indexer) rmSync(cacheDir, { recursive: true, force: true });
  for (const year of [...plan.drop, ...plan.index])
    rmSync(join(cacheDir, year), { recursive: true, force: true });
  const manifest: ShardCacheManifest = {
    indexer,
    years: Object.fromEntries(plan.reuse.map((year) => [year, hashes.get(year) ?? ''])),
  };
  writeManifest(cacheDir, manifest);

  for (const year of plan.reuse) linkTree(join(cacheDir, year), join(bundles, year));
  // One year per core at once: a Pagefind process keeps about one core busy.
  const limit = pLimit(availableParallelism());
  await Promise.all(
    plan.index.map((year) =>
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
  return { pages: pages.length, indexed: plan.index.length, reused: plan.reuse.length };
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
