/** Articles grouped by theme, by source and by calendar month. */
import { yearMonthOf } from '../core/dates.ts';
import type { Article, Source, Theme } from '../core/schemas.ts';

/** What a theme or source page lists the articles of. */
export type CollectionSubject = { kind: 'theme'; theme: Theme } | { kind: 'source'; source: Source };

/**
 * Groups articles under each key `keysOf` gives them, keeping the input order inside each group.
 * Every id in `allIds` gets a group, empty if no article has it.
 */
export function groupBy(
  articles: readonly Article[],
  keysOf: (article: Article) => readonly string[],
  allIds: Iterable<string> = [],
): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const id of allIds) groups.set(id, []);
  for (const article of articles) {
    for (const key of new Set(keysOf(article))) {
      const group = groups.get(key);
      if (group) group.push(article);
      else groups.set(key, [article]);
    }
  }
  return groups;
}

/** Articles by theme id. */
export function groupByTheme(
  articles: readonly Article[],
  themes: Iterable<string> = [],
): Map<string, Article[]> {
  return groupBy(articles, (article) => article.themes, themes);
}

/** Articles by source id. */
export function groupBySource(
  articles: readonly Article[],
  sourceIds: Iterable<string> = [],
): Map<string, Article[]> {
  return groupBy(articles, (article) => [article.source], sourceIds);
}

export interface MonthGroup {
  year: string;
  /** Two digits, `01` to `12`. */
  month: string;
  articles: Article[];
}

export interface YearGroup {
  year: string;
  /** Months with articles, in the order of the input (newest first for a newest-first input). */
  months: MonthGroup[];
  count: number;
}

/** Groups articles by the year and month they were published, keeping the input order. */
export function groupByYear(articles: readonly Article[]): YearGroup[] {
  const years = new Map<string, YearGroup>();
  const months = new Map<string, MonthGroup>();
  for (const article of articles) {
    const { year, month } = yearMonthOf(article.published);
    let yearGroup = years.get(year);
    if (!yearGroup) {
      yearGroup = { year, months: [], count: 0 };
      years.set(year, yearGroup);
    }
    yearGroup.count += 1;
    let monthGroup = months.get(`${year}-${month}`);
    if (!monthGroup) {
      monthGroup = { year, month, articles: [] };
      months.set(`${year}-${month}`, monthGroup);
      yearGroup.months.push(monthGroup);
    }
    monthGroup.articles.push(article);
  }
  return [...years.values()];
}
