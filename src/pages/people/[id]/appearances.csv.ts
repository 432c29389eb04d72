import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchiveViews } from '../../../site/archive.ts';
import { appearanceRows, appearancesCsv } from '../../../site/data-downloads.ts';
import { siteOrigin } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  const views = await getArchiveViews();
  return [...views.profiles.values()].map(({ person, appearances }) => {
    const articles = appearances.map(({ article }) => article);
    return {
      params: { id: person.id },
      props: { personId: person.id, articles, views },
      cacheKey: views.pageKey(person.id, articles),
    };
  });
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The rows of appearances.csv that are this person's, newest first. */
export const GET: APIRoute<Props> = ({ props: { personId, articles, views } }) => {
  const rows = appearanceRows(articles, views.archive, views.passagesOf, siteOrigin).filter(
    (row) => row.person_id === personId,
  );
  return new Response(appearancesCsv(rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
