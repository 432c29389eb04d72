import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArticlePaths } from '../../../site/archive.ts';
import { articleRecord, toCslJson } from '../../../site/citation.ts';
import { siteOrigin } from '../../../site/urls.ts';

export const getStaticPaths = (() => getArticlePaths()) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The article's citation as CSL-JSON (an array of one item). */
export const GET: APIRoute<Props> = ({ props: { article, archive } }) =>
  new Response(toCslJson([articleRecord(article, archive, siteOrigin)]), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
