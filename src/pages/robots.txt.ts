import type { APIRoute } from 'astro';
import { absoluteUrl, urls } from '~/lib/urls';

/** Lets every crawler in and points it at the sitemap, whose absolute URL depends on SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site, url }) =>
  new Response(
    [
      'User-agent: *',
      `Allow: ${urls.home()}`,
      '',
      `Sitemap: ${absoluteUrl(urls.sitemap(), site ?? url.origin)}`,
      '',
    ].join('\n'),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
