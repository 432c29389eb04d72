import type { APIRoute } from 'astro';
import { absoluteUrl, siteOrigin, urls } from '../site/urls.ts';

/** Lets every crawler in and points it at the sitemap, whose absolute URL depends on SITE_URL and BASE_PATH. */
export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      `Allow: ${urls.home()}`,
      '',
      `Sitemap: ${absoluteUrl(urls.sitemap(), siteOrigin)}`,
      '',
    ].join('\n'),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
