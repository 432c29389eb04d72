/**
 * The search page's logic, free of the DOM: the facets readers filter by, the state of a search
 * as it is written in the page's address (so a search can be shared, reloaded and stepped through
 * with back and forward), how that state becomes Pagefind's filters and sort, which passage of an
 * article a result points to, and the words shown around results. The page's script
 * (`src/client/search-page.ts`) wires these to Pagefind and the form.
 */

import { isPassageAnchor } from './body-facts.ts';
import { compareText, countOf } from './text.ts';

/** A facet: the Pagefind filter name (set by `SearchMetadata.astro`) and how the page labels it. */
export interface Facet {
  /** The Pagefind filter name, and the parameter that carries its checked values in the address. */
  name: string;
  label: string;
  /**
   * `all`: a result must have every checked value (an article can have several speakers).
   * `any`: a result may have any checked value (an article has one source).
   */
  match: 'all' | 'any';
}

/** The facets shown as checkboxes, in the order the page shows them. */
export const FACETS: readonly Facet[] = [
  { name: 'speaker', label: 'Speaker', match: 'all' },
  { name: 'mentioned', label: 'Mentioned', match: 'all' },
  { name: 'theme', label: 'Theme', match: 'all' },
  { name: 'source', label: 'Source', match: 'any' },
];

/** The Pagefind filter holding an article's year of publication, filtered by a range of years. */
export const YEAR_FILTER = 'year';

/** The orders a reader can pick; `relevance` is Pagefind's own ranking and the default. */
export const SORT_ORDERS = [
  { value: 'relevance', label: 'Best match' },
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
] as const;

export type SortOrder = (typeof SORT_ORDERS)[number]['value'];

/** A range of publication years; a missing end is open. */
export interface YearRange {
  from?: string | undefined;
  to?: string | undefined;
}

/** One search as the address carries it. */
export interface SearchState {
  /** The words to find, trimmed; empty for a search by filters alone. */
  query: string;
  /** Checked values per facet name, each value once; facets with nothing checked are absent. */
  checked: ReadonlyMap<string, readonly string[]>;
  years: YearRange;
  sort: SortOrder;
}

/** A search with nothing typed, nothing checked, every year and Pagefind's ranking. */
export const EMPTY_SEARCH: SearchState = { query: '', checked: new Map(), years: {}, sort: 'relevance' };

const YEAR = /^\d{4}$/;
const YEAR_RANGE = /^(\d{4})?-(\d{4})?$/;

/**
 * Reads a search from the address's query string: `q` (the words), one parameter per facet,
 * repeated for each checked value (`speaker=Zhou+Pengju&speaker=Hao+Peng`), `year` as one year
 * (`2023`) or a range (`2021-2023`, `2021-`, `-2023`; reversed ends are swapped) and `sort`
 * (`newest` or `oldest`). Anything else, or a value it cannot read, is ignored.
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const checked = new Map<string, string[]>();
  for (const facet of FACETS) {
    const values = [
      ...new Set(params.getAll(facet.name).flatMap((value) => (value.trim() ? [value.trim()] : []))),
    ];
    if (values.length > 0) checked.set(facet.name, values);
  }
  const sort = SORT_ORDERS.find(({ value }) => value === params.get('sort'))?.value ?? 'relevance';
  return { query: (params.get('q') ?? '').trim(), checked, years: parseYears(params.get(YEAR_FILTER)), sort };
}

function parseYears(value: string | null): YearRange {
  const text = value?.trim() ?? '';
  if (YEAR.test(text)) return { from: text, to: text };
  const range = YEAR_RANGE.exec(text);
  if (!range) return {};
  const [from, to] = [range[1], range[2]];
  if (from && to && from > to) return { from: to, to: from };
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/**
 * Writes a search as a query string, `?` included, or `''` for the empty search: the inverse of
 * `parseSearchState`, with parameters always in one order (words, facets as the page shows them,
 * years, sort) so one search has one address.
 */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const facet of FACETS) {
    for (const value of new Set(state.checked.get(facet.name) ?? [])) params.append(facet.name, value);
  }
  const { from, to } = orderedYears(state.years);
  if (from || to) params.set(YEAR_FILTER, from === to ? (from ?? '') : `${from ?? ''}-${to ?? ''}`);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function orderedYears({ from, to }: YearRange): YearRange {
  return from && to && from > to ? { from: to, to: from } : { from, to };
}

/** Whether a search filters by anything (a checked value or a year), words and sort aside. */
export function hasFilters(state: SearchState): boolean {
  return (
    [...state.checked.values()].some((values) => values.length > 0) || !!(state.years.from || state.years.to)
  );
}

/** The same search with every filter cleared, its words and sort kept. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...state, checked: new Map(), years: {} };
}

/** Pagefind's filter argument: a value list per filter, or `{ any: [...] }` for either-or. */
export type PagefindFilters = Record<string, string[] | { any: string[] }>;

/**
 * Turns a search's checked values and year range into Pagefind filters; facets with nothing
 * checked are left out, and so is the year when the range is open at both ends. `knownYears` are
 * the years the index holds: a range matches those inside it, and a range holding none of them
 * matches nothing.
 */
export function toPagefindFilters(state: SearchState, knownYears: readonly string[]): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const facet of FACETS) {
    const values = [...new Set(state.checked.get(facet.name) ?? [])];
    if (values.length === 0) continue;
    filters[facet.name] = facet.match === 'any' ? { any: values } : values;
  }
  const { from, to } = orderedYears(state.years);
  if (from || to) {
    const inside = knownYears.filter((year) => (!from || year >= from) && (!to || year <= to));
    // A year outside the index, so that an empty range finds nothing rather than everything.
    filters[YEAR_FILTER] = { any: inside.length > 0 ? inside : [from ?? to ?? ''] };
  }
  return filters;
}

