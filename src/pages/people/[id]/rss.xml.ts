import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchiveViews } from '~/lib/articles';
import { buildFeed, renderRss } from '~/lib/feeds';
import { urls } from '~/lib/urls';

export const getStaticPaths = (async () => {
  const { archive, profiles } = await getArchiveViews();
  return [...profiles.values()].map((profile) => ({
    params: { id: profile.person.id },
    props: { profile, archive },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** RSS 2.0 feed of the articles a person speaks in or is mentioned in, newest first. */
export const GET: APIRoute<Props> = ({ props, site, url }) => {
  const { profile, archive } = props;
  const { person, appearances } = profile;
  const feed = buildFeed({
    title: person.name,
    description: `Articles in which ${person.name} speaks or is mentioned.`,
    page: urls.person(person.id),
    self: urls.personFeed(person.id),
    articles: appearances.map((appearance) => appearance.article),
    archive,
    site: site ?? url.origin,
  });
  return new Response(renderRss(feed), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
