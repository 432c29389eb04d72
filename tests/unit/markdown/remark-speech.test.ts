import { describe, expect, test } from 'vitest';
import { renderBody } from '../../support/render-markdown.ts';

const MAYOR = { speakers: [{ person: 'zhou-pengju', role: 'Mayor', act: 'delivered a speech' }] };

describe('remark-speech: :::speech directives', () => {
  test('wraps the passage in a section labelled by a visible, linked attribution with the role from the frontmatter', async () => {
    const { prose: html } = await renderBody(
      ':::speech{person="zhou-pengju"}\nFirst, we must work. It matters.\n\nSecond, we must rest.\n:::',
      { frontmatter: MAYOR },
    );
    expect(html).toContain(
      '<section id="speech-zhou-pengju-1" class="speech" aria-labelledby="speech-zhou-pengju-1-by">' +
        '<p id="speech-zhou-pengju-1-by" class="speech-attribution">Speaker: <a href="/people/zhou-pengju/">Zhou Pengju</a>, Mayor</p>',
    );
    expect(html).toContain('<p>First, we must work. It matters.</p><p>Second, we must rest.</p></section>');
  });

  test("records each passage with its anchor and opening sentence, numbering a speaker's passages in body order", async () => {
    const { facts } = await renderBody(
      [
        ':::speech{person="zhou-pengju"}\nFirst, we must work. It matters.\n:::',
        'The meeting went on.',
        ':::speech{person="zhou-pengju"}\nSecond, the “stuck neck” must go! Then rest.\n:::',
      ].join('\n\n'),
      { frontmatter: MAYOR },
    );
    expect(facts?.passages).toEqual([
      { personId: 'zhou-pengju', anchor: 'speech-zhou-pengju-1', opening: 'First, we must work.' },
      {
        personId: 'zhou-pengju',
        anchor: 'speech-zhou-pengju-2',
        opening: 'Second, the “stuck neck” must go!',
      },
    ]);
    expect(facts?.problems).toEqual([]);
  });

  test('links under the base path the site is served from', async () => {
    const { prose: html } = await renderBody(':::speech{person="zhou-pengju"}\nText.\n:::', {
      frontmatter: MAYOR,
      base: '/archive/',
    });
    expect(html).toContain('<a href="/archive/people/zhou-pengju/">Zhou Pengju</a>');
  });

  test('a directive with no paragraphs adds nothing and records no passage', async () => {
    const { prose: html, facts } = await renderBody(
      'Before.\n\n:::speech{person="zhou-pengju"}\n:::\n\nAfter.',
      {
        frontmatter: MAYOR,
      },
    );
    expect(html).toBe('<p>Before.</p>\n<p>After.</p>');
    expect(facts?.passages).toEqual([]);
    expect(facts?.problems).toEqual([]);
  });

  describe.each([
    {
      case: 'no person',
      markdown: 'Intro.\n\n:::speech\nSpoken text.\n:::',
      problem:
        'content/articles/2023/test-article.md:3: :::speech: no person; write :::speech{person="<person id>"}',
    },
    {
      case: 'an unknown person',
      markdown: 'Intro.\n\nMore.\n\n:::speech{person="nobody-known"}\nSpoken text.\n:::',
      problem:
        'content/articles/2023/test-article.md:5: :::speech: unknown person "nobody-known"; create content/people/nobody-known.yaml',
    },
    {
      case: 'a person who is not among the speakers',
      markdown: ':::speech{person="hao-peng"}\nSpoken text.\n:::',
      problem:
        'content/articles/2023/test-article.md:1: :::speech: "hao-peng" is not among this article\'s speakers',
    },
  ])('a directive with $case', ({ markdown, problem }) => {
    test('is a problem naming the file and line, and the text is kept without attribution', async () => {
      const { prose: html, facts } = await renderBody(markdown, { frontmatter: MAYOR });
      expect(facts?.problems).toHaveLength(1);
      expect(facts?.problems[0]).toContain(problem);
      expect(html).toContain('<p>Spoken text.</p>');
      expect(html).not.toContain('<section');
      expect(facts?.passages).toEqual([]);
    });
  });
});
