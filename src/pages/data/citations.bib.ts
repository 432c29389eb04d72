import type { APIRoute } from 'astro';
import { getArchiveViews } from '../../site/archive.ts';
import { articleRecord, toBibtex } from '../../site/citation.ts';
import { siteOrigin } from '../../site/urls.ts';

/** A BibTeX (biblatex) entry for every article, newest first. */
export const GET: APIRoute = async () => {
  const { archive } = await getArchiveViews();
  const records = archive.articles.map((article) => articleRecord(article, archive, siteOrigin));
  return new Response(toBibtex(records), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
