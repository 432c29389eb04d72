import { describe, expect, test } from 'vitest';
import { renderBody } from '../../support/render-markdown.ts';

const people = (speakers: string[], mentions: string[] = []) => ({
  speakers: speakers.map((person) => ({ person, role: 'Official', act: 'spoke' })),
  mentions: mentions.map((person) => ({ person })),
});

describe('rehype-linked-names', () => {
  test('links the first mention of each speaker and mentioned person, and only the first', async () => {
    const { prose: html } = await renderBody('Zhou Pengju met Hao Peng. Later Zhou Pengju left.', {
      frontmatter: people(['zhou-pengju'], ['hao-peng']),
    });
    expect(html).toBe(
      '<p><a href="/people/zhou-pengju/" class="person-link">Zhou Pengju</a> met ' +
        '<a href="/people/hao-peng/" class="person-link">Hao Peng</a>. Later Zhou Pengju left.</p>',
    );
  });

  test('matches an alias from the people collection', async () => {
    const { prose: html } = await renderBody('Mayor Zhou Peng-ju spoke.', {
      frontmatter: people(['zhou-pengju']),
    });
    expect(html).toContain('<a href="/people/zhou-pengju/" class="person-link">Zhou Peng-ju</a>');
  });

  test('does not link people the article does not list', async () => {
    const { prose: html } = await renderBody('Hao Peng was not listed.', {
      frontmatter: people(['zhou-pengju']),
    });
    expect(html).not.toContain('<a');
  });

  describe.each([
    { where: 'inside an existing link', markdown: '[Zhou Pengju](https://example.org/zhou) spoke.' },
    { where: 'inside a heading', markdown: '## Zhou Pengju at the meeting' },
    { where: 'inside inline code', markdown: 'The id `Zhou Pengju` is written so.' },
    { where: 'inside a longer word', markdown: 'Zhou Pengjuan is someone else.' },
    { where: 'inside a speech attribution', markdown: ':::speech{person="zhou-pengju"}\nWe must work.\n:::' },
  ])('a name $where', ({ markdown }) => {
    test('is left alone', async () => {
      const { prose: html } = await renderBody(markdown, { frontmatter: people(['zhou-pengju']) });
      expect(html).not.toContain('person-link');
    });
  });

  test('a name left alone in a heading is linked at its first mention in the text', async () => {
    const { prose: html } = await renderBody('## Zhou Pengju at the meeting\n\nZhou Pengju spoke.', {
      frontmatter: people(['zhou-pengju']),
    });
    expect(html).toContain(
      '<p><a href="/people/zhou-pengju/" class="person-link">Zhou Pengju</a> spoke.</p>',
    );
  });

  test('two people sharing a surname are each linked by their full name, and the bare surname is not', async () => {
    const { prose: html } = await renderBody('Zhang said that Zhang Shihui and Zhang Jianjun agreed.', {
      frontmatter: people(['zhang-shihui', 'zhang-jianjun']),
    });
    expect(html).toBe(
      '<p>Zhang said that <a href="/people/zhang-shihui/" class="person-link">Zhang Shihui</a> and ' +
        '<a href="/people/zhang-jianjun/" class="person-link">Zhang Jianjun</a> agreed.</p>',
    );
  });

  test('two people of the same name in one article: neither is linked and the build warns with the file', async () => {
    const { prose: html, warnings } = await renderBody('Zhang Jianjun met Zhang Jianjun. Zhou Pengju too.', {
      frontmatter: people(['zhang-jianjun', 'zhang-jianjun-county', 'zhou-pengju']),
    });
    expect(html).not.toContain('/people/zhang-jianjun');
    expect(html).toContain('<a href="/people/zhou-pengju/" class="person-link">Zhou Pengju</a>');
    expect(warnings).toEqual([
      'content/articles/2023/test-article.md: "Zhang Jianjun" is the name of zhang-jianjun and zhang-jianjun-county; that name is not linked in the body',
    ]);
  });

  test('a namesake elsewhere in the archive does not stop the link', async () => {
    const { prose: html, warnings } = await renderBody('Zhang Jianjun presided.', {
      frontmatter: people(['zhang-jianjun']),
    });
    expect(html).toContain('<a href="/people/zhang-jianjun/" class="person-link">Zhang Jianjun</a>');
    expect(warnings).toEqual([]);
  });
});
