import { describe, expect, it } from 'vitest';
import { findEventDay, parseSourceDay, sourceSpellings } from '../../../src/import/source-dates.ts';

describe('parseSourceDay', () => {
  it.each([
    ['2023-04-17', '2023-04-17'],
    ['August 1, 2023', '2023-08-01'],
    ['May 24, 2023', '2023-05-24'],
    ['1 August 2023', '2023-08-01'],
    ['11/10/2023', '2023-11-10'],
    ['3/7/2023', '2023-03-07'],
    [' 2023-04-17 ', '2023-04-17'],
  ])('reads %j as %s', (text, day) => {
    expect(parseSourceDay(text)).toBe(day);
  });

  it.each(['2023-02-30', '13/01/2023', 'Smarch 3, 2023', 'yesterday', '2023-04-17 10:30', ''])(
    'refuses %j',
    (text) => {
      expect(parseSourceDay(text)).toBeUndefined();
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
  ])('%s (published %s) → %s', (text, published, day) => {
    expect(findEventDay(text, published)?.day).toBe(day);
  });

  it('puts a day that would follow publication in the year before', () => {
    expect(findEventDay('On December 30, the office checked the boilers.', '2023-01-05')?.day).toBe(
      '2022-12-30',
    );
  });

  it('finds nothing when the text names no day', () => {
    expect(findEventDay('The party secretary recently described plans.', '2023-10-11')).toBeUndefined();
    expect(findEventDay('On February 30, nothing happened.', '2023-03-01')).toBeUndefined();
  });
});

describe('sourceSpellings', () => {
  it('lists the ways a page writes a day', () => {
    expect(sourceSpellings('2023-11-10')).toEqual(
      expect.arrayContaining(['2023-11-10', 'November 10, 2023', '11/10/2023']),
    );
  });
});
