/**
 * `@astrojs/sitemap` set up for the archive: pages only (feeds and robots.txt are files, not
 * pages), each with `lastmod` read from the built page (see `lib/sitemap.ts`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { builtFileOf, lastmodFromHtml } from './sitemap-lastmod.ts';

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
      // @astrojs/sitemap awaits each page in turn, so a synchronous read is the faster one here:
      // an asynchronous one waits on the file system's thread pool for every page.
      serialize: (item) => {
        const file = builtFileOf(item.url, siteRoot, outDir);
        if (!file) return item;
        const lastmod = lastmodFromHtml(readBuiltPage(file));
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}

/** A built page's HTML, or `''` when the page has no `index.html` (nothing to read a day from). */
function readBuiltPage(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
