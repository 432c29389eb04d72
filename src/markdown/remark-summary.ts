/**
 * Records the body's summary (its first non-empty paragraph as plain text, inside a directive
 * too, cut at a sentence end) in its body facts, so the build needs neither the raw body nor a
 * second parse to summarise it. Runs before the speech plugin, which adds attribution
 * paragraphs of its own.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { cutAtSentence, SUMMARY_MAX_LENGTH } from '../core/text.ts';
import { bodyFactsOf } from './body-facts.ts';

export function remarkSummary(options: { maxLength?: number } = {}) {
  const maxLength = options.maxLength ?? SUMMARY_MAX_LENGTH;
  return (tree: Root, file: VFile) => {
    let summary = '';
    visit(tree, 'paragraph', (paragraph) => {
      const text = toString(paragraph).replace(/\s+/g, ' ').trim();
      if (text === '') return undefined;
      summary = cutAtSentence(text, maxLength);
      return EXIT;
    });
    bodyFactsOf(file).summary = summary;
  };
}
