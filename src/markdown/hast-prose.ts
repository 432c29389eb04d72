/** Shared by the rehype plugins that mark up words in running text (names, glossary terms). */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { escapeRegExp } from '../core/text.ts';
import { ATTRIBUTION_CLASS } from './remark-speech.ts';

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

/** Where a phrase was found in a text. */
export interface FoundPhrase {
  index: number;
  /** The text as written (white space and case as in the text). */
  text: string;
}

/** Finds phrases as whole words in texts; see `wholeWords`. */
export interface PhraseFinder {
  find(text: string): Generator<FoundPhrase>;
}

const WORD_CHARACTER_AT_END = /[\p{L}\p{N}_]$/u;
const WORD_CHARACTER_AT_START = /^[\p{L}\p{N}_]/u;

/**
 * Finds any of `phrases` as whole words (not inside a longer word, in any script), longest first
 * so "Two Sessions" wins over "Sessions". Spaces in a phrase match any run of white space.
 *
 * The word test is not part of the pattern: a pattern with Unicode letter classes is slow to
 * compile, and linked names need a pattern per article. The pattern finds candidates;
 * the two precompiled tests above check the characters around each one.
 */
export function wholeWords(phrases: readonly string[], { caseless = false } = {}): PhraseFinder | undefined {
  const sources = [...new Set(phrases.map((phrase) => phrase.trim()))]
    .filter((phrase) => phrase !== '')
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/\s+/g, '\\s+'));
  if (sources.length === 0) return undefined;
  const flags = caseless ? 'iu' : 'u';
  const candidates = new RegExp(sources.join('|'), `g${flags}`);
  const eachAt = sources.map((source) => new RegExp(source, `y${flags}`));
  /** The longest phrase that is a whole word at `index`, as written there. */
  const wholeWordAt = (text: string, index: number): string | undefined => {
    if (WORD_CHARACTER_AT_END.test(text.slice(Math.max(0, index - 2), index))) return undefined;
    for (const phrase of eachAt) {
      phrase.lastIndex = index;
      const written = phrase.exec(text)?.[0];
      if (written === undefined) continue;
      const after = index + written.length;
      if (!WORD_CHARACTER_AT_START.test(text.slice(after, after + 2))) return written;
    }
    return undefined;
  };
  return {
    *find(text) {
      candidates.lastIndex = 0;
      for (let found = candidates.exec(text); found; found = candidates.exec(text)) {
        const written = wholeWordAt(text, found.index);
        if (written === undefined) {
          candidates.lastIndex = found.index + 1;
          continue;
        }
        yield { index: found.index, text: written };
        candidates.lastIndex = found.index + written.length;
      }
    },
  };
}

/** Collapses white space, for looking matched text up by its phrase. */
export function phraseKey(text: string, caseless = false): string {
  const key = text.replace(/\s+/g, ' ').trim();
  return caseless ? key.toLowerCase() : key;
}
