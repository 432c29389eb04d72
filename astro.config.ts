import { defineConfig } from 'astro/config';
import { contentStoreFromDisk } from './src/integrations/content-store-from-disk';
import { pagefind } from './src/integrations/pagefind';
import { archiveSitemap } from './src/integrations/sitemap';
import { contentDir } from './src/lib/content-files';
import { readDeploySettings } from './src/lib/deploy-settings';
import { markdownThreads, unifiedInWorkers } from './src/markdown/parallel-processor';
import { readContentLookups } from './src/markdown/content-lookups';

const deploy = readDeploySettings(process.env);
// People and glossary terms are read once per build, here, for the Markdown plugins.
const markdownSettings = {
  base: deploy.base,
  lookups: readContentLookups(contentDir(process.env)),
};

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: deploy.site,
  base: deploy.base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Render up to 16 pages at once so that writing one page's file overlaps rendering the next:
    // one at a time, the render thread waited on the disk for about a third of the time. At 10,000
    // articles, page rendering went from 33-35 s to 18-23 s (`npm run bench`, README "Scale").
    concurrency: 16,
  },
  integrations: [contentStoreFromDisk(), ...archiveSitemap(), pagefind()],
  markdown: {
    // Astro's unified() pipeline with the archive's plugins (src/markdown/index.ts), run on one
    // worker thread per core while content syncs; ARCHIVE_MARKDOWN_THREADS=1 keeps it in-thread.
    processor: unifiedInWorkers(markdownSettings, { threads: markdownThreads(process.env) }),
    // News articles carry no code blocks: no highlighter to load.
    syntaxHighlight: false,
  },
});
