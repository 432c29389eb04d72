/**
 * Days as raw pages write them, turned into the archive's `YYYY-MM-DD` calendar days. Written-out
 * dates ("September 26, 2023", "Jan. 5, 2023", "January 4th", "2023年1月5日") are read by
 * chrono-node's strict parsers; only the calendar parts it finds are used, never an instant, and
 * every day is made and checked by `core/dates.ts`, so an impossible day such as 2023-02-30 is
 * refused and the machine's time zone plays no part.
 */
import * as chrono from 'chrono-node';
import { addDays, calendarDay, dayNumber } from '../core/dates.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** What a date value reads as: one day, or two days when day and month could be either way round. */
export type DayReading = { day: string } | { ambiguous: [string, string]; text: string };

/** A time of day after a date: "15:02", "15:02:33". */
export const TIME_OF_DAY = /^\d{1,2}:\d{2}(?::\d{2})?(?=\s|$)/;

/** A reference instant for chrono, only used to fill in parts we then discard or replace. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** Parsers for dates written in Chinese (`2023年1月5日`) and in English, strict: no "today", no weekdays alone. */
const PARSERS = [chrono.zh.hans.strict, chrono.strict] as const;

interface FoundDate {
  index: number;
  text: string;
  year?: number | undefined;
  month: number;
  dayOfMonth: number;
}

