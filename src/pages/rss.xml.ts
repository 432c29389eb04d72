import type { APIRoute } from 'astro';
import { getArchiveViews } from '../site/archive.ts';
import { archiveFeed, renderRss } from '../site/feeds.ts';
import { siteOrigin, urls } from '../site/urls.ts';

/** RSS 2.0 feed of the newest articles in the whole archive. */
export const GET: APIRoute = async () => {
  const { archive } = await getArchiveViews();
  const feed = archiveFeed(archive, urls.feed(), siteOrigin);
  return new Response(renderRss(feed), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
