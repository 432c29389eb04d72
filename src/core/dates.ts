/**
 * Every date the archive shows goes through this module. Articles carry calendar days
 * (`YYYY-MM-DD`), not instants: they are parsed and formatted in UTC so the same day comes out
 * whatever the build machine's time zone.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(customParseFormat);
dayjs.extend(utc);

const ISO_DAY = 'YYYY-MM-DD';

/** True when `value` is `YYYY-MM-DD` and names a day that exists (2023-02-30 does not). */
export function isCalendarDay(value: string): boolean {
  return (
    parsedDays.has(value) || (/^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs.utc(value, ISO_DAY, true).isValid())
  );
}

// A build formats the same few thousand days over and over; strict parsing is the costly part.
const parsedDays = new Map<string, dayjs.Dayjs>();

function parseDay(day: string): dayjs.Dayjs {
  let parsed = parsedDays.get(day);
  if (parsed === undefined) {
    parsed = dayjs.utc(day, ISO_DAY, true);
    if (!parsed.isValid()) throw new Error(`"${day}" is not a calendar day in YYYY-MM-DD form`);
    parsedDays.set(day, parsed);
  }
  return parsed;
}

// Formatting is costly too (1.5 s of a 10,000-article build's page rendering, in a CPU profile),
// and pages format the same days over and over: each day is formatted once per pattern.
const formattedDays = new Map<string, Map<string, string>>();

function formatDayAs(day: string, pattern: string): string {
  let byDay = formattedDays.get(pattern);
  if (byDay === undefined) formattedDays.set(pattern, (byDay = new Map()));
  let text = byDay.get(day);
  if (text === undefined) {
    text = parseDay(day).format(pattern);
    byDay.set(day, text);
  }
  return text;
}

/** `2023-04-17` → `17 April 2023`, the archive's reading format. */
export function formatDay(day: string): string {
  return formatDayAs(day, 'D MMMM YYYY');
}

/** `2023-04-17` → `17 Apr 2023`, for compact lines of facts. */
export function formatShortDay(day: string): string {
  return formatDayAs(day, 'D MMM YYYY');
}

/** `04` → `April`. */
export function monthName(month: string): string {
  return parseDay(`2000-${month}-01`).format('MMMM');
}

/** The `YYYY` and `MM` parts of a calendar day. */
export function yearMonthOf(day: string): { year: string; month: string } {
  const parsed = parseDay(day);
  return { year: parsed.format('YYYY'), month: parsed.format('MM') };
}

/** Midnight UTC of the day as an ISO 8601 instant, for machine-readable outputs that want one. */
export function dayToIsoInstant(day: string): string {
  return parseDay(day).toISOString();
}

/** Sorts calendar days newest first; equal days keep their order. */
export function compareDaysNewestFirst(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** Days since 1970-01-01 for a calendar day, for measuring how far apart two days are. */
export function dayNumber(day: string): number {
  return parseDay(day).valueOf() / 86_400_000;
}

/** `2023-04-17` → `Mon, 17 Apr 2023 00:00:00 +0000`: RFC 822 (four-digit year), as RSS 2.0 wants. */
export function dayToRfc822(day: string): string {
  return formatDayAs(day, 'ddd, DD MMM YYYY HH:mm:ss [+0000]');
}

/** `2023-04-17` → `April 17, 2023`, the month-first form citation styles use. */
export function formatCitationDay(day: string): string {
  return formatDayAs(day, 'MMMM D, YYYY');
}

/** `2023-04-17` → `2023/04/17`, the form Highwire `citation_publication_date` tags use. */
export function formatSlashedDay(day: string): string {
  return formatDayAs(day, 'YYYY/MM/DD');
}

/** The newest of some calendar days, or `undefined` when there are none. */
export function newestDay(days: Iterable<string>): string | undefined {
  let newest: string | undefined;
  for (const day of days) if (newest === undefined || day > newest) newest = day;
  return newest;
}

/**
 * The calendar day of a year, month (1–12) and day of the month, as `YYYY-MM-DD`.
 * @returns undefined when no such day exists (2023-02-30).
 */
export function calendarDay(year: number, month: number, dayOfMonth: number): string | undefined {
  const value = isoDayOf(year, month, dayOfMonth);
  return isCalendarDay(value) ? value : undefined;
}

/** `YYYY-MM-DD` of the numbers, zero-padded, whether or not such a day exists. */
function isoDayOf(year: number, month: number, dayOfMonth: number): string {
  return `${isoMonthOf(year, month)}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** `YYYY-MM` of the numbers, zero-padded. */
function isoMonthOf(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The day `days` after (or, when negative, before) a calendar day. */
export function addDays(day: string, days: number): string {
  return parseDay(day).add(days, 'day').format(ISO_DAY);
}

/** The calendar day (UTC) of an instant, e.g. the day an import ran; the caller reads the clock. */
export function dayOfInstant(instant: Date): string {
  return dayjs.utc(instant).format(ISO_DAY);
}

/** `2023-04-17` → `[2023, 4, 17]`, the `date-parts` of CSL-JSON. */
export function dateParts(day: string): [number, number, number] {
  const parsed = parseDay(day);
  return [parsed.year(), parsed.month() + 1, parsed.date()];
}

/** `[2023, 4, 17]` → `2023-04-17`: a CSL-JSON date back to a calendar day. */
export function dayOfParts([year, month, date]: readonly [number, number, number]): string {
  const day = isoDayOf(year, month, date);
  parseDay(day);
  return day;
}

/**
 * The day an article attests what it reports: the day of the event when the text gives one, else
 * the day the source published it.
 */
export function attestedDay(article: { published: string; eventDate?: string | undefined }): string {
  return article.eventDate ?? article.published;
}

/** Sorts calendar days oldest first; equal days keep their order. */
export function compareDaysOldestFirst(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `2023-04-17` → `2023-04`, the month a day falls in. */
export function monthOf(day: string): string {
  parseDay(day);
  // A parsed day is strictly YYYY-MM-DD, so its month is its first seven characters.
  return day.slice(0, 7);
}

function monthParts(month: string): { year: number; month: number } {
  parseDay(`${month}-01`);
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

function monthFromIndex(index: number): string {
  return isoMonthOf(Math.floor(index / 12), (index % 12) + 1);
}

function monthIndex(month: string): number {
  const parts = monthParts(month);
  return parts.year * 12 + parts.month - 1;
}

/** Every month from `first` to `last` (`YYYY-MM`, both included), oldest first; empty when `last` is earlier. */
export function monthsFromTo(first: string, last: string): string[] {
  const months: string[] = [];
  const end = monthIndex(last);
  for (let index = monthIndex(first); index <= end; index += 1) months.push(monthFromIndex(index));
  return months;
}

/** `2023-04` shifted by `count` months (negative for earlier): `addMonths('2023-01', -1)` is `2022-12`. */
export function addMonths(month: string, count: number): string {
  return monthFromIndex(monthIndex(month) + count);
}

// Charts name the same few hundred months on every person page.
const monthNames = new Map<string, string>();

function monthFormatted(month: string, format: string): string {
  const key = `${format}|${month}`;
  let name = monthNames.get(key);
  if (name === undefined) {
    name = parseDay(`${month}-01`).format(format);
    monthNames.set(key, name);
  }
  return name;
}

/** `2023-04` → `April 2023`. */
export function formatMonthOf(month: string): string {
  return monthFormatted(month, 'MMMM YYYY');
}

/** `2023-04` → `Apr 2023`, for chart axes. */
export function formatShortMonth(month: string): string {
  return monthFormatted(month, 'MMM YYYY');
}
