/** Renders Markdown through the archive's real pipeline (Astro's unified processor plus our plugins). */
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { readBodyFacts, type BodyFacts } from '../../src/core/body-facts.ts';
import type { ContentLookups } from '../../src/markdown/content-lookups.ts';
import { markdownOptions } from '../../src/markdown/index.ts';

/** People and terms the plugin tests use; not real content. */
export const LOOKUPS: ContentLookups = {
  people: [
    { id: 'zhou-pengju', name: 'Zhou Pengju', aliases: ['Zhou Peng-ju'] },
    { id: 'zhang-jianjun', name: 'Zhang Jianjun', aliases: [] },
    { id: 'zhang-jianjun-county', name: 'Zhang Jianjun', aliases: [] },
    { id: 'zhang-shihui', name: 'Zhang Shihui', aliases: [] },
    { id: 'hao-peng', name: 'Hao Peng', aliases: [] },
  ],
  glossary: [
    {
      id: 'stuck-neck',
      term: 'stuck neck',
      renderings: ['chokepoint'],
      meaning: 'A technology others can cut off.',
      related: [],
    },
    {
      id: 'two-sessions',
      term: 'Two Sessions',
      renderings: [],
      meaning: 'The yearly plenary meetings.',
      related: [],
    },
    {
      id: 'unicorns',
      term: 'unicorns',
      renderings: ['unicorn enterprises'],
      meaning: 'Start-ups worth a billion dollars.',
      related: [],
    },
  ],
};

export interface Rendered {
  html: string;
  /**
   * `html` without the paragraph anchors (each body paragraph's `id` and self-link), for tests of
   * the other plugins; `rehype-paragraph-anchors` is tested on `html`.
   */
  prose: string;
  facts: BodyFacts | undefined;
  warnings: string[];
}

export interface RenderOptions {
  frontmatter?: Record<string, unknown>;
  lookups?: ContentLookups;
  base?: string;
  /** Path relative to the working directory, as error messages show it. */
  path?: string;
}

export async function renderBody(markdown: string, options: RenderOptions = {}): Promise<Rendered> {
  const warnings: string[] = [];
  const pipeline = markdownOptions({
    base: options.base ?? '/',
    lookups: options.lookups ?? LOOKUPS,
    warn: (message) => warnings.push(message),
  });
  const processor = await createMarkdownProcessor({ ...pipeline, syntaxHighlight: false });
  const result = await processor.render(markdown, {
    fileURL: pathToFileURL(options.path ?? 'content/articles/2023/test-article.md'),
    frontmatter: structuredClone(options.frontmatter ?? {}),
  });
  return {
    html: result.code,
    prose: withoutParagraphAnchors(result.code),
    facts: readBodyFacts(result.metadata.frontmatter),
    warnings,
  };
}

/** `html` without paragraph ids and the self-links `rehype-paragraph-anchors` adds. */
export function withoutParagraphAnchors(html: string): string {
  return html
    .replaceAll(/ id="paragraph-\d+"/g, '')
    .replaceAll(/ <a href="#paragraph-\d+" class="paragraph-anchor"[^>]*>.*?<\/a>/g, '');
}
