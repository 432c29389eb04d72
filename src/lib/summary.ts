/** Short plain-text summaries for lists and feeds, derived from an article's Markdown. */
import type { Nodes, Paragraph, RootContent } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { directive } from 'micromark-extension-directive';

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
  // Only the first few blocks are parsed: an article can be long and only its opening matters here.
  const opening = markdown.split(/\n\s*\n/).slice(0, 8).join('\n\n');
  const tree = fromMarkdown(opening, { extensions: [directive()], mdastExtensions: [directiveFromMarkdown()] });
  const paragraph = firstParagraph(tree.children);
  return paragraph ? paragraphText(paragraph, opening) : '';
}

/** The first non-empty paragraph, looking inside container directives such as `:::speech`. */
function firstParagraph(nodes: readonly RootContent[]): Paragraph | undefined {
  for (const node of nodes) {
    if (node.type === 'paragraph' && !node.data?.directiveLabel && toString(node).trim() !== '') return node;
    if (node.type === 'containerDirective') {
      const inner = firstParagraph(node.children);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Plain text of a paragraph; a text directive (`Note:this`) keeps the characters it was written as. */
function paragraphText(paragraph: Paragraph, source: string): string {
  const text = (node: Nodes): string => {
    if (node.type === 'textDirective') {
      const { start, end } = node.position ?? {};
      return start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : '';
    }
    return 'children' in node ? node.children.map(text).join('') : toString(node);
  };
  return text(paragraph).replace(/\s+/g, ' ').trim();
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
