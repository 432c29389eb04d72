import { describe, expect, it } from 'vitest';
import {
  authorityLinks,
  buildProfiles,
  peopleAtoZ,
  rolesOverTime,
  takingPartInWords,
} from '../../../src/site/people.ts';
import { archiveOf, article, person } from '../../support/archive.ts';

const mayor = person('zhou-pengju', 'Zhou Pengju');
const deputy = person('zhang-jianjun', 'Zhang Jianjun');
const namesake = person('zhang-jianjun-county', 'Zhang Jianjun');
const leader = person('xi-jinping', 'Xi Jinping', { originalName: '习近平' });

const conference = article('2023-04-17-conference', '2023-04-17', {
  speakers: [
    {
      person: 'zhou-pengju',
      role: 'Deputy Secretary of the Municipal Party Committee and Mayor',
      act: 'delivered a speech',
    },
    { person: 'zhang-jianjun', role: 'Deputy Mayor', act: 'presided' },
  ],
  mentions: [{ person: 'xi-jinping', role: 'General Secretary' }],
});
const meeting = article('2023-05-10-meeting', '2023-05-10', {
  speakers: [{ person: 'zhou-pengju', role: 'Mayor', act: 'presided' }],
  mentions: [{ person: 'zhang-jianjun', role: 'Deputy Mayor' }],
});
const county = article('2022-11-20-county', '2022-11-20', {
  speakers: [{ person: 'zhang-jianjun-county', role: 'county head', act: 'delivered a speech' }],
});
const archive = archiveOf([meeting, conference, county], [mayor, deputy, namesake, leader]);

describe('a person profile', () => {
  const profiles = buildProfiles(archive);

  it("lists a speaker's appearances newest first, with role and act", () => {
    const appearances = profiles.get('zhou-pengju')?.appearances ?? [];
    expect(appearances.map((entry) => [entry.article.id, entry.as, entry.role, entry.act])).toEqual([
      ['2023-05-10-meeting', 'speaker', 'Mayor', 'presided'],
      [
        '2023-04-17-conference',
        'speaker',
        'Deputy Secretary of the Municipal Party Committee and Mayor',
        'delivered a speech',
      ],
    ]);
  });

  it('counts being mentioned as an appearance, without an act', () => {
    const appearances = profiles.get('zhang-jianjun')?.appearances ?? [];
    expect(appearances.map((entry) => [entry.article.id, entry.as, entry.act])).toEqual([
      ['2023-05-10-meeting', 'mentioned', undefined],
      ['2023-04-17-conference', 'speaker', 'presided'],
    ]);
  });

  it('keeps two people with the same name apart', () => {
    expect(profiles.get('zhang-jianjun')?.appearances).toHaveLength(2);
    expect(profiles.get('zhang-jianjun-county')?.appearances.map((entry) => entry.article.id)).toEqual([
      '2022-11-20-county',
    ]);
  });

  it('counts as taking part together only people who spoke at the same event', () => {
    expect(profiles.get('zhou-pengju')?.tookPartWith.map((entry) => [entry.person.id, entry.count])).toEqual([
      ['zhang-jianjun', 1],
    ]);
  });

  it('counts people merely named in the same articles apart', () => {
    expect(profiles.get('zhou-pengju')?.namedWith.map((entry) => [entry.person.id, entry.count])).toEqual([
      ['xi-jinping', 1],
      ['zhang-jianjun', 1],
    ]);
  });

  it('never says a mentioned person took part with anyone', () => {
    expect(profiles.get('xi-jinping')?.tookPartWith).toEqual([]);
    expect(profiles.get('xi-jinping')?.namedWith.map((entry) => entry.person.id)).toEqual([
      'zhang-jianjun',
      'zhou-pengju',
    ]);
  });

  it('counts the articles someone spoke in apart from those that only mention them', () => {
    expect(profiles.get('zhang-jianjun')).toMatchObject({ spoke: 1, mentioned: 1 });
    expect(profiles.get('xi-jinping')).toMatchObject({ spoke: 0, mentioned: 1 });
  });

  it('dates an appearance by the event day when the article gives one, else by publication', () => {
    const reported = article('2023-04-17-report', '2023-04-17', {
      eventDate: '2023-04-14',
      speakers: [{ person: 'zhou-pengju', role: 'Mayor', act: 'presided' }],
    });
    const later = article('2023-04-16-later', '2023-04-16', {
      speakers: [{ person: 'zhou-pengju', role: 'Mayor', act: 'presided' }],
    });
    const appearances = buildProfiles(archiveOf([reported, later], [mayor])).get('zhou-pengju')?.appearances;
    expect(appearances?.map((entry) => [entry.article.id, entry.day])).toEqual([
      ['2023-04-16-later', '2023-04-16'],
      ['2023-04-17-report', '2023-04-14'],
    ]);
  });

  it('gives a person in no article an empty profile', () => {
    const lonely = buildProfiles(archiveOf([], [mayor])).get('zhou-pengju');
    expect(lonely).toMatchObject({ appearances: [], roles: [], tookPartWith: [], namedWith: [], spoke: 0 });
  });

  it('ignores an article that names someone twice, as speaker and as mentioned', () => {
    const twice = article('twice', '2023-01-01', {
      speakers: [{ person: 'zhou-pengju', role: 'Mayor', act: 'presided' }],
      mentions: [{ person: 'zhou-pengju', role: 'Mayor' }],
    });
    const appearances = buildProfiles(archiveOf([twice], [mayor])).get('zhou-pengju')?.appearances ?? [];
    expect(appearances.map((entry) => entry.as)).toEqual(['speaker']);
  });
});

