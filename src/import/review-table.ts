/** `npm run review`'s table: everything awaiting review, one row per entry. */
import { daysWaiting, type ReviewItem } from '../core/review.ts';
import { formatTable } from './summary-table.ts';

/** Column headings of the review table. */
export const REVIEW_COLUMNS = ['Kind', 'Id', 'Fields to check', 'Since', 'Days', 'File'] as const;

/**
 * The review table, or a line saying nothing awaits review.
 * @param today the day the table is made (`YYYY-MM-DD`), for the days each entry has waited.
 */
export function formatReviewTable(items: readonly ReviewItem[], today: string): string {
  if (items.length === 0) return 'Nothing awaits review.';
  const rows = items.map((entry) => [
    entry.kind,
    entry.id,
    entry.fields.join(', '),
    entry.since ?? 'unknown',
    String(daysWaiting(entry, today) ?? ''),
    entry.file,
  ]);
  return formatTable(REVIEW_COLUMNS, rows, [
    8,
    Number.POSITIVE_INFINITY,
    60,
    10,
    5,
    Number.POSITIVE_INFINITY,
  ]);
}
