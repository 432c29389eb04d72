/**
 * The "nothing lost" check: reads a written article back (frontmatter and Markdown) and makes
 * sure every line of the raw page is there, in the body or in a field, or is known furniture.
 * It does not trust the parser: it only compares the raw text with what was written.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { parse } from 'yaml';
import { FURNITURE, LABELS } from './parse-raw.ts';
import { sourceSpellings } from './source-dates.ts';

/** Shortest piece of text matched on its own, unless it is a whole field value. */
const MIN_PIECE = 4;
/** Separators between fields on one line: "Fuxin News Network- 11/10/2023", "Title_Source". */
const SEPARATOR = /^[\s_\-–—»›|·]{1,3}/;

/** Text the check may find outside the article file. */
export interface LostTextContext {
  /** Label of the article's source, which the frontmatter names only by id. */
  sourceLabel?: string | undefined;
}

/**
 * Lists the text of `raw` that is neither in `written` (an article file) nor known furniture.
 * @returns one entry per line with lost text, `line N: "text"`; empty when nothing was lost.
 */
export function findLostText(raw: string, written: string, context: LostTextContext = {}): string[] {
  // Case and runs of spaces are ignored: a source line "FUXIN  NEWS NETWORK" is kept as the source's label.
  const haystack = writtenTexts(written, context).map(comparable);
  const lost: string[] = [];
  raw.split(/\r?\n/).forEach((line, index) => {
    const missing = unaccounted(line, haystack);
    if (missing !== undefined) lost.push(`line ${index + 1}: "${missing}"`);
  });
  return lost;
}

/** Every text the written article holds: body blocks and every field value (days in all spellings). */
function writtenTexts(written: string, context: LostTextContext): string[] {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(written);
  const frontmatter: unknown = match ? parse(match[1] ?? '') : {};
  const body = match ? (match[2] ?? '') : written;
  const texts = fromMarkdown(body).children.map((node) => toString(node));
  const collect = (value: unknown, key?: string): void => {
    if (typeof value === 'string')
      texts.push(...(key && /^(published|eventDate|listed)$/.test(key) ? sourceSpellings(value) : [value]));
    else if (typeof value === 'number') texts.push(String(value), value.toLocaleString('en-US'));
    else if (Array.isArray(value)) value.forEach((entry) => collect(entry));
    else if (value !== null && typeof value === 'object') {
      for (const [entryKey, entry] of Object.entries(value)) collect(entry, entryKey);
    }
  };
  collect(frontmatter);
  if (context.sourceLabel !== undefined) texts.push(context.sourceLabel);
  return texts.filter((text) => text !== '');
}

/** The first piece of `line` found nowhere, or undefined when all of it is accounted for. */
function unaccounted(line: string, haystack: readonly string[]): string | undefined {
  let rest = line.replace(/\s+/g, ' ').trim();
  let atStart = true;
  while (rest !== '') {
    const furniture = FURNITURE.find(({ pattern }) => pattern.test(rest));
    const label = LABELS.find(({ field, pattern }) => (field !== 'listed' || atStart) && pattern.test(rest));
    const skip = furniture?.pattern ?? label?.pattern ?? (atStart ? undefined : SEPARATOR);
    const skipped = skip ? rest.replace(skip, '') : rest;
    atStart = false;
    if (skipped !== rest) {
      rest = skipped.trimStart();
      continue;
    }
    const length = longestFoundPrefix(rest, haystack);
    if (length === 0) return rest.slice(0, 80);
    rest = rest.slice(length).trimStart();
  }
  return undefined;
}

function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

function longestFoundPrefix(text: string, haystack: readonly string[]): number {
  // `text` has its spaces collapsed already, so lower-casing it once gives every prefix's comparable form.
  const lower = text.toLowerCase();
  const wanted =
    lower.length === text.length
      ? (length: number) => lower.slice(0, length)
      : (length: number) => comparable(text.slice(0, length));
  let best = 0;
  for (const item of haystack) {
    let low = best;
    let high = text.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (item.includes(wanted(middle))) low = middle;
      else high = middle - 1;
    }
    // A short piece counts only as a whole field value ending at a word's end ("zh" is no "Zhao").
    const wholeValue = wanted(low) === item && !/^[\p{L}\p{N}]/u.test(text.slice(low));
    if (low > best && (low >= MIN_PIECE || low === text.length || wholeValue)) best = low;
  }
  return best;
}
