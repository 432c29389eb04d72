import { describe, expect, it } from 'vitest';
import { countOf, escapeRegExp } from '~/lib/text';

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
