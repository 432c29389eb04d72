import type { APIRoute } from 'astro';
import { getArchiveViews } from '../../site/archive.ts';
import { appearanceRows, appearancesCsv } from '../../site/data-downloads.ts';
import { siteOrigin } from '../../site/urls.ts';

/** One row per speaker or mention of every article, newest article first. */
export const GET: APIRoute = async () => {
  const { archive, passagesOf } = await getArchiveViews();
  return new Response(appearancesCsv(appearanceRows(archive.articles, archive, passagesOf, siteOrigin)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
