/** Shared by the rehype plugins that mark up words in running text (names, glossary terms). */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { ATTRIBUTION_CLASS } from './remark-speech';

/** Elements whose text is never marked up: headings, links, code, existing markup. */
const LEFT_ALONE = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'svg',
  'math',
  'dfn',
  'abbr',
  'button',
  'textarea',
  'select',
  'title',
]);

function leftAlone(element: Element): boolean {
  const className = element.properties['className'];
  return (
    LEFT_ALONE.has(element.tagName) || (Array.isArray(className) && className.includes(ATTRIBUTION_CLASS))
  );
}

/** A span of a text node to replace, and what to put there. */
export interface TextMatch {
  start: number;
  end: number;
  replacement: ElementContent;
}

/**
 * Walks the text of `tree` in document order, outside headings, links, code and attributions,
 * and replaces the spans `find` returns. `find` returns `false` once it has nothing left to do.
 */
export function markProseText(tree: Root, find: (text: string) => TextMatch[] | false): void {
  let done = false;
  visit(tree, (node, index, parent) => {
    if (done) return SKIP;
    if (node.type === 'element') return leftAlone(node) ? SKIP : undefined;
    if (node.type !== 'text' || !parent || index === undefined) return undefined;
    const matches = find(node.value);
    if (matches === false) {
      done = true;
      return SKIP;
    }
    if (matches.length === 0) return undefined;
    const pieces = splitText(node, matches);
    parent.children.splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
}

function splitText(node: Text, matches: readonly TextMatch[]): ElementContent[] {
  const pieces: ElementContent[] = [];
  let at = 0;
  for (const { start, end, replacement } of [...matches].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    if (start > at) pieces.push({ type: 'text', value: node.value.slice(at, start) });
    pieces.push(replacement);
    at = end;
  }
  if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
  return pieces;
}

/** Escapes `text` for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern matching any of `phrases` as whole words (not inside a longer word), longest first
 * so "Two Sessions" wins over "Sessions". Spaces in a phrase match any run of white space.
 */
export function wholeWords(phrases: readonly string[], flags = 'gu'): RegExp | undefined {
  const alternatives = [...new Set(phrases)]
    .filter((phrase) => phrase.trim() !== '')
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase.trim()).replace(/\s+/g, '\\s+'));
  if (alternatives.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, flags);
}

/** Collapses white space, for looking matched text up by its phrase. */
export function phraseKey(text: string, caseless = false): string {
  const key = text.replace(/\s+/g, ' ').trim();
  return caseless ? key.toLowerCase() : key;
}
