import { describe, expect, it } from 'vitest';
import {
  FACETS,
  facetValues,
  resultSummary,
  toPagefindFilters,
  toPagefindSort,
} from '../../../src/core/search.ts';

const facet = (name: string) => {
  const found = FACETS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no facet ${name}`);
  return found;
};

describe('toPagefindFilters', () => {
  it('is empty when nothing is checked', () => expect(toPagefindFilters(new Map())).toEqual({}));

  it('requires every checked speaker and theme, but any checked source or year', () => {
    const checked = new Map([
      ['speaker', ['Zhou Pengju', 'Zhang Jianjun']],
      ['year', ['2023', '2022']],
      ['theme', []],
    ]);
    expect(toPagefindFilters(checked)).toEqual({
      speaker: ['Zhou Pengju', 'Zhang Jianjun'],
      year: { any: ['2023', '2022'] },
    });
  });

  it('ignores a value checked twice and filters that are not facets', () => {
    expect(
      toPagefindFilters(
        new Map([
          ['source', ['A', 'A']],
          ['colour', ['red']],
        ]),
      ),
    ).toEqual({ source: { any: ['A'] } });
  });
});

describe('toPagefindSort', () => {
  it.each([
    ['newest', { date: 'desc' }],
    ['oldest', { date: 'asc' }],
    ['relevance', undefined],
    ['nonsense', undefined],
  ])('%s → %j', (order, sort) => expect(toPagefindSort(order)).toEqual(sort));
});

describe('facetValues', () => {
  it('orders values by count then name, and hides empty ones unless checked', () => {
    expect(
      facetValues(
        facet('speaker'),
        { 'Zhou Pengju': 2, 'Hao Peng': 2, 'Xi Jinping': 5, Nobody: 0, 'Zhang Jianjun': 0 },
        ['Zhang Jianjun'],
      ),
    ).toEqual([
      { value: 'Xi Jinping', count: 5, checked: false },
      { value: 'Hao Peng', count: 2, checked: false },
      { value: 'Zhou Pengju', count: 2, checked: false },
      { value: 'Zhang Jianjun', count: 0, checked: true },
    ]);
  });

  it('orders years newest first', () => {
    expect(facetValues(facet('year'), { '2021': 22, '2023': 2, '2022': 1 }, []).map((v) => v.value)).toEqual([
      '2023',
      '2022',
      '2021',
    ]);
  });
});

describe('resultSummary', () => {
  it.each([
    [1, 'gazelles', '1 article found for “gazelles”'],
    [3, '  meeting ', '3 articles found for “meeting”'],
    [0, '', '0 articles match the filters'],
    [1, '', '1 article matches the filters'],
  ])('%i results for %j', (count, query, text) => expect(resultSummary(count, query)).toBe(text));
});
