import { describe, expect, it } from 'vitest';
import { buildProfiles, peopleAtoZ, rolesOverTime } from '../../../src/site/people.ts';
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

  it('lists the people someone most often appears with', () => {
    expect(profiles.get('zhou-pengju')?.companions.map((entry) => [entry.person.id, entry.count])).toEqual([
      ['zhang-jianjun', 2],
      ['xi-jinping', 1],
    ]);
  });

  it('gives a person in no article an empty profile', () => {
    const lonely = buildProfiles(archiveOf([], [mayor])).get('zhou-pengju');
    expect(lonely).toMatchObject({ appearances: [], roles: [], companions: [] });
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
  it('gives each stated role its first and last day, oldest role first', () => {
    const profiles = buildProfiles(
      archiveOf(
        [
          article('c', '2023-06-01', {
            speakers: [{ person: 'zhou-pengju', role: 'mayor', act: 'presided' }],
          }),
          meeting,
          conference,
        ],
        [mayor, deputy, leader],
      ),
    );
    expect(profiles.get('zhou-pengju')?.roles).toEqual([
      {
        role: 'Deputy Secretary of the Municipal Party Committee and Mayor',
        first: '2023-04-17',
        last: '2023-04-17',
        count: 1,
      },
      { role: 'Mayor', first: '2023-05-10', last: '2023-06-01', count: 2 },
    ]);
  });

  it('has no roles when no article states one', () => {
    expect(rolesOverTime([{ article: conference, as: 'mentioned' }])).toEqual([]);
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
