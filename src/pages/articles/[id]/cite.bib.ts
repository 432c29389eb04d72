import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArticlePaths } from '../../../site/archive.ts';
import { articleRecord, toBibtex } from '../../../site/citation.ts';
import { siteOrigin } from '../../../site/urls.ts';

export const getStaticPaths = (() => getArticlePaths()) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The article's citation as BibTeX (biblatex). */
export const GET: APIRoute<Props> = ({ props: { article, archive } }) =>
  new Response(toBibtex([articleRecord(article, archive, siteOrigin)]), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
