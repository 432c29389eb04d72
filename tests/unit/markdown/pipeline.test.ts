import { describe, expect, test } from 'vitest';
import { renderBody } from '../../support/render-markdown.ts';

describe('the Markdown pipeline keeps archived text verbatim', () => {
  test.each([
    {
      case: 'a colon before a word (text directive syntax)',
      markdown: 'Note:this stays, as does ratio 3:1.',
      html: '<p>Note:this stays, as does ratio 3:1.</p>',
    },
    {
      case: 'a text directive with label and attributes',
      markdown: 'See:term[label]{a="b"} here.',
      html: '<p>See:term[label]{a="b"} here.</p>',
    },
    {
      case: 'a line starting with two colons (leaf directive syntax)',
      markdown: '::note',
      html: '<p>::note</p>',
    },
    {
      case: 'a bare web address (no GFM autolinks)',
      markdown: 'See www.fuxin.gov.cn or https://example.org/a for details.',
      html: '<p>See www.fuxin.gov.cn or https://example.org/a for details.</p>',
    },
    {
      case: 'tildes and pipes (no GFM strikethrough or tables)',
      markdown: 'Up ~~5%~~ from | last | year |\n| --- | --- |',
      html: '<p>Up ~~5%~~ from | last | year |\n| --- | --- |</p>',
    },
    {
      case: 'straight quotes and dashes (no smartypants)',
      markdown: '"Quoted" -- text...',
      html: '<p>"Quoted" -- text...</p>',
    },
  ])('$case', async ({ markdown, html }) => {
    const rendered = await renderBody(markdown);
    expect(rendered.prose).toBe(html);
    expect(rendered.facts?.problems).toEqual([]);
  });

  test('an unknown container directive is a problem naming the file and line', async () => {
    const { facts } = await renderBody('Intro.\n\n:::note\nText.\n:::');
    expect(facts?.problems).toEqual([
      'content/articles/2023/test-article.md:3: :::note: unknown directive; use :::speech, or indent the line to keep it as text',
    ]);
  });
});

describe('reading aids', () => {
  test('headings get an id and link to themselves', async () => {
    const { prose: html } = await renderBody('## Key tasks for 2023');
    expect(html).toBe(
      '<h2 id="key-tasks-for-2023"><a class="heading-anchor" href="#key-tasks-for-2023">Key tasks for 2023</a></h2>',
    );
  });

  test('external links get a safe rel; internal links are left alone', async () => {
    const { prose: html } = await renderBody(
      '[Source](https://example.org/a) and [home](/people/) and [mail](mailto:a@example.org).',
    );
    expect(html).toBe(
      '<p><a href="https://example.org/a" rel="external noopener noreferrer">Source</a> and <a href="/people/">home</a> and <a href="mailto:a@example.org">mail</a>.</p>',
    );
  });

  test.each([
    { markdown: 'One two three.', words: 3 },
    { markdown: '## Heading words\n\nBody *with emphasis* and `code`.', words: 7 },
    { markdown: ':::speech{person="zhou-pengju"}\nFour words spoken here.\n:::', words: 4 },
    { markdown: '科学技术是第一生产力', words: 10 },
    { markdown: '', words: 0 },
  ])('counts $words words in "$markdown", not the attribution', async ({ markdown, words }) => {
    const { facts } = await renderBody(markdown, {
      frontmatter: { speakers: [{ person: 'zhou-pengju', role: 'Mayor', act: 'spoke' }] },
    });
    expect(facts?.wordCount).toBe(words);
  });
});
