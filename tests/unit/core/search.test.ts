import { describe, expect, it } from 'vitest';
import {
  EMPTY_SEARCH,
  facetValues,
  hasFilters,
  parseSearchState,
  passageUrl,
  resultSummary,
  searchQueryString,
  toPagefindFilters,
  toPagefindSort,
  withoutFilters,
  yearSlices,
  yearsOf,
  type SearchState,
} from '../../../src/core/search.ts';

const search = (overrides: Partial<SearchState>): SearchState => ({ ...EMPTY_SEARCH, ...overrides });

describe('parseSearchState', () => {
  it('reads nothing from an empty address', () => expect(parseSearchState('')).toEqual(EMPTY_SEARCH));

  it('reads the words, every checked value of every facet, the years and the sort', () => {
    expect(
      parseSearchState(
        '?q=science+meeting&speaker=Zhou+Pengju&speaker=Zhang%20Jianjun&mentioned=Xi+Jinping&theme=Talent&source=Fuxin+News+Network&year=2021-2023&sort=oldest',
      ),
    ).toEqual({
      query: 'science meeting',
      checked: new Map([
        ['speaker', ['Zhou Pengju', 'Zhang Jianjun']],
        ['mentioned', ['Xi Jinping']],
        ['theme', ['Talent']],
        ['source', ['Fuxin News Network']],
      ]),
      years: { from: '2021', to: '2023' },
      sort: 'oldest',
    });
  });

  it('reads names in Chinese characters', () => {
    const state = parseSearchState(
      `?q=${encodeURIComponent('周鹏举')}&mentioned=${encodeURIComponent('郝鹏')}`,
    );
    expect(state.query).toBe('周鹏举');
    expect(state.checked.get('mentioned')).toEqual(['郝鹏']);
  });

  it.each([
    ['2023', { from: '2023', to: '2023' }],
    ['2021-2023', { from: '2021', to: '2023' }],
    ['2023-2021', { from: '2021', to: '2023' }],
    ['2021-', { from: '2021' }],
    ['-2022', { to: '2022' }],
    ['-', {}],
    ['23', {}],
    ['last year', {}],
    ['2021-2023-2025', {}],
  ])('reads year=%s as %j', (year, years) => expect(parseSearchState(`?year=${year}`).years).toEqual(years));

  it('ignores an unknown sort, unknown parameters, blank values and a value given twice', () => {
    expect(
      parseSearchState('?sort=random&colour=red&speaker=&speaker=+Hao+Peng+&speaker=Hao+Peng&q=++'),
    ).toEqual(search({ checked: new Map([['speaker', ['Hao Peng']]]) }));
  });
});

describe('searchQueryString', () => {
  it('is empty for the empty search, so the page keeps its plain address', () =>
    expect(searchQueryString(EMPTY_SEARCH)).toBe(''));

  it('writes one address per search: words, facets in page order, years, then sort', () => {
    const state = search({
      query: 'meeting',
      checked: new Map([
        ['theme', ['Talent']],
        ['speaker', ['Zhou Pengju']],
      ]),
      years: { from: '2022', to: '2022' },
      sort: 'newest',
    });
    expect(searchQueryString(state)).toBe(
      '?q=meeting&speaker=Zhou+Pengju&theme=Talent&year=2022&sort=newest',
    );
  });

  it.each([
    [{ from: '2021', to: '2023' }, '?year=2021-2023'],
    [{ from: '2023', to: '2021' }, '?year=2021-2023'],
    [{ from: '2021' }, '?year=2021-'],
    [{ to: '2022' }, '?year=-2022'],
  ])('writes the years %j as %s', (years, text) => expect(searchQueryString(search({ years }))).toBe(text));

  it.each([
    '?q=%E5%91%A8%E9%B9%8F%E4%B8%BE&mentioned=Hao+Peng&mentioned=Xi+Jinping&year=2020-&sort=oldest',
    '?speaker=Zhang+Jianjun&source=A%26B+%3D+news',
    '?q=%22exact+words%22',
  ])('reads back what it wrote: %s', (text) => expect(searchQueryString(parseSearchState(text))).toBe(text));
});

