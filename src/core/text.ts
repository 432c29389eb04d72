/** Small text helpers: wording for counts, the A to Z order, sentences, and escaping for patterns. */

// One number formatter for every count: creating one per call is costly on large pages.
const numbers = new Intl.NumberFormat('en');

/** `1 article`, `2 articles`, `12,685 articles`; `plural` defaults to the noun plus "s". */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${numbers.format(count)} ${count === 1 ? noun : plural}`;
}

// One collator for every A to Z list: `localeCompare` with options builds a new one per call.
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Orders display text A to Z for English readers, ignoring case and accents. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Escapes `text` for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest summary, in characters, before it is cut at a sentence end. */
export const SUMMARY_MAX_LENGTH = 280;

/**
 * The first sentence of `text`; cut at a word with an ellipsis when longer than `maxLength`.
 * Used for the opening of an attributed passage.
 */
export function openingSentence(text: string, maxLength = SUMMARY_MAX_LENGTH): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s|$)|[。！？]/.exec(plain);
  const sentence = end ? plain.slice(0, end.index + 1) : plain;
  return cutAtSentence(sentence, maxLength);
}

/**
 * Cuts `text` at the last sentence end (., !, ?, 。, ！, ？) within `maxLength`, or at a word
 * with an ellipsis when no sentence ends in the first quarter or more.
 */
export function cutAtSentence(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const window = text.slice(0, maxLength + 1);
  const sentenceEnds = [...window.matchAll(/[.!?](?=\s)|[。！？]/g)];
  const last = sentenceEnds.at(-1);
  if (last?.index !== undefined && last.index > maxLength / 4) return text.slice(0, last.index + 1);
  const wordEnd = window.lastIndexOf(' ', maxLength - 1);
  return `${text.slice(0, wordEnd > 0 ? wordEnd : maxLength - 1).trimEnd()}…`;
}
