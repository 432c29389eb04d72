/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): each dynamic route
 * returns a `cacheKey` from `getStaticPaths()`, and a later build copies the page from the last
 * build instead of rendering it when the key, the page's code and the Astro config are unchanged.
 *
 * A key is a digest of everything the page shows that comes from content. Pages build their key
 * from the records they render (`recordsOf`: the articles with the people, themes and source each
 * one names, and the digest of each article's file, which covers its body) and whatever else
 * they show (a profile, a page of a listing, the newest article's day). Leaving something out
 * means a stale page after an edit; `tests/build/incremental.test.ts` edits content several
 * ways and compares the rebuilt site with a cold build.
 */
import { createHash } from 'node:crypto';
import { participantsOf } from '../core/article-people.ts';
import type { Archive, Article } from '../core/schemas.ts';

/** A digest of `parts`, as JSON; maps and sets count by their entries, in order. */
export function pageKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts, withCollections)).digest('base64url');
}

function withCollections(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  return value;
}

/** What rendering `articles` reads from the archive: the articles, their files' digests, and the people, themes and sources they name. */
export interface RenderedRecords {
  articles: readonly Article[];
  digests: string[];
  people: unknown[];
  themes: unknown[];
  sources: unknown[];
}

/**
 * The records a page that shows `articles` depends on. `digestOf` gives an article's content
 * digest (its file, and its original's), so an edited body changes the key.
 */
export function recordsOf(
  articles: readonly Article[],
  archive: Archive,
  digestOf: (articleId: string) => string,
): RenderedRecords {
  const people = new Set<string>();
  const themes = new Set<string>();
  const sources = new Set<string>();
  for (const article of articles) {
    for (const { person } of participantsOf(article, archive.people)) people.add(person.id);
    for (const theme of article.themes) themes.add(theme);
    sources.add(article.source);
  }
  return {
    articles,
    digests: articles.map((article) => digestOf(article.id)),
    people: [...people].sort().map((id) => archive.people.get(id)),
    themes: [...themes].sort().map((id) => archive.themes.get(id)),
    sources: [...sources].sort().map((id) => archive.sources.get(id)),
  };
}
