import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getThemePaths } from '~/lib/articles';
import { buildFeed, renderRss } from '~/lib/feeds';
import { urls } from '~/lib/urls';

export const getStaticPaths = (() => getThemePaths()) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** RSS 2.0 feed of a theme's articles, newest first. */
export const GET: APIRoute<Props> = ({ props, site, url }) => {
  const { theme, articles, archive } = props;
  const feed = buildFeed({
    title: theme.label,
    description: theme.description,
    page: urls.theme(theme.id),
    self: urls.themeFeed(theme.id),
    articles,
    archive,
    site: site ?? url.origin,
  });
  return new Response(renderRss(feed), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
