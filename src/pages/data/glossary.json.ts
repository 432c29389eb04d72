import type { APIRoute } from 'astro';
import { getArchiveViews } from '../../site/archive.ts';
import { glossaryDocument, jsonFile } from '../../site/data-downloads.ts';

/** Every glossary term A to Z (docs/schemas/glossary.schema.json). */
export const GET: APIRoute = async () => {
  const { glossary } = await getArchiveViews();
  return new Response(jsonFile(glossaryDocument(glossary)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
