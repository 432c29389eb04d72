/**
 * Paragraph anchors: every body paragraph gets the id `paragraph-<n>` (`n` counts the body's
 * paragraphs from 1, in reading order, speeches included) and ends with a link to itself, shown
 * on hover and focus, so a researcher can cite "paragraph 3" by address. Speech attributions are
 * not paragraphs of the text and keep their own ids; the speech sections keep theirs. In an
 * article's original (`<id>.<language>.md`, shown on the same page) the ids are
 * `original-paragraph-<n>`. Archived texts are never edited, so the numbers stay put. The count
 * is recorded in the body facts.
 */
import { h } from 'hastscript';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { originalFileOf } from '../core/content-files.ts';
import { bodyFactsOf } from './body-facts.ts';
import { ATTRIBUTION_CLASS } from './remark-speech.ts';

/** Class of the self-link at the end of each paragraph. */
export const PARAGRAPH_ANCHOR_CLASS = 'paragraph-anchor';

export function rehypeParagraphAnchors() {
  return (tree: Root, file: VFile) => {
    const prefix = file.path && originalFileOf(file.path) ? 'original-paragraph' : 'paragraph';
    let count = 0;
    visit(tree, 'element', (element: Element) => {
      if (element.tagName !== 'p' || isAttribution(element) || element.children.length === 0) return;
      count += 1;
      const id = `${prefix}-${count}`;
      element.properties['id'] = id;
      element.children.push(
        { type: 'text', value: ' ' },
        h('a', { href: `#${id}`, className: [PARAGRAPH_ANCHOR_CLASS], dataPagefindIgnore: '' }, [
          h('span', { ariaHidden: 'true' }, '¶'),
          h('span', { className: ['visually-hidden'] }, 'Paragraph'),
          ` ${count}`,
        ]),
      );
    });
    bodyFactsOf(file).paragraphCount = count;
  };
}

function isAttribution(element: Element): boolean {
  const className = element.properties['className'];
  return Array.isArray(className) && className.includes(ATTRIBUTION_CLASS);
}
