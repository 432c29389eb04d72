import { describe, expect, it } from 'vitest';
import { describePage, pageParam, pageWindow, paginate } from '../../../src/site/pagination.ts';
import { createUrls } from '../../../src/core/urls.ts';

describe('paginate', () => {
  it('cuts a list into full pages and a last partial page', () => {
    const pages = paginate(
      Array.from({ length: 45 }, (_, index) => index),
      20,
    );
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

describe('listing pages', () => {
  it('names page 1 by the listing URL and later pages by page/<n>, as the URL scheme does', () => {
    const urls = createUrls('/archive/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
    for (const n of [1, 2, 12]) {
      expect(urls.theme('talent', n)).toBe(
        `/archive/themes/talent/${pageParam(n) ? `${pageParam(n)}/` : ''}`,
      );
      expect(urls.source('fuxin-news-network', n)).toBe(
        `/archive/sources/fuxin-news-network/${pageParam(n) ? `${pageParam(n)}/` : ''}`,
      );
    }
  });

  it('says which articles a page holds, or only how many when one page holds them all', () => {
    const pages = paginate(
      Array.from({ length: 45 }, (_, n) => n),
      20,
    );
    expect(pages.map(describePage)).toEqual([
      'Articles 1 to 20 of 45, newest first',
      'Articles 21 to 40 of 45, newest first',
      'Articles 41 to 45 of 45, newest first',
    ]);
    expect(describePage(paginate([1], 20)[0]!)).toBe('1 article, newest first');
    expect(describePage(paginate([], 20)[0]!)).toBe('0 articles, newest first');
  });
});
