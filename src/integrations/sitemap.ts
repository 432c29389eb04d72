/**
 * `@astrojs/sitemap` set up for the archive: pages only (feeds and robots.txt are files, not
 * pages), each with `lastmod` read from the built page (see `lib/sitemap.ts`).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { builtFileOf, lastmodFromHtml } from '../lib/sitemap';

export function archiveSitemap(): AstroIntegration[] {
  let outDir = '';
  let siteRoot = '';
  const settings: AstroIntegration = {
    name: 'archive:sitemap-settings',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        siteRoot = new URL(config.base, config.site).href;
      },
    },
  };
  return [
    settings,
    sitemap({
      filter: (page) => page.endsWith('/'),
      serialize: async (item) => {
        const file = builtFileOf(item.url, siteRoot, outDir);
        if (!file) return item;
        const lastmod = lastmodFromHtml(await readFile(file, 'utf8').catch(() => ''));
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}
