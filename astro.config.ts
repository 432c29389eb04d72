import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { pagefind } from './src/integrations/pagefind';
import { archiveSitemap } from './src/integrations/sitemap';
import { readDeploySettings } from './src/lib/deploy-settings';
import { rehypePlugins, remarkPlugins } from './src/markdown';

const deploy = readDeploySettings(process.env);

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
