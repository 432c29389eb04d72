import type { APIRoute } from 'astro';
import { getArchiveViews } from '~/lib/articles';
import { archiveFeed, renderRss } from '~/lib/feeds';
import { urls } from '~/lib/urls';

/** RSS 2.0 feed of the newest articles in the whole archive. */
export const GET: APIRoute = async ({ site, url }) => {
  const { archive } = await getArchiveViews();
  const feed = archiveFeed(archive, urls.feed(), site ?? url.origin);
  return new Response(renderRss(feed), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
