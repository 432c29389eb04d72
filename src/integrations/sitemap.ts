/**
 * `@astrojs/sitemap` set up for the archive: pages only (feeds and robots.txt are files, not
 * pages), each with `lastmod` read from the built page (see `sitemap-lastmod.ts`), and remembered
 * for the next build by the page file's identity (`built-file-memo.ts`), so that a rebuild reads
 * only the pages it wrote.
 */
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { BuiltFileMemo, memoFileIn, sourceVersion } from './built-file-memo.ts';
import { builtFileOf, lastmodFromHtml } from './sitemap-lastmod.ts';

/** The code that derives a page's `lastmod`: when it changes, no remembered day is used. */
const LASTMOD_VERSION = sourceVersion(new URL('./sitemap-lastmod.ts', import.meta.url));

export function archiveSitemap(): AstroIntegration[] {
  let outDir = '';
  let siteRoot = '';
  let memoFile = '';
  let memo: BuiltFileMemo<string | null> | undefined;
  const settings: AstroIntegration = {
    name: 'archive:sitemap-settings',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        siteRoot = new URL(config.base, config.site).href;
        memoFile = memoFileIn(config.cacheDir, 'sitemap-lastmod');
      },
    },
  };
  // After the sitemap's own step, which has asked for every page's lastmod by then.
  const remember: AstroIntegration = {
    name: 'archive:sitemap-lastmod-memo',
    hooks: {
      'astro:build:done': () => {
        memo?.save();
        memo = undefined;
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
        memo ??= new BuiltFileMemo(memoFile, outDir, LASTMOD_VERSION);
        const lastmod = memo.get(file, (html) => lastmodFromHtml(html.toString('utf8')) ?? null);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    remember,
  ];
}
