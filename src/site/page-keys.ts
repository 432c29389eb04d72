/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): each dynamic route
 * returns a `cacheKey` from `getStaticPaths()`, and a later build copies the page from the last
 * build instead of rendering it when the key, the page's code and the Astro config are unchanged.
 *
 * A key is a digest of everything the page shows that comes from content: the data the page is
 * given (an article, a page of a listing, a profile, the newest article's day). Every article in
 * that data counts by its render digest (`createPageKeys`): its record, the digest of its file
 * (which covers its body) and the people, themes and source it names. Leaving something out means
 * a stale page after an edit; `tests/build/incremental.test.ts` edits content several ways and
 * compares the rebuilt site with a cold build.
 */
import { createHash } from 'node:crypto';
import { participantsOf } from '../core/article-people.ts';
import type { Archive, Article } from '../core/schemas.ts';

/** A digest of `parts`, as JSON; maps and sets count by their entries, in order. */
export function pageKey(...parts: unknown[]): string {
  return digest(JSON.stringify(parts, withCollections));
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

function withCollections(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  return value;
}

/** What rendering an article reads from the archive besides the article: the records it names. */
export function namedRecords(article: Article, archive: Archive) {
  return {
    people: participantsOf(article, archive.people).map(({ person }) => person),
    themes: article.themes.map((id) => archive.themes.get(id)),
    source: archive.sources.get(article.source),
  };
}

/**
 * `pageKey` for this archive: the archive's articles in `parts` count by their render digest, worked
 * out once per article however many pages show it. `digestOf` gives an article's content digest
 * (its file, and its original's), so an edited body changes every key that counts the article.
 */
export function createPageKeys(
  archive: Archive,
  digestOf: (articleId: string) => string,
): (...parts: unknown[]) => string {
  const articles = new Set<unknown>(archive.articles);
  const digests = new Map<unknown, string>();
  const renderDigest = (article: Article): string => {
    let found = digests.get(article);
    if (found === undefined) {
      found = digest(JSON.stringify([article, digestOf(article.id), namedRecords(article, archive)]));
      digests.set(article, found);
    }
    return found;
  };
  return (...parts) =>
    digest(
      JSON.stringify(parts, (key, value: unknown) =>
        articles.has(value) ? `article ${renderDigest(value as Article)}` : withCollections(key, value),
      ),
    );
}
