/**
 * Days as raw pages write them, turned into the archive's `YYYY-MM-DD` calendar days.
 * Validity goes through `lib/dates.ts`, so an impossible day such as 2023-02-30 is refused.
 */
import { isCalendarDay } from '../core/dates.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Month names as they appear in text, for patterns. */
export const MONTH_PATTERN =
  '(January|February|March|April|May|June|July|August|September|October|November|December)';

function day(year: number, month: number, dayOfMonth: number): string | undefined {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  return isCalendarDay(value) ? value : undefined;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.toLowerCase() as (typeof MONTHS)[number]) + 1;
}

/**
 * Reads a whole date value as pages write it: ISO `2023-04-17`, long `August 1, 2023` (or
 * `1 August 2023`) and US `11/10/2023` (month first).
 * @returns the calendar day, or undefined when `text` is not exactly one real day.
 */
export function parseSourceDay(text: string): string | undefined {
  const value = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) return day(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (match) return day(Number(match[3]), Number(match[1]), Number(match[2]));
  match = new RegExp(`^${MONTH_PATTERN} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$`, 'i').exec(value);
  if (match) return day(Number(match[3]), monthNumber(match[1] ?? ''), Number(match[2]));
  match = new RegExp(`^(\\d{1,2}) ${MONTH_PATTERN},? (\\d{4})$`, 'i').exec(value);
  if (match) return day(Number(match[3]), monthNumber(match[2] ?? ''), Number(match[1]));
  return undefined;
}

/** The ways a page may have written `isoDay`, for checking that a date line was kept. */
export function sourceSpellings(isoDay: string): string[] {
  const [year, month, dayOfMonth] = isoDay.split('-').map(Number) as [number, number, number];
  const monthName = MONTHS[month - 1] ?? '';
  const capitalised = monthName.charAt(0).toUpperCase() + monthName.slice(1);
  return [
    isoDay,
    `${capitalised} ${dayOfMonth}, ${year}`,
    `${dayOfMonth} ${capitalised} ${year}`,
    `${String(month).padStart(2, '0')}/${String(dayOfMonth).padStart(2, '0')}/${year}`,
    `${month}/${dayOfMonth}/${year}`,
  ];
}

/** An event day found in the text, with the words that gave it. */
export interface EventDay {
  day: string;
  phrase: string;
}

const EVENT_PHRASE = new RegExp(
  `\\b[Oo]n (?:the (?:morning|afternoon|evening|night) of )?${MONTH_PATTERN} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`,
);

/**
 * Finds the day of the reported event in the opening text: "On April 14, ...", "On the afternoon
 * of November 14", "held on July 31". Without a year it is the published year, or the year before
 * when that would put the event after publication.
 * @returns undefined when the text names no day.
 */
export function findEventDay(text: string, published: string): EventDay | undefined {
  const match = EVENT_PHRASE.exec(text);
  if (!match) return undefined;
  const month = monthNumber(match[1] ?? '');
  const dayOfMonth = Number(match[2]);
  const statedYear = match[3] === undefined ? undefined : Number(match[3]);
  const publishedYear = Number(published.slice(0, 4));
  let found = day(statedYear ?? publishedYear, month, dayOfMonth);
  if (found !== undefined && statedYear === undefined && found > published) {
    found = day(publishedYear - 1, month, dayOfMonth);
  }
  return found === undefined ? undefined : { day: found, phrase: match[0] };
}
