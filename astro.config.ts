import { defineConfig } from 'astro/config';
import { articleFiles } from './src/integrations/article-files.ts';
import { contentStoreFromDisk } from './src/integrations/content-store-from-disk.ts';
import { outputInPlace } from './src/integrations/output-in-place.ts';
import { pagefind, SEARCH_FOLDER } from './src/integrations/pagefind.ts';
import { reviewCount } from './src/integrations/review-count.ts';
import { archiveSitemap } from './src/integrations/sitemap.ts';
import { contentDir } from './src/core/content-files.ts';
import { readDeploySettings } from './src/core/deploy-settings.ts';
import { markdownThreads, unifiedInWorkers } from './src/markdown/parallel-processor.ts';
import { readContentLookups } from './src/markdown/content-lookups.ts';

const deploy = readDeploySettings(process.env);
// Writes each article's citation and metadata files; the output folder's pruning keeps them.
const articleFileStep = articleFiles();
// People and glossary terms are read once per build, here, for the Markdown plugins.
const markdownSettings = {
  base: deploy.base,
  lookups: readContentLookups(contentDir(process.env)),
};

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Astro's caches (content store, rendered bodies, page copies, search index years) live in
  // node_modules/.astro unless ARCHIVE_CACHE_DIR names another folder (docs/deploying.md).
  ...(process.env['ARCHIVE_CACHE_DIR'] ? { cacheDir: process.env['ARCHIVE_CACHE_DIR'] } : {}),
  site: deploy.site,
  base: deploy.base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Render up to 16 pages at once so that writing one page's file overlaps rendering the next;
    // one at a time, the render thread waits on the disk (docs/performance.md).
    concurrency: 16,
  },
  integrations: [
    // First: it prunes the output folder before the later integrations write theirs.
    // The search index prunes its own folder: unchanged years stay in place.
    outputInPlace({ alsoMade: articleFileStep.madeFiles, prunedByLaterSteps: [SEARCH_FOLDER] }),
    contentStoreFromDisk(),
    // Each article's citation and metadata files, written while the pages render.
    articleFileStep,
    ...archiveSitemap(),
    pagefind(),
    reviewCount(contentDir(process.env)),
  ],
  vite: {
    build: {
      // Never inline a script into the page: the Content-Security-Policy in public/_headers allows
      // scripts from the site itself only ('self'), so the copy button's few hundred bytes, which
      // Vite would inline under its 4 KB default, are served as a file like the search script.
      assetsInlineLimit: 0,
    },
  },
  experimental: {
    // Pages whose getStaticPaths() cacheKey (src/site/page-keys.ts), code and config are unchanged
    // are copied from the last build instead of rendered again (docs/performance.md). Astro keeps
    // the copies and its manifest in its cache folder (node_modules/.astro), which a deploy must
    // keep between builds to benefit (docs/deploying.md).
    incrementalBuild: true,
  },
  markdown: {
    // Astro's unified() pipeline with the archive's plugins (src/markdown/index.ts), run on one
    // worker thread per core while content syncs; ARCHIVE_MARKDOWN_THREADS=1 keeps it in-thread.
    processor: unifiedInWorkers(markdownSettings, { threads: markdownThreads(process.env) }),
    // News articles carry no code blocks: no highlighter to load.
    syntaxHighlight: false,
  },
});
