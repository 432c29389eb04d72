/**
 * The archive's feeds: RSS 2.0 for the whole archive, each person and each theme, and Atom 1.0
 * for the whole archive. `buildFeed` turns articles into a format-neutral feed with absolute
 * links; `renderRss` and `renderAtom` write it out with feedsmith's generators. Dates come from
 * calendar days via `dates.ts`.
 */
import { generateAtomFeed, generateRssFeed } from 'feedsmith';
import { participantsOf } from '../core/article-people.ts';
import { dayToIsoInstant, dayToRfc822, newestDay } from '../core/dates.ts';
import type { Archive, Article } from '../core/schemas.ts';
import { SITE } from './site.ts';
import { absoluteUrl, urls } from './urls.ts';

/** How many of the newest articles a feed carries. */
export const FEED_SIZE = 50;

/** A category of a feed item: a theme or a person, with the index page of its kind as scheme. */
export interface FeedCategory {
  /** Stable id (theme or person id). */
  term: string;
  /** What a reader sees. */
  label: string;
  /** Absolute URL of the index this category belongs to (themes or people). */
  scheme: string;
}

export interface FeedItem {
  title: string;
  /** Absolute URL of the article page; also the item's permanent id. */
  link: string;
  /** Calendar day the source published the article. */
  published: string;
  summary: string;
  /** Name of the source publication (the Atom entry's author). */
  source?: string | undefined;
  categories: FeedCategory[];
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows. */
  page: string;
  /** Absolute URL of the feed itself. */
  self: string;
  language: string;
  /** Newest item's day, or the given fallback when the feed is empty. */
  updated?: string | undefined;
  items: FeedItem[];
}

/** An article as a feed item, with its themes and people (speakers first) as categories. */
export function feedItem(article: Article, archive: Archive, site: URL | string): FeedItem {
  const themes = article.themes.flatMap((id) => {
    const theme = archive.themes.get(id);
    return theme ? [{ term: theme.id, label: theme.label, scheme: absoluteUrl(urls.themes(), site) }] : [];
  });
  const people = participantsOf(article, archive.people).map(({ person }) => ({
    term: person.id,
    label: person.name,
    scheme: absoluteUrl(urls.people(), site),
  }));
  return {
    title: article.title,
    link: absoluteUrl(urls.article(article.id), site),
    published: article.published,
    summary: article.summary,
    source: archive.sources.get(article.source)?.label,
    categories: [...themes, ...people],
  };
}

export interface FeedOptions {
  title: string;
  description: string;
  /** Site-relative URL of the page the feed follows, from `urls`. */
  page: string;
  /** Site-relative URL of the feed, from `urls`. */
  self: string;
  /** Newest first, as `lib/articles.ts` gives them; only the first `FEED_SIZE` are used. */
  articles: readonly Article[];
  archive: Archive;
  site: URL | string;
}

/** A feed of the newest `FEED_SIZE` articles; an empty feed is dated by the archive's newest article. */
export function buildFeed(options: FeedOptions): Feed {
  const { archive, site } = options;
  const items = options.articles.slice(0, FEED_SIZE).map((article) => feedItem(article, archive, site));
  return {
    title: options.title === SITE.title ? SITE.title : `${options.title} · ${SITE.title}`,
    description: options.description,
    page: absoluteUrl(options.page, site),
    self: absoluteUrl(options.self, site),
    language: SITE.language,
    updated:
      // An empty feed is as fresh as the archive; articles are newest first.
      newestDay(items.map((item) => item.published)) ?? archive.articles[0]?.published,
    items,
  };
}

/** The feed of the whole archive; `self` is its own site-relative URL (RSS or Atom). */
export function archiveFeed(archive: Archive, self: string, site: URL | string): Feed {
  return buildFeed({
    title: SITE.title,
    description: SITE.tagline,
    page: urls.home(),
    self,
    articles: archive.articles,
    archive,
    site,
  });
}

/**
 * `text` without the characters XML 1.0 does not allow (C0 controls other than tab, line feed and
 * carriage return, U+FFFE, U+FFFF and lone surrogates), which would make a whole feed unreadable
 * to a strict XML parser. Everything else, including non-BMP characters, is kept.
 */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

const midnightUtc = (day: string): Date => new Date(dayToIsoInstant(day));

/** A calendar day at midnight UTC whose `toUTCString()` is the `+0000` form of `dayToRfc822`. */
class Rfc822Day extends Date {
  readonly #day: string;

  constructor(day: string) {
    super(midnightUtc(day));
    this.#day = day;
  }

  // feedsmith writes RSS dates with `toUTCString()`, which ends in `GMT`; both zones are RFC 822,
  // and the feeds keep the numeric `+0000` that `dayToRfc822` writes.
  override toUTCString(): string {
    return dayToRfc822(this.#day);
  }
}

/** RSS 2.0 with an `atom:link rel="self"`, RFC 822 dates, and themes and people as categories. */
export function renderRss(feed: Feed): string {
  // Only text goes through `stripInvalidXmlChars`: ids are slugs and URLs are percent-encoded.
  return generateRssFeed(
    {
      title: stripInvalidXmlChars(feed.title),
      link: feed.page,
      description: stripInvalidXmlChars(feed.description),
      language: feed.language,
      ...(feed.updated === undefined ? {} : { lastBuildDate: new Rfc822Day(feed.updated) }),
      atom: { links: [{ href: feed.self, rel: 'self', type: 'application/rss+xml' }] },
      items: feed.items.map((item) => ({
        title: stripInvalidXmlChars(item.title),
        link: item.link,
        guid: { value: item.link, isPermaLink: true },
        pubDate: new Rfc822Day(item.published),
        description: stripInvalidXmlChars(item.summary),
        categories: item.categories.map((category) => ({
          name: stripInvalidXmlChars(category.label),
          domain: category.scheme,
        })),
      })),
    },
    { strict: true },
  );
}

/** Atom 1.0 (RFC 4287): entries carry ids, published and updated instants, summaries and categories. */
export function renderAtom(feed: Feed): string {
  return generateAtomFeed(
    {
      xml: { lang: feed.language },
      title: { value: stripInvalidXmlChars(feed.title) },
      subtitle: { value: stripInvalidXmlChars(feed.description) },
      id: feed.self,
      links: [
        { rel: 'self', type: 'application/atom+xml', href: feed.self },
        { rel: 'alternate', type: 'text/html', href: feed.page },
      ],
      // Atom requires `updated`; only an archive without a single article falls back to the epoch.
      updated: midnightUtc(feed.updated ?? '1970-01-01'),
      authors: [{ name: SITE.title }],
      entries: feed.items.map((item) => ({
        title: { value: stripInvalidXmlChars(item.title) },
        id: item.link,
        links: [{ rel: 'alternate', type: 'text/html', href: item.link }],
        published: midnightUtc(item.published),
        updated: midnightUtc(item.published),
        summary: { value: stripInvalidXmlChars(item.summary) },
        ...(item.source === undefined ? {} : { authors: [{ name: stripInvalidXmlChars(item.source) }] }),
        categories: item.categories.map((category) => ({
          term: category.term,
          scheme: category.scheme,
          label: stripInvalidXmlChars(category.label),
        })),
      })),
    },
    { strict: true },
  );
}