describe('roles over time', () => {
  it('groups wordings of one role, dated by the days the articles attest, oldest role first', () => {
    const profiles = buildProfiles(
      archiveOf(
        [
          article('c', '2023-06-01', {
            eventDate: '2023-05-30',
            speakers: [{ person: 'zhou-pengju', role: 'the mayor', act: 'presided' }],
          }),
          meeting,
          conference,
        ],
        [mayor, deputy, leader],
      ),
    );
    expect(
      profiles.get('zhou-pengju')?.roles.map((group) => ({
        label: group.label,
        first: group.first,
        last: group.last,
        wordings: group.wordings.map((entry) => entry.wording),
      })),
    ).toEqual([
      {
        label: 'Deputy Secretary of the Municipal Party Committee and Mayor',
        first: '2023-04-17',
        last: '2023-04-17',
        wordings: ['Deputy Secretary of the Municipal Party Committee and Mayor'],
      },
      { label: 'Mayor', first: '2023-05-10', last: '2023-05-30', wordings: ['Mayor', 'the mayor'] },
    ]);
  });

  it('has no roles when no article states one', () => {
    expect(rolesOverTime([{ article: conference, day: conference.published, as: 'mentioned' }])).toEqual([]);
  });
});

describe('taking part in words', () => {
  it.each([
    [0, 0, 'No article names them yet.'],
    [1, 0, 'Spoke at 1 event.'],
    [0, 9, 'Mentioned in 9 articles; spoke at none of the events.'],
    [2, 7, 'Spoke at 2 events; mentioned in 7 other articles.'],
  ])('spoke %i, mentioned %i: %s', (spoke, mentioned, words) => {
    expect(takingPartInWords({ spoke, mentioned })).toBe(words);
    expect(takingPartInWords({ spoke, mentioned })).not.toMatch(/\b0\b/);
  });
});

describe('authority links', () => {
  it('links a Wikidata id to its item', () => {
    expect(authorityLinks({ ...leader, wikidata: 'Q15031' })).toEqual([
      { authority: 'Wikidata', id: 'Q15031', href: 'https://www.wikidata.org/wiki/Q15031' },
    ]);
  });

  it('has none when the person file names none', () => {
    expect(authorityLinks(leader)).toEqual([]);
  });
});

describe('the A to Z index of people', () => {
  it('groups by first letter, sorts by name then id, and counts appearances', () => {
    const groups = peopleAtoZ(buildProfiles(archive).values());
    expect(
      groups.map((group) => [group.letter, group.people.map((entry) => `${entry.person.id}:${entry.count}`)]),
    ).toEqual([
      ['X', ['xi-jinping:1']],
      ['Z', ['zhang-jianjun:2', 'zhang-jianjun-county:1', 'zhou-pengju:2']],
    ]);
  });

  it('files names that do not start with a Latin letter under #, after Z', () => {
    const groups = peopleAtoZ(
      buildProfiles(archiveOf([], [person('wang', '王小明'), person('eric', 'Éric Dupont')])).values(),
    );
    expect(groups.map((group) => group.letter)).toEqual(['E', '#']);
  });

  it('is empty for an archive without people', () => {
    expect(peopleAtoZ(buildProfiles(archiveOf([], [])).values())).toEqual([]);
  });
});
