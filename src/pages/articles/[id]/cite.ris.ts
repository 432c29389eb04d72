import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArticlePaths } from '../../../site/archive.ts';
import { articleRecord, toRis } from '../../../site/citation.ts';
import { siteOrigin } from '../../../site/urls.ts';

export const getStaticPaths = (() => getArticlePaths()) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The article's citation as RIS. */
export const GET: APIRoute<Props> = ({ props: { article, archive } }) =>
  new Response(toRis([articleRecord(article, archive, siteOrigin)]), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
