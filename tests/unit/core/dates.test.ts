import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDay,
  addMonths,
  attestedDay,
  compareDaysOldestFirst,
  formatMonthOf,
  formatShortMonth,
  monthOf,
  monthsFromTo,
  compareDaysNewestFirst,
  dayOfInstant,
  dateParts,
  dayOfParts,
  dayToIsoInstant,
  dayToRfc822,
  formatCitationDay,
  formatSlashedDay,
  newestDay,
  formatDay,
  formatShortDay,
  isCalendarDay,
  monthName,
  yearMonthOf,
} from '../../../src/core/dates.ts';

describe.each([
  ['2023-04-17', true],
  ['2024-02-29', true],
  ['2023-02-29', false],
  ['2023-02-30', false],
  ['2023-13-01', false],
  ['2023-4-17', false],
  ['17/04/2023', false],
  ['', false],
  ['2023-04-17T00:00:00Z', false],
])('isCalendarDay(%j)', (value, expected) => {
  it(`is ${expected}`, () => expect(isCalendarDay(value)).toBe(expected));
});

describe('formatting calendar days', () => {
  it('renders a day in the archive reading format', () => {
    expect(formatDay('2023-04-17')).toBe('17 April 2023');
    expect(formatShortDay('2023-09-05')).toBe('5 Sep 2023');
    expect(formatMonthOf('2023-04')).toBe('April 2023');
    expect(monthName('11')).toBe('November');
  });

  it('splits a day into year and month', () => {
    expect(yearMonthOf('2023-01-09')).toEqual({ year: '2023', month: '01' });
  });

  it('gives midnight UTC as the instant of a day', () => {
    expect(dayToIsoInstant('2023-04-17')).toBe('2023-04-17T00:00:00.000Z');
  });

  it('refuses to format something that is not a calendar day', () => {
    expect(() => formatDay('2023-02-30')).toThrow(/2023-02-30/);
  });

  it('sorts days newest first', () => {
    expect(['2022-12-31', '2023-04-17', '2023-01-01'].sort(compareDaysNewestFirst)).toEqual([
      '2023-04-17',
      '2023-01-01',
      '2022-12-31',
    ]);
  });
});

describe('whatever the machine time zone', () => {
  // The process time zone is fixed at start-up in Node, so each zone runs in a child process.
  const zones = ['Pacific/Honolulu', 'Asia/Shanghai', 'Pacific/Kiritimati', 'UTC'];
  it.each(zones)('renders the same days under TZ=%s', async (zone) => {
    const { execFileSync } = await import('node:child_process');
    const script = [
      "const { formatDay, yearMonthOf, isCalendarDay, dayToIsoInstant } = await import('./src/core/dates.ts');",
      "console.log(JSON.stringify([formatDay('2023-04-17'), formatDay('2023-01-01'), yearMonthOf('2023-12-31'), isCalendarDay('2023-03-26'), dayToIsoInstant('2023-04-17')]));",
    ].join('\n');
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual([
      '17 April 2023',
      '1 January 2023',
      { year: '2023', month: '12' },
      true,
      '2023-04-17T00:00:00.000Z',
    ]);
  });
});

describe.each([
  ['2023-04-17', 'Mon, 17 Apr 2023 00:00:00 +0000', 'April 17, 2023', '2023/04/17'],
  ['2024-02-29', 'Thu, 29 Feb 2024 00:00:00 +0000', 'February 29, 2024', '2024/02/29'],
  ['2021-01-01', 'Fri, 01 Jan 2021 00:00:00 +0000', 'January 1, 2021', '2021/01/01'],
  ['2022-12-31', 'Sat, 31 Dec 2022 00:00:00 +0000', 'December 31, 2022', '2022/12/31'],
])('the calendar day %s', (day, rfc822, citation, slashed) => {
  it('becomes an RFC 822 date for RSS', () => expect(dayToRfc822(day)).toBe(rfc822));
  it('becomes a month-first citation date', () => expect(formatCitationDay(day)).toBe(citation));
  it('becomes a slashed Highwire date', () => expect(formatSlashedDay(day)).toBe(slashed));
});

