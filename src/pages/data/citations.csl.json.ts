import type { APIRoute } from 'astro';
import { getArchiveViews } from '../../site/archive.ts';
import { articleRecord, toCslJson } from '../../site/citation.ts';
import { siteOrigin } from '../../site/urls.ts';

/** A CSL-JSON item for every article, newest first. */
export const GET: APIRoute = async () => {
  const { archive } = await getArchiveViews();
  const records = archive.articles.map((article) => articleRecord(article, archive, siteOrigin));
  return new Response(toCslJson(records), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
