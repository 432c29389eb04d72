import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getThemePaths } from '../../../site/archive.ts';
import { buildFeed, renderRss } from '../../../site/feeds.ts';
import { siteOrigin, urls } from '../../../site/urls.ts';

export const getStaticPaths = (() => getThemePaths()) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** RSS 2.0 feed of a theme's articles, newest first. */
export const GET: APIRoute<Props> = ({ props }) => {
  const { theme, articles, archive } = props;
  const feed = buildFeed({
    title: theme.label,
    description: theme.description,
    page: urls.theme(theme.id),
    self: urls.themeFeed(theme.id),
    articles,
    archive,
    site: siteOrigin,
  });
  return new Response(renderRss(feed), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
