/**
 * Builds the Pagefind search index as the last step of `astro build`, from the HTML Astro just
 * wrote, into `<outDir>/pagefind/`. Only article pages are read (their `data-pagefind-body`
 * element): listing pages hold nothing to find that an article does not, and skipping them saves
 * Pagefind time and memory (docs/performance.md). Uses Pagefind's Node API, so the
 * index always matches the output folder Astro was given (`--outDir` included) and nothing is
 * copied into `public/`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { createUrls } from '../core/urls.ts';

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

/** Where article pages are in the output folder, base path or not (`articles/<id>/index.html`). */
const ARTICLE_PAGES = `${createUrls('/').article('*').slice(1)}index.html`;

export function pagefind(): AstroIntegration {
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          // The dates, source and translation notice are facets and result details already; as
          // text they would only crowd excerpts.
          // Pagefind's service process starts inside createIndex() (synchronously), and inherits
          // the environment as it is at that moment.
          const { index, errors } = await withEnvironment(PAGEFIND_ALLOCATOR_ENV, () =>
            createIndex({ excludeSelectors: ['.facts', '.notice'] }),
          );
          if (!index) throw new Error(errors.join('; '));
          const indexed = await index.addDirectory({ path: outDir, glob: ARTICLE_PAGES });
          if (indexed.errors.length > 0) throw new Error(indexed.errors.join('; '));
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`Indexed ${indexed.page_count} pages for search in ${seconds} s`);
        } catch (error) {
          throw new Error(
            `pagefind: building the search index in ${outDir} failed: ${(error as Error).message}`,
          );
        } finally {
          await close();
        }
      },
    },
  };
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
