import { describe, expect, it, test } from 'vitest';
import {
  compareText,
  countOf,
  cutAtSentence,
  escapeRegExp,
  openingSentence,
} from '../../../src/core/text.ts';

describe('countOf', () => {
  it.each([
    [0, '0 articles'],
    [1, '1 article'],
    [2, '2 articles'],
  ])('says %d as %j', (count, expected) => expect(countOf(count, 'article')).toBe(expected));

  it('takes an irregular plural', () => expect(countOf(2, 'person', 'people')).toBe('2 people'));
});

describe('escapeRegExp', () => {
  it('makes every pattern character match itself', () => {
    const text = 'Mr. (Li) [a+b]*? ^$ {2} | back\\slash';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('Mr.')).test('Mrs')).toBe(false);
  });
});

describe('compareText', () => {
  it('orders A to Z ignoring case and accents', () => {
    expect(['zhou', 'Álvarez', 'bai', 'Hao'].sort(compareText)).toEqual(['Álvarez', 'bai', 'Hao', 'zhou']);
    expect(compareText('Hao Peng', 'hao peng')).toBe(0);
  });
});

describe('cutAtSentence', () => {
  it('cuts a long paragraph at the last sentence end that fits', () => {
    const first = 'The meeting was held on April 14 in the city hall of Fuxin.';
    const second = 'It reviewed the work of the past year and set tasks for the next one in some detail.';
    expect(cutAtSentence(`${first} ${second}`, first.length + 10)).toBe(first);
  });

  it('keeps Chinese text and cuts at a Chinese full stop', () => {
    expect(cutAtSentence('周鹏举强调。科技创新是第一生产力，必须坚持。', 10)).toBe('周鹏举强调。');
  });

  it('cuts at a word with an ellipsis when the first sentence is too long', () => {
    expect(cutAtSentence('one two three four five six seven eight nine ten', 20)).toBe('one two three four…');
  });

  it('leaves text that fits alone', () => {
    expect(cutAtSentence('Short. Text.', 280)).toBe('Short. Text.');
  });
});

describe('openingSentence', () => {
  test.each([
    { text: 'First, we must work. Then rest.', opening: 'First, we must work.' },
    { text: 'Is it done? Yes.', opening: 'Is it done?' },
    { text: '科学技术是第一生产力。我们要努力。', opening: '科学技术是第一生产力。' },
    { text: 'No sentence end at all', opening: 'No sentence end at all' },
    { text: 'Version 2.0 is out. Fine.', opening: 'Version 2.0 is out.' },
  ])('of "$text" is "$opening"', ({ text, opening }) => {
    expect(openingSentence(text)).toBe(opening);
  });

  test('cuts a very long first sentence at a word, with an ellipsis', () => {
    const opening = openingSentence(`${'word '.repeat(100)}end.`, 40);
    expect(opening.length).toBeLessThanOrEqual(40);
    expect(opening.endsWith('…')).toBe(true);
  });
});

describe('countOf with large numbers', () => {
  it('groups thousands', () => expect(countOf(12685, 'article')).toBe('12,685 articles'));
});