/** Pagefind's sort argument for an order (`date` is the sort key `SearchMetadata.astro` sets). */
export function toPagefindSort(order: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  if (order === 'newest') return { date: 'desc' };
  if (order === 'oldest') return { date: 'asc' };
  return undefined;
}

/**
 * Facet values for display: the values with results, most results first, then by name. Checked
 * values always stay, even at zero, so they can be unchecked.
 */
export function facetValues(
  counts: Readonly<Record<string, number>>,
  checked: readonly string[],
): { value: string; count: number; checked: boolean }[] {
  const shown = Object.entries(counts)
    .filter(([value, count]) => count > 0 || checked.includes(value))
    .map(([value, count]) => ({ value, count, checked: checked.includes(value) }));
  // A value from a shared address that the index does not hold still shows, so it can be unchecked.
  for (const value of checked) {
    if (!(value in counts)) shown.push({ value, count: 0, checked: true });
  }
  return shown.sort((a, b) => b.count - a.count || compareText(a.value, b.value));
}

/** The years the index holds, oldest first. */
export function yearsOf(counts: Readonly<Record<string, number>>): string[] {
  return Object.keys(counts)
    .filter((year) => YEAR.test(year))
    .sort();
}

/** What a result says about where its words were found (Pagefind's result data, in part). */
export interface MatchedPage {
  url: string;
  /** Word positions of the matches in the page's text. */
  locations: readonly number[];
  /** The same, with Pagefind's score for each; the best scored is the match a result points to. */
  weighted_locations?: readonly { location: number; balanced_score: number }[];
  /** Elements with an `id` in the page's indexed text, each with the word position it starts at. */
  anchors: readonly { id: string; location: number }[];
}

/**
 * The address of the passage holding a result's best match: the page's address with the `id` of
 * the last passage (a speech or a paragraph, `isPassageAnchor`) that starts at or before the match;
 * other ids in the text, such as a glossary term's, are passed over. `undefined` when no passage
 * does, or when a heading of one of the page's own sections (an id ending in `-heading`: Speakers,
 * Themes, Glossary notes ...) comes between that passage and the match, since the match is then in
 * that section rather than in the text.
 */
export function passageUrl(page: MatchedPage): string | undefined {
  const best = [...(page.weighted_locations ?? [])].sort(
    (a, b) => b.balanced_score - a.balanced_score || a.location - b.location,
  )[0];
  const location = best?.location ?? page.locations[0];
  if (location === undefined) return undefined;
  let last: MatchedPage['anchors'][number] | undefined;
  let anchor: MatchedPage['anchors'][number] | undefined;
  for (const candidate of page.anchors) {
    if (candidate.location > location) continue;
    const structural = isPassageAnchor(candidate.id) || candidate.id.endsWith('-heading');
    if (structural && (!last || candidate.location >= last.location)) last = candidate;
    // Of passages starting at the same word, the outermost (listed first) is the one to open.
    if (isPassageAnchor(candidate.id) && (!anchor || candidate.location > anchor.location)) {
      anchor = candidate;
    }
  }
  // A match in one of the page's own sections (Speakers, Themes, Glossary notes) is not in a passage.
  if (!anchor || !last || last.id.endsWith('-heading')) return undefined;
  return `${page.url.replace(/#.*$/, '')}#${encodeURIComponent(anchor.id)}`;
}

/** The results heading: `3 articles found for “meeting”`, `1 article matches the filters`. */
export function resultSummary(count: number, query: string): string {
  const articles = countOf(count, 'article');
  if (query.trim() !== '') return `${articles} found for “${query.trim()}”`;
  return `${articles} ${count === 1 ? 'matches' : 'match'} the filters`;
}

/** The file in `pagefind/` listing the index's parts, one Pagefind bundle per year of publication. */
export const SEARCH_SHARDS_FILE = 'shards.json';

/** One year's Pagefind bundle, as `pagefind/shards.json` lists it. */
export interface SearchShard {
  /** The year of publication of every page in the bundle. */
  year: string;
  /** The bundle's folder, relative to `pagefind/`, ending in `/`. */
  path: string;
  /** How many article pages the bundle holds. */
  pages: number;
}

/** `pagefind/shards.json`: the year bundles, newest first. */
export interface SearchShards {
  shards: SearchShard[];
}

/** The results of one year to show: skip the first `skip` of that year's date-sorted results, take `take`. */
export interface YearSlice {
  year: string;
  skip: number;
  take: number;
}

/**
 * Which years to search, and which of each year's results to take, to list results `offset` to
 * `offset + size` of a search sorted by date, given how many results each year has (`counts`, the
 * merged search's `year` facet). Each bundle holds one year, so date order across the archive is
 * the years in order (newest first for `newest`, oldest first for `oldest`), each in the order its
 * own index gives. Years without results are skipped; the slices come in the order to show them.
 */
export function yearSlices(
  counts: Readonly<Record<string, number>>,
  order: 'newest' | 'oldest',
  offset: number,
  size: number,
): YearSlice[] {
  const years = yearsOf(counts);
  if (order === 'newest') years.reverse();
  const slices: YearSlice[] = [];
  let start = 0;
  const end = offset + size;
  for (const year of years) {
    const count = Math.max(0, Math.floor(counts[year] ?? 0));
    const from = Math.max(offset, start);
    const to = Math.min(end, start + count);
    if (to > from) slices.push({ year, skip: from - start, take: to - from });
    start += count;
    if (start >= end) break;
  }
  return slices;
}
