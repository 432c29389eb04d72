import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  articleFile,
  bodyMarkdown,
  frontmatterYaml,
  type ImportedFrontmatter,
} from '../../../src/import/article-file.ts';
import { parseRawPage } from '../../../src/import/parse-raw.ts';
import { renderBody } from '../../support/render-markdown.ts';
import { fixture } from '../../support/import-fixtures.ts';

/** Renders Markdown as the site does (the project's plugins, no smartypants), without paragraph self-links. */
async function renderHtml(markdown: string): Promise<string> {
  return (await renderBody(markdown)).prose;
}

function visibleText(html: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' };
  return html
    .replace(/<[^>]+>/g, '')
    .replace(
      /&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|quot|amp));/gi,
      (_, hex?: string, decimal?: string, name?: string) =>
        hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : decimal
            ? String.fromCodePoint(Number(decimal))
            : (named[name ?? ''] ?? ''),
    );
}

describe('bodyMarkdown', () => {
  const page = parseRawPage(fixture('markdown-characters.txt'), { sourceNames: ['Fuxin News Network'] });

  it('shows *, _, #, <, [, list and quote markers, colons and entities literally on the page', async () => {
    const html = await renderHtml(bodyMarkdown(page.blocks));
    for (const element of [
      '<em>',
      '<strong>',
      '<b>',
      '<h1',
      '<ol',
      '<ul',
      '<blockquote',
      '<code',
      '<div',
      '>not a link</a>',
    ]) {
      expect(html).not.toContain(element);
    }
    const text = visibleText(html);
    for (const { text: line } of page.blocks) expect(text).toContain(line);
    expect(text).toContain('<b>not a tag</b>');
    expect(text).toContain('an &amp; entity');
  });

  it('writes one paragraph per block and sub-headlines in bold', async () => {
    const html = await renderHtml(
      bodyMarkdown([
        { kind: 'subheadline', text: 'Seventy companies offer posts' },
        { kind: 'paragraph', text: 'On March 1, the fair opened.' },
      ]),
    );
    expect(html).toBe(
      '<p><strong>Seventy companies offer posts</strong></p>\n<p>On March 1, the fair opened.</p>',
    );
  });
});

describe('frontmatterYaml', () => {
  const frontmatter: ImportedFrontmatter = {
    title: 'Fixing the Roads: “Before” the Snow',
    published: '2023-11-21',
    eventDate: '2023-11-20',
    listed: undefined,
    source: 'fuxin-news-network',
    language: 'en',
    views: 1204,
    speakers: [],
    mentions: [{ person: 'xi-jinping', role: undefined }],
    themes: ['talent'],
    truncated: true,
    contentHash: 'a'.repeat(64),
    review: ['eventDate', 'themes'],
  };

  it('quotes days so YAML cannot read them as timestamps, and leaves out empty fields', () => {
    const yaml = frontmatterYaml(frontmatter);
    expect(yaml).toContain("published: '2023-11-21'\n");
    expect(yaml).toContain("eventDate: '2023-11-20'\n");
    expect(yaml).not.toContain('listed');
    expect(yaml).not.toContain('speakers');
    expect(yaml.startsWith('---\n') && yaml.endsWith('\n---\n')).toBe(true);
  });

  it('reads back to the same values', () => {
    const { title, mentions, views, truncated, review } = parse(
      frontmatterYaml(frontmatter).replace(/---\n/g, ''),
    );
    expect({ title, mentions, views, truncated, review }).toEqual({
      title: frontmatter.title,
      mentions: [{ person: 'xi-jinping' }],
      views: 1204,
      truncated: true,
      review: ['eventDate', 'themes'],
    });
  });

  it('puts a blank line between the frontmatter and the body', () => {
    expect(articleFile(frontmatter, [{ kind: 'paragraph', text: 'Text.' }])).toMatch(/\n---\n\nText\.\n$/);
  });
});
