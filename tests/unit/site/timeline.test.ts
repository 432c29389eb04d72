import { describe, expect, it } from 'vitest';
import type { RectMark } from '../../../src/site/charts.ts';
import { buildProfiles } from '../../../src/site/people.ts';
import { monthInWords, NO_ROLE_LANE, personTimeline } from '../../../src/site/timeline.ts';
import { archiveOf, article, person } from '../../support/archive.ts';

const mayor = person('zhou-pengju', 'Zhou Pengju');
const spoke = (id: string, published: string, role: string, eventDate?: string) =>
  article(id, published, {
    ...(eventDate ? { eventDate } : {}),
    speakers: [{ person: 'zhou-pengju', role, act: 'presided' }],
  });
const mentioned = (id: string, published: string, role?: string) =>
  article(id, published, { mentions: [{ person: 'zhou-pengju', ...(role ? { role } : {}) }] });

function timelineOf(...articles: ReturnType<typeof article>[]) {
  const profile = buildProfiles(archiveOf(articles, [mayor])).get('zhou-pengju');
  if (!profile) throw new Error('fixture profile missing');
  return { timeline: personTimeline(profile), profile };
}

describe('a person’s timeline', () => {
  it('names the chart after the person', () => {
    expect(timelineOf(spoke('a', '2023-04-17', 'Mayor')).timeline?.title).toBe(
      'Zhou Pengju’s appearances by month',
    );
  });

  it('counts appearances by the month of the event, spoke and mentioned apart, in the table rows', () => {
    const { timeline } = timelineOf(
      spoke('a', '2023-05-02', 'Mayor', '2023-04-28'),
      spoke('b', '2023-04-10', 'the mayor'),
      mentioned('c', '2023-04-20', 'Deputy Secretary'),
      mentioned('d', '2023-06-01'),
    );
    expect(timeline?.months).toEqual([
      { month: '2023-04', spoke: 2, mentioned: 1, roles: [1, 2], withoutRole: 0 },
      { month: '2023-06', spoke: 0, mentioned: 1, roles: [], withoutRole: 1 },
    ]);
    expect(timeline?.hasNoRoleLane).toBe(true);
  });

  it('draws a lane per role group, numbered as the list of roles, and one for no role', () => {
    const { timeline } = timelineOf(
      spoke('a', '2023-04-10', 'Mayor'),
      mentioned('b', '2023-06-20', 'Deputy Secretary'),
      mentioned('c', '2023-07-01'),
    );
    const labels = timeline?.scene.marks.flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
    expect(labels).toEqual(expect.arrayContaining(['1', '2', NO_ROLE_LANE]));
    const laneMarks = timeline?.scene.marks.filter(
      (mark): mark is RectMark => mark.kind === 'rect' && (mark.title ?? '').includes(', '),
    );
    expect(laneMarks?.map((mark) => [mark.tone, mark.title])).toEqual([
      ['spoke', 'April 2023, Mayor: spoke at 1 event'],
      ['mentioned', 'June 2023, Deputy Secretary: mentioned in 1 article'],
      ['mentioned', 'July 2023, no role stated: mentioned in 1 article'],
    ]);
  });

  it('is readable with one appearance: a year of months around a single column', () => {
    const { timeline } = timelineOf(spoke('a', '2023-04-17', 'Mayor'));
    const columns = timeline?.scene.marks.filter(
      (mark): mark is RectMark =>
        mark.kind === 'rect' && mark.tone === 'spoke' && !(mark.title ?? '').includes(', '),
    );
    expect(columns).toHaveLength(1);
    expect(columns?.[0]?.width).toBeLessThan(60);
    expect(timeline?.summary).toContain('1 appearance in April 2023, in 1 month: spoke at 1 event');
  });

  it('is readable with hundreds of appearances: one column per month, none outside the chart', () => {
    const articles = Array.from({ length: 400 }, (_, n) => {
      const day = `${2014 + Math.floor(n / 40)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
      return n % 3 === 0
        ? mentioned(`m-${n}`, day, 'Mayor')
        : spoke(`s-${n}`, day, n % 2 ? 'Mayor' : 'Deputy Mayor');
    });
    const { timeline } = timelineOf(...articles);
    if (!timeline) throw new Error('no timeline');
    expect(timeline.summary).toContain('400 appearances from January 2014 to December 2023');
    for (const mark of timeline.scene.marks) {
      if (mark.kind === 'rect') expect(mark.x + mark.width).toBeLessThanOrEqual(timeline.scene.width);
    }
    const total = timeline.months.reduce((sum, row) => sum + row.spoke + row.mentioned, 0);
    expect(total).toBe(400);
  });

  it('has no timeline for someone in no article', () => {
    expect(timelineOf().timeline).toBeUndefined();
  });
});

describe('monthInWords', () => {
  it.each([
    [{ spoke: 2, mentioned: 0 }, 'spoke at 2 events'],
    [{ spoke: 0, mentioned: 1 }, 'mentioned in 1 article'],
    [{ spoke: 1, mentioned: 3 }, 'spoke at 1 event, mentioned in 3 articles'],
    [{ spoke: 0, mentioned: 0 }, 'no appearances'],
  ])('%j is "%s"', (counts, words) => expect(monthInWords(counts)).toBe(words));
});
