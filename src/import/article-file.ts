/**
 * Writes an imported article as the archive stores it: YAML frontmatter that passes the content
 * schema (days as quoted 'YYYY-MM-DD' strings) and a Markdown body built as mdast and serialised
 * by remark's `mdast-util-to-markdown`, so `*`, `_`, `#`, `<` and `[` in the source stay literal.
 */
import type { Paragraph, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { Document, Scalar } from 'yaml';
import type { ArticleFrontmatter, ReviewableField } from '../core/schemas.ts';
import type { Block } from './parse-raw.ts';

/**
 * The frontmatter of an imported article, written in the order its keys are given: the content
 * schema's input, with the provenance the importer always records.
 */
export type ImportedFrontmatter = ArticleFrontmatter & { contentHash: string; review: ReviewableField[] };

const DAY_FIELDS = new Set(['published', 'eventDate', 'listed', 'imported']);

/** The frontmatter as YAML between `---` lines; empty and undefined fields are left out. */
export function frontmatterYaml(frontmatter: ImportedFrontmatter): string {
  const entries = Object.entries(frontmatter).filter(
    ([key, value]) =>
      value !== undefined && !(Array.isArray(value) && value.length === 0 && key !== 'themes'),
  );
  const document = new Document(
    Object.fromEntries(entries.map(([key, value]) => [key, withoutUndefined(value)])),
  );
  for (const key of DAY_FIELDS) {
    const value = document.get(key, true);
    if (value instanceof Scalar) value.type = Scalar.QUOTE_SINGLE;
  }
  const contentHash = document.get('contentHash', true);
  if (contentHash instanceof Scalar) contentHash.type = Scalar.QUOTE_SINGLE;
  return `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== undefined)
        .map(([key, entry]) => [key, withoutUndefined(entry)]),
    );
  }
  return value;
}

/**
 * The body as Markdown: one paragraph per block, sub-headlines in bold. Text is escaped where
 * Markdown (or a directive plugin) would read it as syntax, so it renders exactly as written.
 */
export function bodyMarkdown(blocks: readonly Block[]): string {
  const tree: Root = {
    type: 'root',
    children: blocks.map(({ kind, text }): Paragraph => ({
      type: 'paragraph',
      children:
        kind === 'subheadline'
          ? [{ type: 'strong', children: [{ type: 'text', value: text }] }]
          : [{ type: 'text', value: text }],
    })),
  };
  return toMarkdown(tree, {
    // A line starting with a colon could open a block directive (`::name`, `:::name`).
    unsafe: [{ character: ':', atBreak: true }],
  });
}

/** The whole article file. */
export function articleFile(frontmatter: ImportedFrontmatter, blocks: readonly Block[]): string {
  return `${frontmatterYaml(frontmatter)}\n${bodyMarkdown(blocks)}`;
}
