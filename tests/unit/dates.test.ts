import { describe, expect, it } from 'vitest';
import {
  compareDaysNewestFirst,
  dayToIsoInstant,
  formatDay,
  formatMonth,
  isCalendarDay,
  monthName,
  yearMonthOf,
} from '~/lib/dates';

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
    expect(formatMonth('2023', '04')).toBe('April 2023');
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
      "const { formatDay, yearMonthOf, isCalendarDay, dayToIsoInstant } = await import('./src/lib/dates.ts');",
      "console.log(JSON.stringify([formatDay('2023-04-17'), formatDay('2023-01-01'), yearMonthOf('2023-12-31'), isCalendarDay('2023-03-26'), dayToIsoInstant('2023-04-17')]));",
    ].join('\n');
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual(['17 April 2023', '1 January 2023', { year: '2023', month: '12' }, true, '2023-04-17T00:00:00.000Z']);
  });
});
