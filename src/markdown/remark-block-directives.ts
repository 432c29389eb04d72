/**
 * Block directives only: `:::name` containers (and `::name` leaves, which
 * `remark-literal-directives` turns back into text). remark-directive would also read `:name`
 * inside running text, which archived prose is full of ("Note:this", "3:1"); leaving that syntax
 * out keeps such text as written and spares the parser a check at every colon.
 */
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
// remark-parse declares the processor data the parser reads its extensions from.
import type {} from 'remark-parse';
import type { Processor } from 'unified';

export function remarkBlockDirectives(this: Processor): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ flow: directive().flow });
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
}
