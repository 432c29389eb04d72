/**
 * Archived text stays verbatim: the directive syntax reads a line starting `::word` as a leaf
 * directive, so this plugin turns every leaf directive back into the paragraph it was written as.
 * A container directive (`:::name`) other than the ones the archive handles is a content problem
 * reported with its file and line.
 */
import type { Paragraph, Root, Text } from 'mdast';
import type {} from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bodyFactsOf, whereIn } from './body-facts.ts';

export interface RemarkLiteralDirectivesOptions {
  /** Names of the container directives other plugins handle, e.g. `['speech']`. */
  containers: readonly string[];
}

export function remarkLiteralDirectives(options: RemarkLiteralDirectivesOptions) {
  const handled = new Set(options.containers);
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, (node, index, parent) => {
      if (node.type === 'containerDirective') {
        if (!handled.has(node.name)) {
          bodyFactsOf(file).problems.push(
            `${whereIn(file, node)}: :::${node.name}: unknown directive; use :::${[...handled].join(' or :::')}, or indent the line to keep it as text`,
          );
        }
        return undefined;
      }
      if (node.type !== 'leafDirective' || !parent || index === undefined) return undefined;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const written = start !== undefined && end !== undefined ? source.slice(start, end) : `::${node.name}`;
      const text: Text = { type: 'text', value: written };
      const paragraph: Paragraph = { type: 'paragraph', children: [text] };
      parent.children.splice(index, 1, paragraph);
      return [SKIP, index + 1];
    });
  };
}
