/** How long an article is: words and minutes of reading, for the article page. */
import { countOf } from './text.ts';

/** Reading speed assumed for an adult reading English prose. */
export const WORDS_PER_MINUTE = 230;

const HAN = /\p{Script=Han}/gu;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Words in `text`: runs of letters and digits (with inner apostrophes and hyphens), plus one
 * per Chinese character, since Chinese is written without spaces.
 */
export function countWords(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  const words = text.replace(HAN, ' ').match(WORD)?.length ?? 0;
  return han + words;
}

/** Whole minutes needed to read `words` words, at least one. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** "1,234 words, about 5 minutes to read" (or "1 minute"). */
export function describeLength(words: number): string {
  return `${countOf(words, 'word')}, about ${countOf(readingMinutes(words), 'minute')} to read`;
}
