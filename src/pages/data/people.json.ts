import type { APIRoute } from 'astro';
import { getArchiveViews } from '../../site/archive.ts';
import { jsonFile, popoloDocument } from '../../site/data-downloads.ts';
import { siteOrigin } from '../../site/urls.ts';

/** People and their speeches in the Popolo shape (docs/schemas/people.schema.json). */
export const GET: APIRoute = async () => {
  const { archive, passagesOf } = await getArchiveViews();
  return new Response(jsonFile(popoloDocument(archive, passagesOf, siteOrigin)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
