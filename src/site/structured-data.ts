/**
 * Schema.org JSON-LD for every kind of page: `NewsArticle` for articles, `ProfilePage` for people,
 * `CollectionPage` for themes and sources, `BreadcrumbList` everywhere. Plain data in, plain
 * objects out; `serializeJsonLd` makes them safe to put inside a `<script>` element.
 */
import type { Crumb } from './breadcrumbs.ts';
import type { Archive, Article, Person, Source, Theme } from '../core/schemas.ts';
import type { CollectionSubject } from './groups.ts';
import { participantsOf } from '../core/article-people.ts';
import { authorityLinks, type PersonProfile } from './people.ts';
import { formatDay } from '../core/dates.ts';
import { roleKey } from '../core/roles.ts';
import { countOf } from '../core/text.ts';
import { SITE } from './site.ts';
import { absoluteUrl, urls } from './urls.ts';

/** One JSON-LD object; `undefined` fields are dropped when serialised. */
export type JsonLd = { [key: string]: unknown };

const CONTEXT = 'https://schema.org';

/** How many articles a collection page lists in its `ItemList` (the total is always given). */
export const COLLECTION_ITEM_LIMIT = 50;

/** The site as a `WebSite`, which every page is part of. */
export function webSiteLd(site: URL | string): JsonLd {
  return {
    '@type': 'WebSite',
    name: SITE.title,
    url: absoluteUrl(urls.home(), site),
    inLanguage: SITE.language,
  };
}

/** A source publication as an `Organization`, identified by its page in the archive. */
export function organizationLd(source: Source, site: URL | string): JsonLd {
  const page = absoluteUrl(urls.source(source.id), site);
  return {
    '@type': 'Organization',
    '@id': `${page}#organization`,
    name: source.label,
    url: source.url ?? page,
    description: source.description,
  };
}

function personLd(person: Person, site: URL | string): JsonLd {
  const page = absoluteUrl(urls.person(person.id), site);
  return { '@type': 'Person', '@id': `${page}#person`, name: person.name, url: page };
}

function themeLd(theme: Theme, site: URL | string): JsonLd {
  return { '@type': 'Thing', name: theme.label, url: absoluteUrl(urls.theme(theme.id), site) };
}

/**
 * `NewsArticle` for an article page: headline, publication and event days (ISO 8601), language,
 * the source as publisher, the Chinese (or other) original as `translationOfWork`, themes as
 * `about`, and every person who spoke or is mentioned as `mentions`. The reported event is an
 * `Event` (dated when the article gives its day) whose `performer`s are the speakers, each as a
 * `Role` with the role and act this article states: a role attested at that event, not a tenure,
 * so it carries no start or end date of its own.
 */
export function newsArticleLd(article: Article, archive: Archive, site: URL | string): JsonLd {
  const url = absoluteUrl(urls.article(article.id), site);
  const source = archive.sources.get(article.source);
  const organization = source ? organizationLd(source, site) : undefined;
  const themes = article.themes.flatMap((id) => archive.themes.get(id) ?? []);
  const participants = participantsOf(article, archive.people);
  const performers = participants.flatMap(({ person, as, role, act }) =>
    as === 'speaker'
      ? [
          {
            '@type': 'Role',
            roleName: role,
            description: act,
            performer: { '@id': personLd(person, site)['@id'] },
          },
        ]
      : [],
  );
  const event =
    article.eventDate || performers.length > 0
      ? {
          '@type': 'Event',
          name: article.title,
          startDate: article.eventDate,
          inLanguage: article.language,
          performer: performers.length > 0 ? performers : undefined,
        }
      : undefined;
  const people = participants.map(({ person }) => person);
  const { translation } = article;
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    description: article.summary,
    datePublished: article.published,
    inLanguage: article.language,
    // No person is named as author in the source texts, so the publishing organization is.
    publisher: organization,
    author: organization ? { '@id': organization['@id'] } : undefined,
    sourceOrganization: organization ? { '@id': organization['@id'] } : undefined,
    isBasedOn: article.sourceUrl,
    translationOfWork: translation
      ? {
          '@type': 'CreativeWork',
          inLanguage: translation.from,
          name: translation.originalTitle,
          url: translation.originalUrl ?? article.sourceUrl,
        }
      : undefined,
    about: [...themes.map((theme) => themeLd(theme, site)), ...(event ? [event] : [])],
    mentions: people.map((person) => personLd(person, site)),
    isPartOf: webSiteLd(site),
  };
}

