/** Counts the words of an article body into its body facts (`wordCount`), for the reading time. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { countWords } from '../core/reading-time.ts';
import { bodyFactsOf } from './body-facts.ts';

export function remarkReadingStats() {
  return (tree: Root, file: VFile) => {
    let words = 0;
    visit(tree, (node) => {
      if (node.type === 'text' || node.type === 'inlineCode') words += countWords(node.value);
    });
    bodyFactsOf(file).wordCount = words;
  };
}
