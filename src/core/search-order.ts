/**
 * The order in which article pages are rendered and indexed for search. The search index is built
 * in parts, one per year of publication, and Pagefind's bundle depends on the order it is given
 * the pages in, so the build indexes each year's pages in one order however they reach it: by
 * address. The article route renders its pages newest year first, each year by address
 * (`src/pages/articles/[id].astro`), so the search step can index each year while the pages
 * render, one year at a time (`src/integrations/search-live.ts`); pages indexed from the output
 * folder afterwards go in the same order (`src/integrations/pagefind.ts`).
 */

/** Where an article page stands in the search index: its year of publication and its address. */
export interface SearchPlace {
  /** The year of publication, `YYYY`: the part of the index the page goes into. */
  year: string;
  /** The page's address; base path or not, as long as every page is given alike. */
  url: string;
}

/** Newest year first; within a year, by address (code unit order, as JavaScript sorts strings). */
export function compareSearchPlaces(a: SearchPlace, b: SearchPlace): number {
  if (a.year !== b.year) return a.year < b.year ? 1 : -1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/** `items` sorted by `compareSearchPlaces` of each item's place; `items` itself is left as it is. */
export function inSearchOrder<T>(items: readonly T[], placeOf: (item: T) => SearchPlace): T[] {
  return items
    .map((item) => ({ item, place: placeOf(item) }))
    .sort((a, b) => compareSearchPlaces(a.place, b.place))
    .map(({ item }) => item);
}