/** Every written date in `text` that names at least a month and a day, in text order. */
function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const parser of PARSERS) {
    for (const result of parser.parse(text, REFERENCE)) {
      const { start } = result;
      if (!start.isCertain('month') || !start.isCertain('day')) continue;
      if (found.some((other) => other.index === result.index)) continue;
      found.push({
        index: result.index,
        text: result.text,
        year: start.isCertain('year') ? (start.get('year') ?? undefined) : undefined,
        month: start.get('month') ?? 0,
        dayOfMonth: start.get('day') ?? 0,
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Reads a whole date value as pages write it, perhaps followed by a time of day: ISO
 * `2023-04-17` (or `2023/04/17`), long `August 1, 2023` or `1 August 2023`, abbreviated
 * `Jan. 5, 2023`, ordinal `January 4th, 2023`, Chinese `2023年1月5日`. A numeric `05/01/2023`
 * is read only when one part is over 12; otherwise it is ambiguous and both days are returned.
 * @returns undefined when `text` is not exactly one real day with its year.
 */
export function readDayValue(text: string): DayReading | undefined {
  const value = text
    .trim()
    .replace(/\s+\d{1,2}:\d{2}(?::\d{2})?$/, '')
    .trim();
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (match) return known(calendarDay(Number(match[1]), Number(match[2]), Number(match[3])));
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const monthFirst = calendarDay(year, first, second);
    const dayFirst = calendarDay(year, second, first);
    if (monthFirst !== undefined && dayFirst !== undefined && monthFirst !== dayFirst)
      return { ambiguous: [monthFirst, dayFirst], text: value };
    return known(monthFirst ?? dayFirst);
  }
  if (/^\d+$/.test(value)) return undefined;
  const dates = findDates(value);
  const [only] = dates;
  if (dates.length !== 1 || only === undefined || only.year === undefined) return undefined;
  if (only.index !== 0 || value.slice(only.text.length).replace(/^[\s,.]+/, '') !== '') return undefined;
  return known(calendarDay(only.year, only.month, only.dayOfMonth));
}

function known(day: string | undefined): DayReading | undefined {
  return day === undefined ? undefined : { day };
}

/** Like `readDayValue`, but only an unambiguous day. */
export function parseSourceDay(text: string): string | undefined {
  const reading = readDayValue(text);
  return reading !== undefined && 'day' in reading ? reading.day : undefined;
}

/** A date that opens a paragraph, with the source it names: "November 1, 2023 – Fuxin News Network: …". */
export interface Dateline {
  day: string;
  sourceName?: string | undefined;
}

/**
 * Reads a dateline at the start of a paragraph: a date with its year, then a dash or comma and,
 * optionally, the publication's name before a colon ("November 1, 2023 – Fuxin News Network: …",
 * "Jan. 5, 2023, Liaoning Daily: …", "2023年1月5日 …").
 * @returns undefined when the paragraph does not open with a full date.
 */
export function readDateline(paragraph: string): Dateline | undefined {
  const [first] = findDates(paragraph.slice(0, 60));
  if (first === undefined || first.index !== 0 || first.year === undefined) return undefined;
  const day = calendarDay(first.year, first.month, first.dayOfMonth);
  if (day === undefined) return undefined;
  const rest = paragraph.slice(first.text.length);
  if (!/^\s*(?:[-–—,:]|\s(?=\p{Lu})|$)/u.test(rest)) return undefined;
  const named = /^\s*[-–—,]\s*((?:\p{Lu}[\p{L}’'&.-]*\s*){1,6}?)\s*[:：]/u.exec(rest);
  return named ? { day, sourceName: (named[1] ?? '').trim() } : { day };
}

/** The ways a page may have written `isoDay`, for checking that a date line was kept. */
export function sourceSpellings(isoDay: string): string[] {
  const [year, month, dayOfMonth] = isoDay.split('-').map(Number) as [number, number, number];
  const name = MONTHS[month - 1] ?? '';
  const short = name.slice(0, 3);
  const ordinal = `${dayOfMonth}${ordinalSuffix(dayOfMonth)}`;
  const mm = String(month).padStart(2, '0');
  const dd = String(dayOfMonth).padStart(2, '0');
  const monthNames = [name, `${short}.`, short, ...(month === 9 ? ['Sept.', 'Sept'] : [])];
  return [
    isoDay,
    `${year}/${mm}/${dd}`,
    `${year}年${month}月${dayOfMonth}日`,
    `${mm}/${dd}/${year}`,
    `${month}/${dayOfMonth}/${year}`,
    `${dd}/${mm}/${year}`,
    `${dayOfMonth}/${month}/${year}`,
    `${dd}.${mm}.${year}`,
    ...monthNames.flatMap((monthName) => [
      `${monthName} ${dayOfMonth}, ${year}`,
      `${monthName} ${dayOfMonth} ${year}`,
      `${monthName} ${ordinal}, ${year}`,
      `${monthName} ${ordinal} ${year}`,
      `${dayOfMonth} ${monthName} ${year}`,
      `${dayOfMonth} ${monthName}, ${year}`,
    ]),
  ];
}

function ordinalSuffix(dayOfMonth: number): string {
  if (dayOfMonth >= 11 && dayOfMonth <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][dayOfMonth % 10] ?? 'th';
}

/** An event day found in the text, with the words that gave it. */
export interface EventDay {
  day: string;
  phrase: string;
}

/** What comes before a date that names the event's day: "On", "held on", "On the afternoon of". */
const EVENT_LEAD = /\bon\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$/i;

/**
 * Finds the day of the reported event in the opening text: "On April 14, ...", "On the afternoon
 * of November 14", "held on July 31", "On January 4th", "On Jan. 5". Without a year it is the
 * published year, or the year before when that would put the event after publication: it is
 * resolved against the page's own date, never against the clock.
 * @returns undefined when the text names no day.
 */
export function findEventDay(text: string, published: string): EventDay | undefined {
  const publishedYear = Number(published.slice(0, 4));
  for (const found of findDates(text)) {
    const lead = EVENT_LEAD.exec(text.slice(Math.max(0, found.index - 40), found.index));
    if (lead === null) continue;
    let day = calendarDay(found.year ?? publishedYear, found.month, found.dayOfMonth);
    if (day !== undefined && found.year === undefined && day > published)
      day = calendarDay(publishedYear - 1, found.month, found.dayOfMonth);
    if (day !== undefined) return { day, phrase: `${lead[0]}${found.text}` };
  }
  return undefined;
}

/** Most days a news page's event comes before its publication, for settling an ambiguous date. */
const EVENT_BEFORE_PUBLICATION_DAYS = 14;

/**
 * Settles an ambiguous numeric date with what else the page says: the day the listing stamp gives
 * (the same day or up to a week later), a written date elsewhere on the page, or a year-less
 * event day shortly before it.
 * @returns the one candidate the page supports, or undefined when it supports neither or both.
 */
export function settleAmbiguousDay(
  candidates: readonly [string, string],
  evidence: { listed?: string | undefined; text: string },
): string | undefined {
  const supported = (candidate: string): boolean => {
    if (
      evidence.listed !== undefined &&
      evidence.listed >= candidate &&
      evidence.listed <= addDays(candidate, 7)
    )
      return true;
    return findDates(evidence.text).some((found) => {
      if (found.year !== undefined)
        return calendarDay(found.year, found.month, found.dayOfMonth) === candidate;
      // A year-less day ("On April 28") is the event's, which comes shortly before publication.
      const year = Number(candidate.slice(0, 4));
      let event = calendarDay(year, found.month, found.dayOfMonth);
      if (event !== undefined && event > candidate)
        event = calendarDay(year - 1, found.month, found.dayOfMonth);
      return event !== undefined && dayNumber(candidate) - dayNumber(event) <= EVENT_BEFORE_PUBLICATION_DAYS;
    });
  };
  const settled = candidates.filter(supported);
  return settled.length === 1 ? settled[0] : undefined;
}
