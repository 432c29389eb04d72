import type { APIRoute } from 'astro';
import { getArchiveViews } from '~/lib/articles';
import { buildFeed, renderAtom } from '~/lib/feeds';
import { SITE } from '~/lib/site';
import { urls } from '~/lib/urls';

/** Atom 1.0 feed of the newest articles in the whole archive (see README, "Feeds", for why Atom too). */
export const GET: APIRoute = async ({ site, url }) => {
  const { archive } = await getArchiveViews();
  const feed = buildFeed({
    title: SITE.title,
    description: SITE.tagline,
    page: urls.home(),
    self: urls.atomFeed(),
    articles: archive.articles,
    archive,
    site: site ?? url.origin,
  });
  return new Response(renderAtom(feed), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
