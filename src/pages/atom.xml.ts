import type { APIRoute } from 'astro';
import { getArchiveViews } from '~/lib/articles';
import { archiveFeed, renderAtom } from '~/lib/feeds';
import { urls } from '~/lib/urls';

/** Atom 1.0 feed of the newest articles in the whole archive (see README, "Feeds", for why Atom too). */
export const GET: APIRoute = async ({ site, url }) => {
  const { archive } = await getArchiveViews();
  const feed = archiveFeed(archive, urls.atomFeed(), site ?? url.origin);
  return new Response(renderAtom(feed), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
