/** Splits a list into numbered pages. */
import { countOf } from '../core/text.ts';

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages there are in all (at least 1, even for an empty list). */
  count: number;
  items: T[];
  /** Number of the first item on this page, 1-based; 0 when the list is empty. */
  firstItem: number;
  totalItems: number;
}

/** Cuts `items` into pages of `size`; an empty list still gives one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`page size must be a positive integer, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
    firstItem: items.length === 0 ? 0 : index * size + 1,
    totalItems: items.length,
  }));
}

/**
 * The `[...page]` route parameter of page `n` of a listing: none for page 1 (the listing's own
 * URL), `page/<n>` after it. Matches `createUrls().theme(id, n)` and `.source(id, n)`.
 */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `page/${n}`;
}

/** "Articles 21 to 40 of 45, newest first", or "3 articles, newest first" when all fit on one page. */
export function describePage(page: Page<unknown>): string {
  if (page.count <= 1) return `${countOf(page.totalItems, 'article')}, newest first`;
  const last = page.firstItem + page.items.length - 1;
  return `Articles ${page.firstItem} to ${last} of ${page.totalItems}, newest first`;
}

/**
 * Which page numbers a pagination bar shows: the first, the last, and `radius` either side of
 * the current one, with `null` where numbers are skipped.
 */
export function pageWindow(current: number, count: number, radius = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= count; n += 1) {
    if (n === 1 || n === count || Math.abs(n - current) <= radius) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
