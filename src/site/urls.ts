/**
 * The URL scheme of this build: every internal URL of the archive comes from `urls`, so pages,
 * feeds, the sitemap and structured data agree and all respect the base path (`BASE_PATH`).
 */
import { createUrls } from '../core/urls.ts';

export { absoluteUrl } from '../core/urls.ts';

/** The URL scheme of this build. */
export const urls = createUrls(import.meta.env.BASE_URL);

/** The origin this build is published at: Astro's `site`, which the config always sets from `SITE_URL`. */
export const siteOrigin: string = import.meta.env.SITE;
