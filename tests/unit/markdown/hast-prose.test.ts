import { describe, expect, test } from 'vitest';
import { wholeWords } from '../../../src/markdown/hast-prose.ts';

const found = (phrases: string[], text: string, caseless = false) => [
  ...(wholeWords(phrases, { caseless })?.find(text) ?? []),
];

describe('wholeWords finds names and terms as whole words', () => {
  test('not inside a longer word, in Latin or other scripts', () => {
    expect(found(['Xi'], 'Xinhua quoted Xi, not Xiao.')).toEqual([{ index: 14, text: 'Xi' }]);
    expect(found(['Hao Peng'], 'Hao Pengfei and 郝Hao Peng and Hao Peng。')).toEqual([
      { index: 30, text: 'Hao Peng' },
    ]);
    expect(found(['Li'], 'Li_x and 1Li and Li2 and Li')).toEqual([{ index: 25, text: 'Li' }]);
  });

  test('the longest phrase first, and a shorter one where the longer is not a whole word', () => {
    expect(found(['Sessions', 'Two Sessions'], 'the Two Sessions')).toEqual([
      { index: 4, text: 'Two Sessions' },
    ]);
    expect(found(['Two', 'Two Sessionsx'], 'Two Sessionsxy')).toEqual([{ index: 0, text: 'Two' }]);
  });

  test('any run of white space where a phrase has a space, and case only when asked', () => {
    expect(found(['Zhou Pengju'], 'Zhou\n  Pengju spoke')).toEqual([{ index: 0, text: 'Zhou\n  Pengju' }]);
    expect(found(['two sessions'], 'The Two Sessions')).toEqual([]);
    expect(found(['two sessions'], 'The Two Sessions', true)).toEqual([{ index: 4, text: 'Two Sessions' }]);
  });

  test('characters outside the Basic Multilingual Plane count as word characters next to a phrase', () => {
    expect(found(['Li'], '𠀀Li and Li𠀀 and Li')).toEqual([{ index: 18, text: 'Li' }]);
  });

  test('every occurrence, and nothing for no phrases', () => {
    expect(found(['Li'], 'Li met Li.').map(({ index }) => index)).toEqual([0, 7]);
    expect(wholeWords(['', '  '])).toBeUndefined();
  });
});
