/**
 * Records the body's summary (its first paragraph as plain text, cut at a sentence end) in its
 * body facts, so the build needs neither the raw body nor a second parse to summarise it.
 * Runs before the speech plugin, which adds attribution paragraphs of its own.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { summaryFromTree } from '../lib/summary.ts';
import { bodyFactsOf } from './body-facts.ts';

export function remarkSummary() {
  return (tree: Root, file: VFile) => {
    bodyFactsOf(file).summary = summaryFromTree(tree);
  };
}