/**
 * `ProfilePage` whose `mainEntity` is the `Person`, with their authority records as `sameAs` and
 * each role group the articles state as a schema.org `Role` around an `Occupation`. A role is
 * given as attested, not as a term of office: no `startDate` or `endDate`, but the first and the
 * last article stating it as `subjectOf` (with its event day as `contentReferenceTime`) and the
 * span in words.
 */
export function profilePageLd(profile: PersonProfile, site: URL | string): JsonLd {
  const { person, roles, appearances } = profile;
  const url = absoluteUrl(urls.person(person.id), site);
  const alternateNames = [...person.aliases, ...(person.originalName ? [person.originalName] : [])];
  const sameAs = authorityLinks(person).map((link) => link.href);
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    url,
    name: person.name,
    isPartOf: webSiteLd(site),
    mainEntity: {
      '@type': 'Person',
      '@id': `${url}#person`,
      name: person.name,
      alternateName: alternateNames.length > 0 ? alternateNames : undefined,
      description: person.description,
      url,
      sameAs: sameAs.length > 0 ? sameAs : undefined,
      hasOccupation: roles.map((group) => {
        // Appearances are newest first: the last stating the role is the earliest.
        const stating = appearances.filter(({ role }) => role !== undefined && roleKey(role) === group.key);
        const earliest = stating.at(-1);
        const latest = stating[0];
        const attesting = [earliest, ...(latest === earliest ? [] : [latest])].flatMap((found) =>
          found ? [found.article] : [],
        );
        const others = group.wordings.slice(1).map((entry) => entry.wording);
        const span =
          group.first === group.last
            ? `on ${formatDay(group.first)}`
            : `from ${formatDay(group.first)} to ${formatDay(group.last)}`;
        return {
          '@type': 'Role',
          roleName: group.label,
          alternateName: others.length > 0 ? others : undefined,
          description: `Stated in ${countOf(group.count, 'article')} of the archive, ${span}: the days reported, not the start or end of a term of office.`,
          hasOccupation: { '@type': 'Occupation', name: group.label },
          subjectOf: attesting.map((article) => {
            const page = absoluteUrl(urls.article(article.id), site);
            return {
              '@type': 'NewsArticle',
              '@id': `${page}#article`,
              url: page,
              headline: article.title,
              datePublished: article.published,
              contentReferenceTime: article.eventDate,
            };
          }),
        };
      }),
    },
  };
}

/** `CollectionPage` for a theme or a source page, listing its newest articles as an `ItemList`. */
export function collectionPageLd(
  subject: CollectionSubject,
  articles: readonly Article[],
  site: URL | string,
): JsonLd {
  const isTheme = subject.kind === 'theme';
  const url = absoluteUrl(isTheme ? urls.theme(subject.theme.id) : urls.source(subject.source.id), site);
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    url,
    name: isTheme ? subject.theme.label : subject.source.label,
    description: isTheme ? subject.theme.description : subject.source.description,
    about: isTheme ? themeLd(subject.theme, site) : organizationLd(subject.source, site),
    isPartOf: webSiteLd(site),
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: articles.length,
      itemListOrder: 'https://schema.org/ItemListOrderDescending',
      itemListElement: articles.slice(0, COLLECTION_ITEM_LIMIT).map((article, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        url: absoluteUrl(urls.article(article.id), site),
        name: article.title,
      })),
    },
  };
}

/** `BreadcrumbList` from a breadcrumb trail; `undefined` for an empty trail. */
export function breadcrumbListLd(trail: readonly Crumb[], site: URL | string): JsonLd | undefined {
  if (trail.length === 0) return undefined;
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href, site),
    })),
  };
}

/**
 * JSON text safe inside `<script type="application/ld+json">`: `<`, `>` and `&` become `\u` escapes
 * (so `</script>` in a headline cannot end the element), as do U+2028 and U+2029.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
