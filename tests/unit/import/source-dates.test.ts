import { describe, expect, it } from 'vitest';
import {
  findEventDay,
  parseSourceDay,
  readDateline,
  readDayValue,
  settleAmbiguousDay,
  sourceSpellings,
} from '../../../src/import/source-dates.ts';

describe('parseSourceDay', () => {
  it.each([
    ['2023-04-17', '2023-04-17'],
    ['2023/04/17', '2023-04-17'],
    ['2023-01-05 15:02', '2023-01-05'],
    ['August 1, 2023', '2023-08-01'],
    ['September 26, 2023', '2023-09-26'],
    ['1 August 2023', '2023-08-01'],
    ['Jan. 5, 2023', '2023-01-05'],
    ['Sept. 26, 2023', '2023-09-26'],
    ['January 4th, 2023', '2023-01-04'],
    ['2023年1月5日', '2023-01-05'],
    ['11/21/2023', '2023-11-21'],
    ['21/11/2023', '2023-11-21'],
    ['3/3/2023', '2023-03-03'],
    [' 2023-04-17 ', '2023-04-17'],
  ])('reads %j as %s', (text, day) => {
    expect(parseSourceDay(text)).toBe(day);
  });

  it.each([
    '2023-02-30',
    'Smarch 3, 2023',
    'yesterday',
    'January 4th',
    'On January 4th, 2023 the mayor spoke',
    '20230105',
    '',
  ])('refuses %j', (text) => {
    expect(parseSourceDay(text)).toBeUndefined();
  });
});

describe('readDayValue', () => {
  it.each([
    ['05/01/2023', ['2023-05-01', '2023-01-05']],
    ['11/10/2023', ['2023-11-10', '2023-10-11']],
    ['3.7.2023', ['2023-03-07', '2023-07-03']],
  ])('calls %j ambiguous: %j', (text, candidates) => {
    expect(readDayValue(text)).toEqual({ ambiguous: candidates, text });
  });
});

describe('settleAmbiguousDay', () => {
  const candidates: [string, string] = ['2023-05-01', '2023-01-05'];

  it('takes the reading the listing stamp supports', () => {
    expect(settleAmbiguousDay(candidates, { listed: '2023-01-06', text: '' })).toBe('2023-01-05');
  });

  it('takes the reading the event day of the opening supports', () => {
    expect(settleAmbiguousDay(candidates, { text: 'On April 28, the fair opened.' })).toBe('2023-05-01');
  });

  it('takes the reading a written date elsewhere on the page gives', () => {
    expect(settleAmbiguousDay(candidates, { text: 'Printed on January 5, 2023.' })).toBe('2023-01-05');
  });

  it('settles nothing when the page says nothing more', () => {
    expect(settleAmbiguousDay(candidates, { text: 'The fair opened.' })).toBeUndefined();
  });
});

describe('readDateline', () => {
  it.each([
    [
      'November 1, 2023 – Fuxin News Network: The fair opened.',
      { day: '2023-11-01', sourceName: 'Fuxin News Network' },
    ],
    ['Jan. 5, 2023 - Liaoning Daily: The fair opened.', { day: '2023-01-05', sourceName: 'Liaoning Daily' }],
    ['2023年1月5日 The fair opened.', { day: '2023-01-05' }],
    ['September 26, 2023, the city opened its fair.', { day: '2023-09-26' }],
  ])('%s', (text, dateline) => {
    expect(readDateline(text)).toEqual(dateline);
  });

  it.each(['On November 1, 2023 the fair opened.', 'November 1 – Fuxin News Network: no year.'])(
    'finds none in %j',
    (text) => {
      expect(readDateline(text)).toBeUndefined();
    },
  );
});

describe('findEventDay', () => {
  it.each([
    ['On April 14, the conference was held.', '2023-04-17', '2023-04-14'],
    ['On the afternoon of November 14, the mayor presided.', '2022-11-15', '2022-11-14'],
    ['On the morning of January 3, the session opened.', '2023-01-04', '2023-01-03'],
    [
      'The bureau recently held an executive meeting on July 31, presided over by the governor.',
      '2023-08-01',
      '2023-07-31',
    ],
    ['News from the city desk (Gao Lan): On April 8, the museum opened.', '2023-04-11', '2023-04-08'],
    ['On May 2, 2021, the bridge opened.', '2023-04-11', '2021-05-02'],
    ['On January 4th, the committee met.', '2023-01-05', '2023-01-04'],
    ['On Jan. 3, the committee met.', '2023-01-05', '2023-01-03'],
  ])('%s (published %s) → %s', (text, published, day) => {
    expect(findEventDay(text, published)?.day).toBe(day);
  });

  it('puts a day that would follow publication in the year before', () => {
    expect(findEventDay('On December 30, the office checked the boilers.', '2023-01-05')?.day).toBe(
      '2022-12-30',
    );
  });

  it('resolves a year-less day against the page, whatever year it is now', () => {
    expect(findEventDay('On January 4th, the committee met.', '2019-03-01')?.day).toBe('2019-01-04');
  });

  it('finds nothing when the text names no day', () => {
    expect(findEventDay('The party secretary recently described plans.', '2023-10-11')).toBeUndefined();
    expect(findEventDay('On February 30, nothing happened.', '2023-03-01')).toBeUndefined();
    expect(findEventDay('By January 4th, every stall was let.', '2023-03-01')).toBeUndefined();
  });
});

describe('sourceSpellings', () => {
  it('lists the ways a page writes a day', () => {
    expect(sourceSpellings('2023-01-05')).toEqual(
      expect.arrayContaining([
        '2023-01-05',
        'January 5, 2023',
        'Jan. 5, 2023',
        'January 5th, 2023',
        '2023年1月5日',
        '01/05/2023',
        '05/01/2023',
      ]),
    );
  });
});