describe('hasFilters and withoutFilters', () => {
  const filtered = search({
    query: 'meeting',
    checked: new Map([['speaker', ['Zhou Pengju']]]),
    years: { from: '2021' },
    sort: 'newest',
  });

  it('counts checked values and years as filters, but not words or the sort', () => {
    expect(hasFilters(filtered)).toBe(true);
    expect(hasFilters(search({ years: { to: '2020' } }))).toBe(true);
    expect(hasFilters(search({ query: 'meeting', sort: 'oldest' }))).toBe(false);
  });

  it('clears the filters and keeps the words and the sort', () => {
    expect(withoutFilters(filtered)).toEqual(search({ query: 'meeting', sort: 'newest' }));
    expect(searchQueryString(withoutFilters(filtered))).toBe('?q=meeting&sort=newest');
  });
});

describe('toPagefindFilters', () => {
  const known = ['2020', '2021', '2022', '2023'];

  it('is empty when nothing is checked and every year is in', () =>
    expect(toPagefindFilters(EMPTY_SEARCH, known)).toEqual({}));

  it('requires every checked speaker, person mentioned and theme, but any checked source', () => {
    const state = search({
      checked: new Map([
        ['speaker', ['Zhou Pengju', 'Zhang Jianjun']],
        ['mentioned', ['Xi Jinping']],
        ['source', ['A', 'B']],
        ['theme', []],
      ]),
    });
    expect(toPagefindFilters(state, known)).toEqual({
      speaker: ['Zhou Pengju', 'Zhang Jianjun'],
      mentioned: ['Xi Jinping'],
      source: { any: ['A', 'B'] },
    });
  });

  it('ignores a value checked twice and filters that are not facets', () => {
    const state = search({
      checked: new Map([
        ['source', ['A', 'A']],
        ['colour', ['red']],
      ]),
    });
    expect(toPagefindFilters(state, known)).toEqual({ source: { any: ['A'] } });
  });

  it.each([
    [{ from: '2021', to: '2022' }, ['2021', '2022']],
    [{ from: '2022' }, ['2022', '2023']],
    [{ to: '2020' }, ['2020']],
    [{ from: '2023', to: '2021' }, ['2021', '2022', '2023']],
    [{ from: '1990', to: '1995' }, ['1990']],
  ])('turns the years %j into any of %j', (years, any) =>
    expect(toPagefindFilters(search({ years }), known)).toEqual({ year: { any } }),
  );
});

describe('toPagefindSort', () => {
  it.each([
    ['newest', { date: 'desc' }],
    ['oldest', { date: 'asc' }],
    ['relevance', undefined],
  ] as const)('%s → %j', (order, sort) => expect(toPagefindSort(order)).toEqual(sort));
});

describe('facetValues', () => {
  it('orders values by count then name, and hides empty ones unless checked', () => {
    expect(
      facetValues({ 'Zhou Pengju': 2, 'Hao Peng': 2, 'Xi Jinping': 5, Nobody: 0, 'Zhang Jianjun': 0 }, [
        'Zhang Jianjun',
      ]),
    ).toEqual([
      { value: 'Xi Jinping', count: 5, checked: false },
      { value: 'Hao Peng', count: 2, checked: false },
      { value: 'Zhou Pengju', count: 2, checked: false },
      { value: 'Zhang Jianjun', count: 0, checked: true },
    ]);
  });

  it('keeps a checked value the index does not hold, so it can be unchecked', () => {
    expect(facetValues({ 'Hao Peng': 1 }, ['No Such Person'])).toEqual([
      { value: 'Hao Peng', count: 1, checked: false },
      { value: 'No Such Person', count: 0, checked: true },
    ]);
  });

  it('is empty when no value has results', () => expect(facetValues({}, [])).toEqual([]));
});

describe('yearsOf', () => {
  it('lists the years the index holds, oldest first', () =>
    expect(yearsOf({ '2023': 2, '2021': 22, '2022': 1 })).toEqual(['2021', '2022', '2023']));
});

