import { describe, expect, it, test } from 'vitest';
import { cutAtSentence, deriveSummary, openingSentence } from '~/lib/summary';

describe('deriveSummary', () => {
  it('takes the first paragraph as plain text', () => {
    expect(
      deriveSummary('On April 14, the *city’s* [conference](https://example.org) was held.\n\nSecond.'),
    ).toBe('On April 14, the city’s conference was held.');
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
    expect(
      deriveSummary(':::speech{person="zhou-pengju"}\nZhou Pengju emphasized that we must work.\n:::\n'),
    ).toBe('Zhou Pengju emphasized that we must work.');
  });

  it('skips a fence standing alone', () => {
    expect(deriveSummary(':::speech{person="zhou-pengju"}\n\nThe speech.\n\n:::')).toBe('The speech.');
  });
});

describe('deriveSummary around speech directives and directive-like text', () => {
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

describe('the summary the Markdown pipeline records', () => {
  it('is the first paragraph, even inside a speech, and not the attribution the speech adds', async () => {
    const { renderBody } = await import('./render-markdown');
    const { facts } = await renderBody(
      ':::speech{person="zhou-pengju"}\nZhou Pengju emphasized that we must work. Second, we must try.\n:::\n\nLater text.',
      { frontmatter: { speakers: [{ person: 'zhou-pengju', role: 'Mayor', act: 'delivered a speech' }] } },
    );
    expect(facts?.summary).toBe('Zhou Pengju emphasized that we must work. Second, we must try.');
  });

  it('is empty for a body without a paragraph', async () => {
    const { renderBody } = await import('./render-markdown');
    expect((await renderBody('# Only a heading')).facts?.summary).toBe('');
  });
});
