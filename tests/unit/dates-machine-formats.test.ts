import { describe, expect, it } from 'vitest';
import { dayToRfc822, formatCitationDay, formatSlashedDay, newestDay } from '../../src/lib/dates';

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
