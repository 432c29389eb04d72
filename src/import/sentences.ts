/**
 * Where sentences end in news text. A full stop after an abbreviation ("No. 1", "Co., Ltd.",
 * "Jan. 5", "Mr. Li") or an initial ("J. Smith") does not end a sentence.
 */

/** Words that are written with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    'no nos co ltd inc corp dept gov govt mr mrs ms dr prof st jr sr vs etc approx est ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/** True when a full stop right after `before` belongs to an abbreviation or an initial. */
export function isAbbreviationStop(before: string): boolean {
  // Only the last word matters; looking at a short tail keeps a long paragraph linear.
  const word = /([\p{L}.]+)$/u.exec(before.slice(-24))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The positions just after each sentence end in `text` (end punctuation, closing quotes). */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(/[.!?;。！？；]["”'’)）\]]*(?=\s|$)/g)) {
    if (match[0].startsWith('.') && isAbbreviationStop(text.slice(0, match.index))) continue;
    ends.push(match.index + match[0].length);
  }
  return ends;
}

/** The first sentence of `text`, with its end punctuation; all of `text` when it has one sentence. */
export function firstSentence(text: string): string {
  const end = sentenceEnds(text).find((position) => !/[;；]["”'’)）\]]*$/.test(text.slice(0, position)));
  return end === undefined ? text : text.slice(0, end);
}

/**
 * Splits text into sentences (and at blank lines), keeping each sentence's own text. A sentence
 * break needs a capital letter or an opening quote after it.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let start = 0;
    for (const end of sentenceEnds(paragraph)) {
      if (!/^\s+[\p{Lu}“"‘]/u.test(paragraph.slice(end))) continue;
      sentences.push(paragraph.slice(start, end));
      start = end;
    }
    sentences.push(paragraph.slice(start));
  }
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}
