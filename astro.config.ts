import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { pagefind } from './src/integrations/pagefind';
import { archiveSitemap } from './src/integrations/sitemap';
import { contentDir } from './src/lib/content-files';
import { readDeploySettings } from './src/lib/deploy-settings';
import { markdownPlugins } from './src/markdown';
import { readContentLookups } from './src/markdown/content-lookups';

const deploy = readDeploySettings(process.env);
// People and glossary terms are read once per build, here, for the Markdown plugins.
const { remarkPlugins, rehypePlugins } = markdownPlugins({
  base: deploy.base,
  lookups: readContentLookups(contentDir(process.env)),
});

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: deploy.site,
  base: deploy.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [...archiveSitemap(), pagefind()],
  markdown: {
    processor: unified({
      remarkPlugins,
      rehypePlugins,
      // Archived text stays exactly as the source wrote it: no "smart" quote or dash rewriting.
      smartypants: false,
    }),
  },
});
