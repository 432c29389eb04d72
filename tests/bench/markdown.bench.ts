/**
 * What the archive's Markdown pipeline costs: renders the same synthetic article bodies through
 * Astro's default renderer (Sätteri), Astro's unified processor with and without GitHub's Markdown
 * extensions (GFM), and the archive's own pipeline (no GFM, with our plugins).
 *
 *   npx vitest bench --run tests/bench/markdown.bench.ts      (MARKDOWN_BENCH_ARTICLES=200 by default)
 *
 * The whole-site benchmark (`npm run bench`) belongs to the scale work; this isolates the pipeline.
 */
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse } from 'yaml';
import { bench, describe } from 'vitest';
import { generateCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { readContentLookups, type ContentLookups } from '../../src/markdown/content-lookups.ts';
import { markdownOptions } from '../../src/markdown/index.ts';

const ARTICLES = Number(process.env['MARKDOWN_BENCH_ARTICLES'] ?? 200);
const files = generateCorpus({ articles: ARTICLES, seed: 1 });
const lookups: ContentLookups = {
  people: files
    .filter((file) => file.path.startsWith('people/'))
    .map((file) => {
      const { name } = parse(file.text) as { name: string };
      return { id: file.path.slice('people/'.length, -'.yaml'.length), name, aliases: [] };
    }),
  glossary: readContentLookups('content').glossary,
};
const articles = files
  .filter((file) => file.path.startsWith('articles/'))
  .map((file) => {
    const { content, frontmatter } = parseFrontmatter(file.text);
    return { body: content, frontmatter };
  });

const satteri = await createSatteriMarkdownProcessor({ smartypants: false, syntaxHighlight: false });
const bare = await createMarkdownProcessor({ smartypants: false, syntaxHighlight: false });
const commonmark = await createMarkdownProcessor({ gfm: false, smartypants: false, syntaxHighlight: false });
const archive = await createMarkdownProcessor({
  ...markdownOptions({ base: '/', lookups, warn: () => {} }),
  syntaxHighlight: false,
});

async function renderAll(processor: typeof bare): Promise<void> {
  for (const { body, frontmatter } of articles) {
    await processor.render(body, { frontmatter: { ...frontmatter } });
  }
}

describe(`rendering ${ARTICLES} article bodies`, () => {
  bench("Sätteri, Astro's default renderer", () => renderAll(satteri), {
    iterations: 5,
    warmupIterations: 1,
  });
  bench('unified with GFM (its default), no archive plugins', () => renderAll(bare), {
    iterations: 5,
    warmupIterations: 1,
  });
  bench('unified without GFM, no archive plugins', () => renderAll(commonmark), {
    iterations: 5,
    warmupIterations: 1,
  });
  bench('unified with the archive plugins', () => renderAll(archive), { iterations: 5, warmupIterations: 1 });
});
