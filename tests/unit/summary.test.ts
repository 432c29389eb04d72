import { describe, expect, test } from 'vitest';
import { deriveSummary, openingSentence } from '~/lib/summary';

describe('deriveSummary with directives', () => {
  test.each([
    {
      case: 'a speech directive opening the body',
      markdown: ':::speech{person="zhou-pengju"}\nFirst, we must work. Then rest.\n:::\n\nLater text.',
      summary: 'First, we must work. Then rest.',
    },
    {
      case: 'a speech directive after the first paragraph',
      markdown: 'On April 14, a meeting was held.\n\n:::speech{person="zhou-pengju"}\nSpoken.\n:::',
      summary: 'On April 14, a meeting was held.',
    },
    {
      case: 'an empty speech directive before the first paragraph',
      markdown: ':::speech{person="zhou-pengju"}\n:::\n\nThe meeting was held.',
      summary: 'The meeting was held.',
    },
    {
      case: 'text that looks like a text directive',
      markdown: 'Note:this stays as written.',
      summary: 'Note:this stays as written.',
    },
    { case: 'no paragraph at all', markdown: '## Only a heading', summary: '' },
  ])('$case', ({ markdown, summary }) => {
    expect(deriveSummary(markdown)).toBe(summary);
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
