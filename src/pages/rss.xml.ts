import type { APIRoute } from 'astro';
import { getArchiveViews } from '~/lib/articles';
import { buildFeed, renderRss } from '~/lib/feeds';
import { SITE } from '~/lib/site';
import { urls } from '~/lib/urls';

/** RSS 2.0 feed of the newest articles in the whole archive. */
export const GET: APIRoute = async ({ site, url }) => {
  const { archive } = await getArchiveViews();
  const feed = buildFeed({
    title: SITE.title,
    description: SITE.tagline,
    page: urls.home(),
    self: urls.feed(),
    articles: archive.articles,
    archive,
    site: site ?? url.origin,
  });
  return new Response(renderRss(feed), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
