/**
 * What awaits an archivist's review across the content folder: every article, person and source
 * whose `review` field lists something the importer guessed, with the day it was imported. Pure:
 * the caller reads the files and passes their text in.
 */
import { parse } from 'yaml';
import { dayNumber, isCalendarDay } from './dates.ts';
import { compareText, countOf } from './text.ts';

/** The kinds of entry that can await review, in the order they are listed. */
export const REVIEW_KINDS = ['article', 'person', 'source'] as const;

/** One entry awaiting review. */
export interface ReviewItem {
  kind: (typeof REVIEW_KINDS)[number];
  id: string;
  /** The file that holds it, as given by the caller. */
  file: string;
  /** The fields to check, as the entry's `review` lists them. */
  fields: string[];
  /** Day the importer wrote it, when the file records it (`imported`). */
  since?: string | undefined;
}

/** A content file: its path (relative to the content folder, e.g. `people/hu-tao.yaml`) and its text. */
export interface ContentFileText {
  path: string;
  text: string;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function item(kind: ReviewItem['kind'], id: string, file: string, data: unknown): ReviewItem[] {
  const entry = record(data);
  const fields = Array.isArray(entry['review'])
    ? entry['review'].filter((field): field is string => typeof field === 'string')
    : [];
  if (fields.length === 0) return [];
  const imported = entry['imported'];
  const since = typeof imported === 'string' && isCalendarDay(imported) ? imported : undefined;
  return [{ kind, id, file, fields, since }];
}

/**
 * The entries awaiting review in some content files: articles (`articles/**.md`), people
 * (`people/*.yaml`) and sources (`sources.yaml`); other files are ignored. Sorted by kind, then
 * longest waiting first, then id. A file whose text never says `review` has no such field and is
 * not parsed at all: the build counts these over every file of the archive, and the content sync
 * reports a file it cannot read.
 * @throws Error naming the file when the YAML of a file that says `review` cannot be read.
 */
export function reviewItems(files: readonly ContentFileText[]): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const { path, text } of files) {
    if (!text.includes('review')) continue;
    const name = path.split('/').at(-1) ?? path;
    const id = name.replace(/\.[^.]+$/, '');
    try {
      if (/(^|\/)articles\//.test(path) && name.endsWith('.md')) {
        const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
        items.push(...item('article', id, path, parse(frontmatter)));
      } else if (/(^|\/)people\//.test(path) && /\.ya?ml$/.test(name)) {
        items.push(...item('person', id, path, parse(text)));
      } else if (name === 'sources.yaml') {
        for (const [sourceId, source] of Object.entries(record(parse(text))))
          items.push(...item('source', sourceId, path, source));
      }
    } catch (error) {
      throw new Error(
        `${path}: cannot read it as YAML (${(error as Error).message.split('\n')[0]}); fix the file first`,
      );
    }
  }
  return items.sort(
    (a, b) =>
      REVIEW_KINDS.indexOf(a.kind) - REVIEW_KINDS.indexOf(b.kind) ||
      (a.since ?? '9999').localeCompare(b.since ?? '9999') ||
      compareText(a.id, b.id),
  );
}

/** Whole days an item has waited by `today` (`YYYY-MM-DD`, passed in), or undefined when its import day is unknown. */
export function daysWaiting(item: ReviewItem, today: string): number | undefined {
  return item.since === undefined ? undefined : Math.max(0, dayNumber(today) - dayNumber(item.since));
}

/** One line counting what awaits review: "3 articles, 12 people and 1 source await review (npm run review)". */
export function reviewCountLine(items: readonly ReviewItem[]): string {
  if (items.length === 0) return 'nothing awaits review';
  const count = (kind: ReviewItem['kind']) => items.filter((entry) => entry.kind === kind).length;
  const parts = [
    countOf(count('article'), 'article'),
    countOf(count('person'), 'person', 'people'),
    countOf(count('source'), 'source'),
  ];
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''} await review (npm run review lists them)`;
}
