/**
 * Builds the Pagefind search index as the last step of `astro build`, from the HTML Astro just
 * wrote, into `<outDir>/pagefind/`. Only article pages are read (their `data-pagefind-body`
 * element): listing pages hold nothing to find that an article does not, and at 10,000 articles
 * skipping them saves Pagefind a fifth of its time and 300 MB. Uses Pagefind's Node API, so the
 * index always matches the output folder Astro was given (`--outDir` included) and nothing is
 * copied into `public/`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { createUrls } from '../lib/url-scheme';

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
          const { index, errors } = await createIndex({ excludeSelectors: ['.facts', '.notice'] });
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