describe('dayToRfc822', () => {
  it('gives the same day whatever the time zone of the machine', () => {
    const original = process.env['TZ'];
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Shanghai']) {
        process.env['TZ'] = zone;
        expect(dayToRfc822('2023-04-17'), zone).toBe('Mon, 17 Apr 2023 00:00:00 +0000');
      }
    } finally {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    }
  });

  it('refuses a day that does not exist', () => {
    expect(() => dayToRfc822('2023-02-30')).toThrow('"2023-02-30" is not a calendar day');
  });
});

describe('newestDay', () => {
  it.each([
    [[], undefined],
    [['2021-05-01'], '2021-05-01'],
    [['2021-05-01', '2023-04-17', '2022-11-20'], '2023-04-17'],
  ])('of %j is %s', (days, newest) => expect(newestDay(days)).toBe(newest));
});

describe('calendarDay', () => {
  it.each([
    [2023, 1, 5, '2023-01-05'],
    [2024, 2, 29, '2024-02-29'],
    [2023, 2, 29, undefined],
    [2023, 13, 1, undefined],
  ])('%i-%i-%i → %s', (year, month, day, expected) => {
    expect(calendarDay(year, month, day)).toBe(expected);
  });
});

describe('addDays', () => {
  it('crosses months and years, both ways', () => {
    expect(addDays('2023-12-29', 7)).toBe('2024-01-05');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('dayOfInstant', () => {
  it('gives the UTC day of an instant, whatever the machine time zone', () => {
    expect(dayOfInstant(new Date('2024-02-01T23:30:00Z'))).toBe('2024-02-01');
    expect(dayOfInstant(new Date('2024-02-01T23:30:00-05:00'))).toBe('2024-02-02');
  });
});

describe('CSL date parts', () => {
  it.each([
    ['2023-04-17', [2023, 4, 17]],
    ['0999-12-01', [999, 12, 1]],
    ['2024-02-29', [2024, 2, 29]],
  ] as const)('%s is %j and back', (day, parts) => {
    expect(dateParts(day)).toEqual(parts);
    expect(dayOfParts(parts)).toBe(day);
  });

  it('refuses parts that name no day', () => {
    expect(() => dayOfParts([2023, 2, 30])).toThrow('"2023-02-30" is not a calendar day');
  });
});

describe('attestedDay', () => {
  it('is the event day when the article gives one', () => {
    expect(attestedDay({ published: '2023-04-17', eventDate: '2023-04-14' })).toBe('2023-04-14');
  });
  it('is the publication day otherwise', () => {
    expect(attestedDay({ published: '2023-04-17' })).toBe('2023-04-17');
  });
});

describe('months', () => {
  it('gives the month of a day', () => expect(monthOf('2023-04-17')).toBe('2023-04'));
  it('lists every month from one to another, across a year end', () => {
    expect(monthsFromTo('2022-11', '2023-02')).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
  });
  it('lists one month when both ends are the same', () =>
    expect(monthsFromTo('2023-04', '2023-04')).toEqual(['2023-04']));
  it('lists none when the last month is earlier', () =>
    expect(monthsFromTo('2023-04', '2023-03')).toEqual([]));
  it.each([
    ['2023-01', -1, '2022-12'],
    ['2023-11', 3, '2024-02'],
    ['2023-04', 0, '2023-04'],
  ])('shifts %s by %i months to %s', (month, count, shifted) =>
    expect(addMonths(month, count)).toBe(shifted),
  );
  it('names a month in full and short', () => {
    expect(formatMonthOf('2023-04')).toBe('April 2023');
    expect(formatShortMonth('2023-04')).toBe('Apr 2023');
  });
  it('sorts days oldest first', () => {
    expect(['2023-04-17', '2021-05-01', '2022-11-20'].sort(compareDaysOldestFirst)).toEqual([
      '2021-05-01',
      '2022-11-20',
      '2023-04-17',
    ]);
  });
});
