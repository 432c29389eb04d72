/**
 * The archive's feeds: RSS 2.0 for the whole archive, each person and each theme, and Atom 1.0
 * for the whole archive. `buildFeed` turns articles into a format-neutral feed with absolute
 * links; `renderRss` and `renderAtom` write it out. Dates come from calendar days via `dates.ts`.
 */
import { dayToIsoInstant, dayToRfc822, newestDay } from './dates';
import type { Archive, Article } from './model';
import { SITE } from './site';
import { absoluteUrl, urls } from './urls';

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
  const themes = article.themeIds.flatMap((id) => {
    const theme = archive.themes.get(id);
    return theme ? [{ term: theme.id, label: theme.label, scheme: absoluteUrl(urls.themes(), site) }] : [];
  });
  const personIds = [
    ...new Set([...article.speakers.map((s) => s.personId), ...article.mentions.map((m) => m.personId)]),
  ];
  const people = personIds.flatMap((id) => {
    const person = archive.people.get(id);
    return person ? [{ term: person.id, label: person.name, scheme: absoluteUrl(urls.people(), site) }] : [];
  });
  return {
    title: article.title,
    link: absoluteUrl(urls.article(article.id), site),
    published: article.published,
    summary: article.summary,
    source: archive.sources.get(article.sourceId)?.label,
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

/** Escapes text for XML element content and attribute values, dropping what XML cannot hold. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

const element = (name: string, text: string, attributes = ''): string =>
  `<${name}${attributes}>${escapeXml(text)}</${name}>`;

/** RSS 2.0 with an `atom:link rel="self"`, RFC 822 dates, and themes and people as categories. */
export function renderRss(feed: Feed): string {
  const items = feed.items.map((item) =>
    [
      '<item>',
      element('title', item.title),
      element('link', item.link),
      element('guid', item.link, ' isPermaLink="true"'),
      element('pubDate', dayToRfc822(item.published)),
      element('description', item.summary),
      ...item.categories.map((category) =>
        element('category', category.label, ` domain="${escapeXml(category.scheme)}"`),
      ),
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.page),
    element('description', feed.description),
    element('language', feed.language),
    `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    feed.updated ? element('lastBuildDate', dayToRfc822(feed.updated)) : '',
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** Atom 1.0 (RFC 4287): entries carry ids, published and updated instants, summaries and categories. */
export function renderAtom(feed: Feed): string {
  const entries = feed.items.map((item) =>
    [
      '<entry>',
      element('title', item.title),
      element('id', item.link),
      `<link rel="alternate" type="text/html" href="${escapeXml(item.link)}"/>`,
      element('published', dayToIsoInstant(item.published)),
      element('updated', dayToIsoInstant(item.published)),
      element('summary', item.summary),
      item.source ? `<author>${element('name', item.source)}</author>` : '',
      ...item.categories.map(
        (category) =>
          `<category term="${escapeXml(category.term)}" scheme="${escapeXml(category.scheme)}" label="${escapeXml(category.label)}"/>`,
      ),
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    element('title', feed.title),
    element('subtitle', feed.description),
    element('id', feed.self),
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.page)}"/>`,
    // Atom requires `updated`; only an archive without a single article falls back to the epoch.
    element('updated', dayToIsoInstant(feed.updated ?? '1970-01-01')),
    `<author>${element('name', SITE.title)}</author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
