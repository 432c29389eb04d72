/**
 * Every internal URL of the archive is made here, so pages, feeds, the sitemap and tests agree,
 * and all of them respect the base path the site is deployed under.
 */

import { createUrls } from './url-scheme';

export { createUrls };

/** The URL scheme of this build. */
export const urls = createUrls(import.meta.env.BASE_URL);

/** Turns a site-relative URL from `urls` into an absolute one on `site` (e.g. for canonical links). */
export function absoluteUrl(pathname: string, site: URL | string): string {
  return new URL(pathname, site).href;
}
