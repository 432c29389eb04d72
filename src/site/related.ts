/** Neighbours in time and related articles, for an article's page. */
import { dayNumber } from '../core/dates.ts';
import { personIdsOf } from '../core/article-people.ts';
import type { Article } from '../core/schemas.ts';

export interface Neighbours {
  /** The next article published after this one. */
  newer?: Article | undefined;
  /** The previous article published before this one. */
  older?: Article | undefined;
}

/** How many related articles an article page lists. */
export const RELATED_LIMIT = 5;

/** Weight of a shared person against a shared theme when ranking related articles. */
const PERSON_WEIGHT = 3;

/**
 * How many articles either side in time each shared person or theme contributes as candidates.
 * A popular theme can hold thousands of articles; looking only at the nearest ones keeps the
 * cost per article constant as the archive grows, and the nearest are preferred anyway.
 */
export const RELATED_WINDOW = 40;

/**
 * Indexes a newest-first article list once, for neighbour and related lookups per article.
 * Related articles share people (who count more) or themes, among the `RELATED_WINDOW` nearest in
 * time for each; ties go to the closer in time.
 */
export function createArticleIndex(newestFirst: readonly Article[]) {
  const position = new Map(newestFirst.map((article, index) => [article.id, index]));
  const days = newestFirst.map((article) => dayNumber(article.published));
  const byPerson = new Map<string, number[]>();
  const byTheme = new Map<string, number[]>();
  newestFirst.forEach((article, index) => {
    for (const id of personIdsOf(article)) push(byPerson, id, index);
    for (const id of new Set(article.themes)) push(byTheme, id, index);
  });

  return {
    neighbours(article: Article): Neighbours {
      const index = position.get(article.id);
      if (index === undefined) return {};
      return { newer: newestFirst[index - 1], older: newestFirst[index + 1] };
    },

    related(article: Article, limit = RELATED_LIMIT): Article[] {
      const self = position.get(article.id);
      if (self === undefined) return [];
      const scores = new Map<number, number>();
      const add = (postings: Map<string, number[]>, ids: Iterable<string>, weight: number) => {
        for (const id of ids) {
          const list = postings.get(id) ?? [];
          const at = lowerBound(list, self);
          for (
            let i = Math.max(0, at - RELATED_WINDOW);
            i < Math.min(list.length, at + RELATED_WINDOW + 1);
            i += 1
          ) {
            const index = list[i]!;
            if (index !== self) scores.set(index, (scores.get(index) ?? 0) + weight);
          }
        }
      };
      add(byPerson, personIdsOf(article), PERSON_WEIGHT);
      add(byTheme, new Set(article.themes), 1);
      const distance = (index: number) => Math.abs((days[index] ?? 0) - (days[self] ?? 0));
      return [...scores]
        .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || distance(a) - distance(b) || a - b)
        .slice(0, limit)
        .flatMap(([index]) => newestFirst[index] ?? []);
    },
  };
}

/** First position in the ascending `list` holding a value at least `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function push(map: Map<string, number[]>, key: string, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