describe('passageUrl', () => {
  const url = '/archive/articles/2023-04-17-zhou-pengju/';
  const anchors = [
    { id: 'speakers-heading', location: 35 },
    { id: 'speech-zhou-pengju-1', location: 210 },
    { id: 'speech-zhou-pengju-1-by', location: 210 },
    { id: 'paragraph-3', location: 210 },
    { id: 'paragraph-4', location: 600 },
    { id: 'glossary-use-gazelles', location: 640 },
    { id: 'glossary-notes-heading', location: 800 },
    { id: 'glossary-note-gazelles', location: 803 },
    { id: 'themes-heading', location: 900 },
  ];

  it('points to the passage the best match is in', () => {
    expect(
      passageUrl({
        url,
        locations: [40, 504],
        weighted_locations: [
          { location: 40, balanced_score: 100 },
          { location: 504, balanced_score: 512 },
        ],
        anchors,
      }),
    ).toBe(`${url}#speech-zhou-pengju-1`);
  });

  it('takes the first match when Pagefind gives no scores', () =>
    expect(passageUrl({ url, locations: [620, 700], anchors })).toBe(`${url}#paragraph-4`));

  it('passes over a glossary term to the paragraph it is in', () =>
    expect(passageUrl({ url, locations: [650], anchors })).toBe(`${url}#paragraph-4`));

  it.each([
    ['before any passage (the title, the names in Chinese)', [0]],
    ['in the list of speakers', [40]],
    ['in the glossary notes', [810]],
    ['in the themes', [905]],
    ['nowhere', []],
  ])('gives no passage for a match %s', (_where, locations) =>
    expect(passageUrl({ url, locations, anchors })).toBeUndefined(),
  );

  it('gives no passage for a page without anchors', () =>
    expect(passageUrl({ url, locations: [300], anchors: [] })).toBeUndefined());
});

describe('resultSummary', () => {
  it.each([
    [1, 'gazelles', '1 article found for “gazelles”'],
    [3, '  meeting ', '3 articles found for “meeting”'],
    [0, '', '0 articles match the filters'],
    [1, '', '1 article matches the filters'],
  ])('%i results for %j', (count, query, text) => expect(resultSummary(count, query)).toBe(text));
});

describe('yearSlices', () => {
  const counts = { '2021': 22, '2022': 2, '2023': 3, '2020': 1 };

  it.each([
    [
      'the first page, newest first, crossing two year boundaries',
      'newest',
      0,
      20,
      [
        { year: '2023', skip: 0, take: 3 },
        { year: '2022', skip: 0, take: 2 },
        { year: '2021', skip: 0, take: 15 },
      ],
    ],
    [
      'the next page, newest first, ending in the oldest year',
      'newest',
      20,
      20,
      [
        { year: '2021', skip: 15, take: 7 },
        { year: '2020', skip: 0, take: 1 },
      ],
    ],
    [
      'the first page, oldest first',
      'oldest',
      0,
      3,
      [
        { year: '2020', skip: 0, take: 1 },
        { year: '2021', skip: 0, take: 2 },
      ],
    ],
    ['a page inside one year', 'oldest', 5, 10, [{ year: '2021', skip: 4, take: 10 }]],
    ['a page past the last result', 'newest', 28, 20, []],
    [
      'a page ending exactly at a year boundary',
      'newest',
      0,
      5,
      [
        { year: '2023', skip: 0, take: 3 },
        { year: '2022', skip: 0, take: 2 },
      ],
    ],
  ] as const)('%s', (_, order, offset, size, slices) =>
    expect(yearSlices(counts, order, offset, size)).toEqual(slices),
  );

  it('skips years without results and anything that is not a year', () =>
    expect(yearSlices({ '2023': 0, '2022': 2, other: 5, '2021': 1 }, 'newest', 0, 20)).toEqual([
      { year: '2022', skip: 0, take: 2 },
      { year: '2021', skip: 0, take: 1 },
    ]));

  it('gives nothing when no year has results', () => expect(yearSlices({}, 'oldest', 0, 20)).toEqual([]));
});
