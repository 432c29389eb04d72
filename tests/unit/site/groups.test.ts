import { describe, expect, it } from 'vitest';
import { groupBySource, groupByTheme, groupByYear } from '../../../src/site/groups.ts';
import { article } from '../../support/archive.ts';

const newestFirst = [
  article('c', '2023-05-10', { themes: ['talent', 'enterprise-cultivation'] }),
  article('b', '2023-04-17', { themes: ['talent', 'talent'] }),
  article('a', '2022-11-20', { themes: ['enterprise-cultivation'], source: 'liaoning-daily' }),
];

describe('grouping articles', () => {
  it('files each article under each of its themes once, keeping newest first', () => {
    const byTheme = groupByTheme(newestFirst, ['talent', 'enterprise-cultivation', 'unused']);
    expect(byTheme.get('talent')?.map((entry) => entry.id)).toEqual(['c', 'b']);
    expect(byTheme.get('enterprise-cultivation')?.map((entry) => entry.id)).toEqual(['c', 'a']);
    expect(byTheme.get('unused')).toEqual([]);
  });

  it('files articles under their source', () => {
    const bySource = groupBySource(newestFirst);
    expect(bySource.get('fuxin-news-network')?.map((entry) => entry.id)).toEqual(['c', 'b']);
    expect(bySource.get('liaoning-daily')?.map((entry) => entry.id)).toEqual(['a']);
  });

  it('groups by year and month with counts', () => {
    expect(
      groupByYear(newestFirst).map(({ year, count, months }) => [
        year,
        count,
        months.map((m) => `${m.month}:${m.articles.length}`),
      ]),
    ).toEqual([
      ['2023', 2, ['05:1', '04:1']],
      ['2022', 1, ['11:1']],
    ]);
  });

  it('has no years for no articles', () => {
    expect(groupByYear([])).toEqual([]);
  });
});
