import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchiveViews } from '../../../site/archive.ts';
import { buildFeed, renderRss } from '../../../site/feeds.ts';
import { siteOrigin, urls } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  const { archive, profiles, pageKey } = await getArchiveViews();
  return [...profiles.values()].map((profile) => ({
    params: { id: profile.person.id },
    props: { profile, archive },
    cacheKey: pageKey(profile),
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** RSS 2.0 feed of the articles a person speaks in or is mentioned in, newest first. */
export const GET: APIRoute<Props> = ({ props }) => {
  const { profile, archive } = props;
  const { person, appearances } = profile;
  const feed = buildFeed({
    title: person.name,
    description: `Articles in which ${person.name} speaks or is mentioned.`,
    page: urls.person(person.id),
    self: urls.personFeed(person.id),
    articles: appearances.map((appearance) => appearance.article),
    archive,
    site: siteOrigin,
  });
  return new Response(renderRss(feed), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
