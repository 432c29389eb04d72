/**
 * The search page's logic, free of the DOM: the facets readers filter by, how checked boxes
 * become Pagefind filters, the sort orders, and the words shown around results. The page's
 * script (`src/client/search-page.ts`) wires these to Pagefind and the form.
 */

import { compareText, countOf } from './text.ts';

/** A facet: the Pagefind filter name (set by `SearchMetadata.astro`) and how the page labels it. */
export interface Facet {
  name: string;
  label: string;
  /**
   * `all`: a result must have every checked value (an article can have several speakers).
   * `any`: a result may have any checked value (an article has one source and one year).
   */
  match: 'all' | 'any';
}

export const FACETS: readonly Facet[] = [
  { name: 'speaker', label: 'Speaker', match: 'all' },
  { name: 'theme', label: 'Theme', match: 'all' },
  { name: 'source', label: 'Source', match: 'any' },
  { name: 'year', label: 'Year', match: 'any' },
];

/** Pagefind's filter argument: a value list per filter, or `{ any: [...] }` for either-or. */
export type PagefindFilters = Record<string, string[] | { any: string[] }>;

/** Turns the checked values of each facet into Pagefind filters; facets with nothing checked are left out. */
export function toPagefindFilters(checked: ReadonlyMap<string, readonly string[]>): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const facet of FACETS) {
    const values = [...new Set(checked.get(facet.name) ?? [])];
    if (values.length === 0) continue;
    filters[facet.name] = facet.match === 'any' ? { any: values } : values;
  }
  return filters;
}

/** The orders a reader can pick; `relevance` is Pagefind's own ranking. */
export const SORT_ORDERS = [
  { value: 'relevance', label: 'Best match' },
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
] as const;

/** Pagefind's sort argument for an order (`date` is the sort key `SearchMetadata.astro` sets). */
export function toPagefindSort(order: string): Record<string, 'asc' | 'desc'> | undefined {
  if (order === 'newest') return { date: 'desc' };
  if (order === 'oldest') return { date: 'asc' };
  return undefined;
}

/**
 * Facet values for display: the values with results, most results first, then by name; years
 * newest first. Checked values always stay, even at zero, so they can be unchecked.
 */
export function facetValues(
  facet: Facet,
  counts: Readonly<Record<string, number>>,
  checked: readonly string[],
): { value: string; count: number; checked: boolean }[] {
  return Object.entries(counts)
    .filter(([value, count]) => count > 0 || checked.includes(value))
    .map(([value, count]) => ({ value, count, checked: checked.includes(value) }))
    .sort((a, b) =>
      facet.name === 'year'
        ? compareText(b.value, a.value)
        : b.count - a.count || compareText(a.value, b.value),
    );
}

/** The results heading: `3 articles found for “meeting”`, `1 article matches the filters`. */
export function resultSummary(count: number, query: string): string {
  const articles = countOf(count, 'article');
  if (query.trim() !== '') return `${articles} found for “${query.trim()}”`;
  return `${articles} ${count === 1 ? 'matches' : 'match'} the filters`;
}
