import type { APIRoute } from 'astro';
import { getArchiveViews } from '../../site/archive.ts';
import { articlesDocument, jsonFile } from '../../site/data-downloads.ts';
import { siteOrigin } from '../../site/urls.ts';

/** Every article's metadata, newest first (docs/schemas/articles.schema.json). */
export const GET: APIRoute = async () => {
  const { archive } = await getArchiveViews();
  return new Response(jsonFile(articlesDocument(archive, siteOrigin)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
