import { describe, expect, it } from 'vitest';
import { pageWindow, paginate } from '~/lib/pagination';

describe('paginate', () => {
  it('cuts a list into full pages and a last partial page', () => {
    const pages = paginate(Array.from({ length: 45 }, (_, index) => index), 20);
    expect(pages.map((page) => [page.number, page.count, page.items.length, page.firstItem])).toEqual([
      [1, 3, 20, 1],
      [2, 3, 20, 21],
      [3, 3, 5, 41],
    ]);
  });

  it('gives one empty page for an empty list', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, count: 1, items: [], firstItem: 0, totalItems: 0 }]);
  });

  it('does not add an empty page when the list fills the last page exactly', () => {
    expect(paginate([1, 2, 3, 4], 2)).toHaveLength(2);
  });

  it.each([0, -1, 1.5])('refuses a page size of %d', (size) => {
    expect(() => paginate([1], size)).toThrow(/page size/);
  });
});

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, null, 5]],
    [5, 10, [1, null, 3, 4, 5, 6, 7, null, 10]],
    [10, 10, [1, null, 8, 9, 10]],
    [3, 5, [1, 2, 3, 4, 5]],
  ])('on page %d of %d shows %j', (current, count, expected) => {
    expect(pageWindow(current, count)).toEqual(expected);
  });
});
