import { describe, expect, it } from 'vitest';
import { groupRoles, roleKey, type RoleAttestation } from '../../../src/core/roles.ts';

const stated = (role: string, day: string, as: RoleAttestation['as'] = 'speaker'): RoleAttestation => ({
  role,
  day,
  as,
});

describe('roleKey', () => {
  describe.each([
    ['capitalisation', 'Deputy Mayor', 'deputy mayor'],
    ['a leading "the"', 'the Mayor', 'Mayor'],
    ['a leading "a"', 'a member of the Standing Committee', 'Member of the Standing Committee'],
    ['spacing', 'Deputy  Secretary\tof the Party', ' Deputy Secretary of the Party '],
    ['a full stop', 'Mayor.', 'Mayor'],
    ['commas', 'Deputy Secretary, Mayor and Secretary', 'Deputy Secretary Mayor and Secretary'],
    ['hyphens', 'vice-chairman of the CPPCC', 'vice chairman of the CPPCC'],
    [
      'curly and straight apostrophes',
      'Mayor of the People’s Government',
      "mayor of the people's government",
    ],
    ['full-width characters', 'Ｍａｙｏｒ', 'Mayor'],
  ])('treats wordings differing only in %s as one role', (_, one, other) => {
    it(`"${one}" and "${other}"`, () => {
      expect(roleKey(one)).toBe(roleKey(other));
    });
  });

  describe.each([
    ['different offices', 'Mayor', 'Deputy Mayor'],
    ['"the" inside the role', 'Secretary of the Committee', 'Secretary of Committee'],
    ['a word that starts with "a"', 'Assistant Mayor', 'sistant Mayor'],
    ['different Chinese titles', '市长', '副市长'],
  ])('keeps %s apart', (_, one, other) => {
    it(`"${one}" and "${other}"`, () => {
      expect(roleKey(one)).not.toBe(roleKey(other));
    });
  });

  it('keeps a role made only of punctuation as it is written', () => {
    expect(roleKey(' — ')).toBe('—');
  });
});

describe('groupRoles', () => {
  it('groups variants of one wording, listing each wording with its own count and days', () => {
    const groups = groupRoles([
      stated('Deputy Secretary of the Municipal Party Committee and Mayor', '2023-04-14'),
      stated('deputy secretary of the municipal party committee and mayor', '2023-02-01', 'mentioned'),
      stated('Deputy Secretary of the Municipal Party Committee and Mayor', '2023-11-09'),
    ]);
    expect(groups).toEqual([
      {
        key: 'deputy secretary of the municipal party committee and mayor',
        label: 'Deputy Secretary of the Municipal Party Committee and Mayor',
        wordings: [
          {
            wording: 'Deputy Secretary of the Municipal Party Committee and Mayor',
            count: 2,
            first: '2023-04-14',
            last: '2023-11-09',
          },
          {
            wording: 'deputy secretary of the municipal party committee and mayor',
            count: 1,
            first: '2023-02-01',
            last: '2023-02-01',
          },
        ],
        first: '2023-02-01',
        last: '2023-11-09',
        count: 3,
        spoke: 2,
        mentioned: 1,
      },
    ]);
  });

  it('labels a group with its earliest wording when wordings are used equally often', () => {
    const [group] = groupRoles([stated('the mayor', '2023-06-01'), stated('Mayor', '2023-05-01')]);
    expect(group?.label).toBe('Mayor');
    expect(group?.wordings.map((wording) => wording.wording)).toEqual(['Mayor', 'the mayor']);
  });

  it('orders groups by the first day each is attested, then A to Z', () => {
    const groups = groupRoles([
      stated('Mayor', '2023-05-10'),
      stated('Acting Mayor', '2022-01-05'),
      stated('Deputy Mayor', '2022-01-05'),
      stated('Mayor', '2021-12-31', 'mentioned'),
    ]);
    expect(groups.map((group) => [group.label, group.first, group.last])).toEqual([
      ['Mayor', '2021-12-31', '2023-05-10'],
      ['Acting Mayor', '2022-01-05', '2022-01-05'],
      ['Deputy Mayor', '2022-01-05', '2022-01-05'],
    ]);
  });

  it('counts a role attested twice on one day as two articles', () => {
    const [group] = groupRoles([stated('Mayor', '2023-05-10'), stated('Mayor', '2023-05-10', 'mentioned')]);
    expect(group).toMatchObject({
      count: 2,
      spoke: 1,
      mentioned: 1,
      first: '2023-05-10',
      last: '2023-05-10',
    });
  });

  it('is empty when nothing states a role', () => {
    expect(groupRoles([])).toEqual([]);
  });
});
