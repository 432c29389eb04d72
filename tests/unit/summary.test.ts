import { describe, expect, it } from 'vitest';
import { cutAtSentence, deriveSummary } from '~/lib/summary';

describe('deriveSummary', () => {
  it('takes the first paragraph as plain text', () => {
    expect(deriveSummary('On April 14, the *city’s* [conference](https://example.org) was held.\n\nSecond.')).toBe(
      'On April 14, the city’s conference was held.',
    );
  });

  it('skips headings and starts at the first paragraph', () => {
    expect(deriveSummary('# Heading\n\nThe lede.')).toBe('The lede.');
  });

  it('cuts a long paragraph at the last sentence end that fits', () => {
    const first = 'The meeting was held on April 14 in the city hall of Fuxin.';
    const second = 'It reviewed the work of the past year and set tasks for the next one in some detail.';
    expect(deriveSummary(`${first} ${second}`, first.length + 10)).toBe(first);
  });

  it('keeps Chinese text and cuts at a Chinese full stop', () => {
    expect(cutAtSentence('周鹏举强调。科技创新是第一生产力，必须坚持。', 10)).toBe('周鹏举强调。');
  });

  it('cuts at a word with an ellipsis when the first sentence is too long', () => {
    expect(cutAtSentence('one two three four five six seven eight nine ten', 20)).toBe('one two three four…');
  });

  it('is empty for a body without a paragraph', () => {
    expect(deriveSummary('')).toBe('');
    expect(deriveSummary('# Only a heading')).toBe('');
  });
});

describe('deriveSummary with directives', () => {
  it('reads the paragraph inside a speech directive, not the fence', () => {
    expect(deriveSummary(':::speech{person="zhou-pengju"}\nZhou Pengju emphasized that we must work.\n:::\n')).toBe(
      'Zhou Pengju emphasized that we must work.',
    );
  });

  it('skips a fence standing alone', () => {
    expect(deriveSummary(':::speech{person="zhou-pengju"}\n\nThe speech.\n\n:::')).toBe('The speech.');
  });
});
