import type { APIRoute } from 'astro';
import { getArchiveViews } from '../site/archive.ts';
import { archiveFeed, renderAtom } from '../site/feeds.ts';
import { siteOrigin, urls } from '../site/urls.ts';

/** Atom 1.0 feed of the newest articles in the whole archive (docs/site.md, "Feeds", says why Atom too). */
export const GET: APIRoute = async () => {
  const { archive } = await getArchiveViews();
  const feed = archiveFeed(archive, urls.atomFeed(), siteOrigin);
  return new Response(renderAtom(feed), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
