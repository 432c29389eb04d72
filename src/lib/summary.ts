/** Short plain-text summaries for lists and feeds, derived from an article's Markdown. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, EXIT } from 'unist-util-visit';

/** Longest summary, in characters, before it is cut at a sentence end. */
export const SUMMARY_MAX_LENGTH = 280;

/**
 * The plain text of the first paragraph of `markdown`, cut at the last sentence end that fits in
 * `maxLength` (or at a word, with an ellipsis, when the first sentence alone is longer).
 * @returns an empty string when the body has no paragraph.
 */
export function deriveSummary(markdown: string, maxLength = SUMMARY_MAX_LENGTH): string {
  const paragraph = firstParagraphText(markdown);
  return paragraph === '' ? '' : cutAtSentence(paragraph, maxLength);
}

function firstParagraphText(markdown: string): string {
  // Blocks are parsed one at a time until a paragraph turns up: only the opening matters here,
  // and parsing a whole long body for it would cost more than the rest of the summary.
  for (const rawBlock of markdown.split(/\n\s*\n/)) {
    // Directive fences (`:::speech{...}`, `:::`) wrap paragraphs; they are not text.
    const block = rawBlock
      .split('\n')
      .filter((line) => !line.trimStart().startsWith(':::'))
      .join('\n');
    if (block.trim() === '') continue;
    for (const node of fromMarkdown(block).children) {
      if (node.type !== 'paragraph') continue;
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text !== '') return text;
    }
  }
  return '';
}

/**
 * The first sentence of `text`; cut at a word with an ellipsis when longer than `maxLength`.
 * Used for the opening of an attributed passage.
 */
export function openingSentence(text: string, maxLength = SUMMARY_MAX_LENGTH): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s|$)|[。！？]/.exec(plain);
  const sentence = end ? plain.slice(0, end.index + 1) : plain;
  return cutAtSentence(sentence, maxLength);
}

/**
 * The summary of a parsed body: its first non-empty paragraph (inside a directive too), as plain
 * text cut like `deriveSummary`. Run before plugins that add paragraphs of their own.
 */
export function summaryFromTree(tree: Root, maxLength = SUMMARY_MAX_LENGTH): string {
  let summary = '';
  visit(tree, 'paragraph', (paragraph) => {
    const text = toString(paragraph).replace(/\s+/g, ' ').trim();
    if (text === '') return undefined;
    summary = cutAtSentence(text, maxLength);
    return EXIT;
  });
  return summary;
}

/** Cuts `text` at the last sentence end (., !, ?, 。, ！, ？) within `maxLength`. */
export function cutAtSentence(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const window = text.slice(0, maxLength + 1);
  const sentenceEnds = [...window.matchAll(/[.!?](?=\s)|[。！？]/g)];
  const last = sentenceEnds.at(-1);
  if (last?.index !== undefined && last.index > maxLength / 4) return text.slice(0, last.index + 1);
  const wordEnd = window.lastIndexOf(' ', maxLength - 1);
  return `${text.slice(0, wordEnd > 0 ? wordEnd : maxLength - 1).trimEnd()}…`;
}
