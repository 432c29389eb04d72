/**
 * Helpers for the sitemap's `lastmod`: each built page states the day its content last changed
 * in `<meta property="og:updated_time">` (see BaseLayout), and the sitemap reads it back from the
 * built file, so `lastmod` is deterministic and never the build machine's clock.
 */
import { join } from 'node:path';

/** The calendar day (`YYYY-MM-DD`) of the `og:updated_time` of a built page, or `undefined` when it has none. */
export function lastmodFromHtml(html: string): string | undefined {
  return /<meta property="og:updated_time" content="(\d{4}-\d{2}-\d{2})/.exec(html)?.[1];
}

/**
 * The built `index.html` behind a page URL, or `undefined` for URLs outside the site or not
 * ending in `/` (files such as feeds).
 * @param siteRoot absolute URL of the site's home page, base path included
 */
export function builtFileOf(pageUrl: string, siteRoot: string, outDir: string): string | undefined {
  if (!pageUrl.startsWith(siteRoot) || !pageUrl.endsWith('/')) return undefined;
  const relative = decodeURIComponent(pageUrl.slice(siteRoot.length));
  if (relative.split('/').includes('..')) return undefined;
  return join(outDir, relative, 'index.html');
}
