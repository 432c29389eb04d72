import { describe, expect, it } from 'vitest';
import { compareSearchPlaces, inSearchOrder, type SearchPlace } from '../../../src/core/search-order.ts';

describe('compareSearchPlaces', () => {
  it('puts the newer year first, and within a year the lower address first', () => {
    const places: SearchPlace[] = [
      { year: '2021', url: '/articles/b/' },
      { year: '2023', url: '/articles/z/' },
      { year: '2021', url: '/articles/a/' },
      { year: '2023', url: '/articles/a/' },
    ];
    expect([...places].sort(compareSearchPlaces)).toEqual([
      { year: '2023', url: '/articles/a/' },
      { year: '2023', url: '/articles/z/' },
      { year: '2021', url: '/articles/a/' },
      { year: '2021', url: '/articles/b/' },
    ]);
  });

  it('orders addresses as strings, not ids: /articles/a-b/ comes before /articles/a/', () => {
    expect(
      compareSearchPlaces({ year: '2023', url: '/articles/a-b/' }, { year: '2023', url: '/articles/a/' }),
    ).toBeLessThan(0);
    expect(
      compareSearchPlaces({ year: '2023', url: '/articles/a/' }, { year: '2023', url: '/articles/a/' }),
    ).toBe(0);
  });
});

describe('inSearchOrder', () => {
  it('sorts items by their place and leaves the list it was given alone', () => {
    const articles = [
      { id: 'old', published: '2019-01-02' },
      { id: 'new-b', published: '2023-12-31' },
      { id: 'new-a', published: '2023-01-01' },
    ];
    const sorted = inSearchOrder(articles, (article) => ({
      year: article.published.slice(0, 4),
      url: `/articles/${article.id}/`,
    }));
    expect(sorted.map(({ id }) => id)).toEqual(['new-a', 'new-b', 'old']);
    expect(articles.map(({ id }) => id)).toEqual(['old', 'new-b', 'new-a']);
  });
});
