import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/schemas.ts';
import { buildOverview, SPEAKER_LIMIT } from '../../../src/site/overview.ts';
import { buildProfiles } from '../../../src/site/people.ts';
import { archiveOf, article, person } from '../../support/archive.ts';

const people = Array.from({ length: SPEAKER_LIMIT + 3 }, (_, n) => person(`p-${n}`, `Person ${n}`));

function overviewOf(articles: Article[]) {
  const archive = archiveOf(articles, people);
  return buildOverview(archive, buildProfiles(archive).values());
}

describe('the overview', () => {
  it('counts articles in every month from the first to the last, empty months included', () => {
    const overview = overviewOf([
      article('a', '2023-01-05'),
      article('b', '2023-03-20'),
      article('c', '2023-03-21'),
    ]);
    expect(overview?.months).toEqual([
      { month: '2023-01', count: 1 },
      { month: '2023-02', count: 0 },
      { month: '2023-03', count: 2 },
    ]);
    expect(overview?.perMonth.summary).toBe(
      '3 articles from January 2023 to March 2023, by the month the source published them; the most, 2, in March 2023.',
    );
  });

  it('ranks speakers by the events they spoke at, not by mentions, and keeps the first few', () => {
    const articles = people.flatMap((speaker, n) =>
      Array.from({ length: n + 1 }, (_, k) =>
        article(`${speaker.id}-${k}`, '2023-04-01', {
          speakers: [{ person: speaker.id, role: 'Mayor', act: 'presided' }],
          mentions: n === 0 ? [] : [{ person: 'p-0' }],
        }),
      ),
    );
    const overview = overviewOf(articles);
    expect(overview?.speakers).toHaveLength(SPEAKER_LIMIT);
    expect(overview?.speakers[0]).toMatchObject({
      person: { id: `p-${SPEAKER_LIMIT + 2}` },
      spoke: SPEAKER_LIMIT + 3,
    });
    expect(overview?.speakers.map((entry) => entry.person.id)).not.toContain('p-0');
  });

  it('counts themes by year once the archive spans three years, most frequent theme first', () => {
    const overview = overviewOf([
      article('a', '2021-05-01', { themes: ['science'] }),
      article('b', '2023-04-17', { themes: ['talent', 'science'] }),
      article('c', '2023-08-01', { themes: ['science'] }),
    ]);
    expect(overview?.periods.map((period) => period.label)).toEqual(['2021', '2022', '2023']);
    expect(overview?.themes.map(({ theme, counts, total }) => [theme.id, counts, total])).toEqual([
      ['science', [1, 0, 2], 3],
      ['talent', [0, 0, 1], 1],
    ]);
  });

  it('counts themes by month in a shorter archive', () => {
    const overview = overviewOf([article('a', '2023-04-17'), article('b', '2023-06-01')]);
    expect(overview?.periods.map((period) => period.label)).toEqual(['Apr 2023', 'May 2023', 'Jun 2023']);
    expect(overview?.themes[0]?.counts).toEqual([1, 0, 1]);
  });

  it('says so when no article names a speaker', () => {
    expect(overviewOf([article('a', '2023-04-17')])?.speakersChart.summary).toBe(
      'No article names a speaker yet.',
    );
  });

  it('is undefined for an empty archive', () => {
    expect(overviewOf([])).toBeUndefined();
  });
});
