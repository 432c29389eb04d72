import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArticlePaths } from '../../../site/archive.ts';
import { articleMetadata, jsonFile } from '../../../site/data-downloads.ts';
import { siteOrigin } from '../../../site/urls.ts';

export const getStaticPaths = (() => getArticlePaths()) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The article's metadata as JSON (docs/schemas/article.schema.json). */
export const GET: APIRoute<Props> = ({ props: { article, archive } }) =>
  new Response(jsonFile(articleMetadata(article, archive, siteOrigin)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
