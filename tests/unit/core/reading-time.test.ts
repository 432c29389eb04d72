import { describe, expect, test } from 'vitest';
import { countWords, describeLength, readingMinutes } from '../../../src/core/reading-time.ts';

describe('reading time', () => {
  test.each([
    { text: '', words: 0 },
    { text: 'It is necessary to firmly establish the city’s “one game of chess” thinking.', words: 13 },
    { text: 'self-reliance and 2023 tasks', words: 4 },
    { text: '周鹏举 emphasized', words: 4 },
  ])('counts $words words in "$text"', ({ text, words }) => {
    expect(countWords(text)).toBe(words);
  });

  test.each([
    { words: 0, minutes: 1 },
    { words: 230, minutes: 1 },
    { words: 795, minutes: 3 },
    { words: 2300, minutes: 10 },
  ])('$words words take $minutes minutes', ({ words, minutes }) => {
    expect(readingMinutes(words)).toBe(minutes);
  });

  test('describes the length for the article page', () => {
    expect(describeLength(1234)).toBe('1,234 words, about 5 minutes to read');
    expect(describeLength(1)).toBe('1 word, about 1 minute to read');
  });
});
