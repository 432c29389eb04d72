import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchiveViews, getThemePaths } from '../../../site/archive.ts';
import { appearanceRows, appearancesCsv } from '../../../site/data-downloads.ts';
import { siteOrigin } from '../../../site/urls.ts';

export const getStaticPaths = (() => getThemePaths()) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The rows of appearances.csv from this theme's articles, newest first. */
export const GET: APIRoute<Props> = async ({ props: { articles, archive } }) => {
  const { passagesOf } = await getArchiveViews();
  return new Response(appearancesCsv(appearanceRows(articles, archive, passagesOf, siteOrigin)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
