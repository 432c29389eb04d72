import { describe, expect, it, test } from 'vitest';
import { renderBody } from '../../support/render-markdown.ts';

const speakers = [{ person: 'zhou-pengju', role: 'Mayor', act: 'delivered a speech' }];

/** The summary the real pipeline records for `markdown`. */
async function summaryOf(markdown: string): Promise<string | undefined> {
  return (await renderBody(markdown, { frontmatter: { speakers } })).facts?.summary;
}

describe('the summary the Markdown pipeline records', () => {
  test.each([
    {
      case: 'the first paragraph as plain text',
      markdown: 'On April 14, the *city’s* [conference](https://example.org) was held.\n\nSecond.',
      summary: 'On April 14, the city’s conference was held.',
    },
    { case: 'a heading skipped', markdown: '# Heading\n\nThe lede.', summary: 'The lede.' },
    {
      case: 'the paragraph inside a speech, not its fence',
      markdown: ':::speech{person="zhou-pengju"}\nZhou Pengju emphasized that we must work.\n:::\n',
      summary: 'Zhou Pengju emphasized that we must work.',
    },
    {
      case: 'a fence standing alone',
      markdown: ':::speech{person="zhou-pengju"}\n\nThe speech.\n\n:::',
      summary: 'The speech.',
    },
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
    { case: 'an empty body', markdown: '', summary: '' },
  ])('is $case', async ({ markdown, summary }) => {
    expect(await summaryOf(markdown)).toBe(summary);
  });

  it('is cut at the last sentence end within 280 characters', async () => {
    const first = `The meeting was held on April 14 in the city hall of Fuxin, ${'and it went on, '.repeat(12)}until late.`;
    const summary = await summaryOf(`${first} ${'It reviewed the work of the past year. '.repeat(4)}`);
    expect(summary).toBe(first);
  });

  it('is the first paragraph, even inside a speech, and not the attribution the speech adds', async () => {
    expect(
      await summaryOf(
        ':::speech{person="zhou-pengju"}\nZhou Pengju emphasized that we must work. Second, we must try.\n:::\n\nLater text.',
      ),
    ).toBe('Zhou Pengju emphasized that we must work. Second, we must try.');
  });
});

describe('remarkSummary on its own', () => {
  it('takes a shorter limit', async () => {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { VFile } = await import('vfile');
    const { remarkSummary } = await import('../../../src/markdown/remark-summary.ts');
    const first = 'The meeting was held on April 14 in the city hall of Fuxin.';
    const file = new VFile({ value: `${first} It reviewed the work of the past year in detail.` });
    const processor = unified()
      .use(remarkParse)
      .use(remarkSummary, { maxLength: first.length + 10 });
    await processor.run(processor.parse(file), file);
    expect(
      (file.data['astro'] as { frontmatter: { bodyFacts: { summary: string } } }).frontmatter.bodyFacts
        .summary,
    ).toBe(first);
  });
});
