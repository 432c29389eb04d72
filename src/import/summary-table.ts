/** The import's report: a plain-text table of what each page became, and the warnings in full. */
import type { PageOutcome } from './import-page.ts';

/** Column headings of the summary table. */
export const SUMMARY_COLUMNS = ['File', 'Id', 'Title', 'Dates', 'Source', 'People', 'Warnings'] as const;

/** Widest a column may be before its cells are cut with an ellipsis (the id is never cut). */
const MAX_WIDTHS = [24, Number.POSITIVE_INFINITY, 40, 52, 24, 36, 9] as const;

/** One row per page: the table's cells. */
export function summaryRows(outcomes: readonly PageOutcome[]): string[][] {
  return outcomes.map((outcome) => {
    const file = outcome.file.split('/').at(-1) ?? outcome.file;
    if (outcome.status === 'failed') return [file, 'FAILED', outcome.reason, '', '', '', ''];
    if (outcome.status === 'already-imported')
      return [file, `already imported as ${outcome.id}`, '', '', '', '', ''];
    const dates = [
      `pub ${outcome.published}`,
      outcome.eventDate && `event ${outcome.eventDate}`,
      outcome.listed && `listed ${outcome.listed}`,
    ].filter(Boolean);
    return [
      file,
      outcome.id,
      outcome.title,
      dates.join(', '),
      outcome.newSource ? `${outcome.sourceId} (new)` : outcome.sourceId,
      outcome.people.join(', '),
      String(outcome.warnings.length),
    ];
  });
}

/** Lays `rows` out under `headers` in aligned columns, cutting long cells to `maxWidths`. */
export function formatTable(
  headers: readonly string[],
  rows: readonly string[][],
  maxWidths: readonly number[] = [],
): string {
  const cut = (cell: string, column: number): string => {
    const max = maxWidths[column] ?? Number.POSITIVE_INFINITY;
    const flat = cell.replace(/\s+/g, ' ');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  };
  const cells = [headers.map(cut), ...rows.map((row) => row.map(cut))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(cells[0] ?? []),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

/**
 * The whole report: the table, then every warning and failure in full, one line each as
 * `file: message`, then the totals.
 */
export function formatReport(outcomes: readonly PageOutcome[], dryRun: boolean): string {
  const table = formatTable(SUMMARY_COLUMNS, summaryRows(outcomes), MAX_WIDTHS);
  const details: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.status === 'failed') details.push(`${outcome.file}: FAILED: ${outcome.reason}`);
    if (outcome.status === 'already-imported')
      details.push(`${outcome.file}: already imported as ${outcome.id}; skipped`);
    if (outcome.status === 'imported')
      for (const warning of outcome.warnings) details.push(`${outcome.file}: ${warning}`);
  }
  const count = (status: PageOutcome['status']) =>
    outcomes.filter((outcome) => outcome.status === status).length;
  const totals = `${count('imported')} ${dryRun ? 'would be imported (dry run, nothing written)' : 'imported'}, ${count('already-imported')} already imported, ${count('failed')} failed`;
  return [table, '', ...details, ...(details.length > 0 ? [''] : []), totals].join('\n');
}
