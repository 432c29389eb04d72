import { describe, expect, test } from 'vitest';
import { renderBody } from '../../support/render-markdown.ts';

const MAYOR = { speakers: [{ person: 'zhou-pengju', role: 'Mayor', act: 'delivered a speech' }] };

const ids = (html: string) => [...html.matchAll(/<p id="(paragraph-\d+)"/g)].map(([, id]) => id);

describe('rehype-paragraph-anchors', () => {
  test('gives each paragraph an id and ends it with a link to itself, named by its number', async () => {
    const { html, facts } = await renderBody('First paragraph.\n\nSecond paragraph.');
    expect(html).toBe(
      '<p id="paragraph-1">First paragraph. <a href="#paragraph-1" class="paragraph-anchor" data-pagefind-ignore=""><span aria-hidden="true">¶</span><span class="visually-hidden">Paragraph</span> 1</a></p>\n' +
        '<p id="paragraph-2">Second paragraph. <a href="#paragraph-2" class="paragraph-anchor" data-pagefind-ignore=""><span aria-hidden="true">¶</span><span class="visually-hidden">Paragraph</span> 2</a></p>',
    );
    expect(facts?.paragraphCount).toBe(2);
  });

  test('numbers the paragraphs of a speech in reading order, leaving the attribution unnumbered and the speech anchor in place', async () => {
    const { html, facts } = await renderBody(
      'Opening.\n\n:::speech{person="zhou-pengju"}\nFirst, work.\n\nSecond, rest.\n:::\n\nClosing.',
      { frontmatter: MAYOR },
    );
    expect(ids(html)).toEqual(['paragraph-1', 'paragraph-2', 'paragraph-3', 'paragraph-4']);
    expect(html).toContain('<section id="speech-zhou-pengju-1"');
    expect(html).toContain('<p id="speech-zhou-pengju-1-by" class="speech-attribution">');
    expect(html).toContain('<p id="paragraph-2">First, work.');
    expect(html).toContain('<p id="paragraph-4">Closing.');
    expect(facts?.paragraphCount).toBe(4);
  });

  test('leaves headings alone and counts Chinese paragraphs like any other', async () => {
    const { html, facts } = await renderBody('## 会议\n\n4月14日，全市科技工作会议召开。');
    expect(html).toContain('<h2 id="会议">');
    expect(ids(html)).toEqual(['paragraph-1']);
    expect(facts?.paragraphCount).toBe(1);
  });

  test("numbers an article's original apart, so both texts can share a page", async () => {
    const { html } = await renderBody('第一段。\n\n第二段。', {
      path: 'content/articles/2023/2023-04-17-conference.zh.md',
    });
    expect([...html.matchAll(/<p id="([^"]+)"/g)].map(([, id]) => id)).toEqual([
      'original-paragraph-1',
      'original-paragraph-2',
    ]);
    expect(html).toContain('<a href="#original-paragraph-2" class="paragraph-anchor"');
  });

  test('an empty body has no paragraphs', async () => {
    const { html, facts } = await renderBody('');
    expect(html).toBe('');
    expect(facts?.paragraphCount).toBe(0);
  });
});
