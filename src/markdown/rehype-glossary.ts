/**
 * Glossary terms: the first use in the body of each term from `content/glossary.yaml` (its usual
 * rendering or any other, whole words, any case) is marked `<dfn class="glossary-term">` around
 * a link to the term's entry on `/glossary/`, so the meaning is one click away without
 * JavaScript or hover (the link's `title` repeats it for mouse users). Headings, links and code
 * are left alone. The ids of the terms used are recorded in the body facts.
 */
import { h } from 'hastscript';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import type { GlossaryTerm } from '../core/schemas.ts';
import { createUrls } from '../core/urls.ts';
import { bodyFactsOf } from './body-facts.ts';
import { markProseText, phraseKey, wholeWords, type TextMatch } from './hast-prose.ts';

export interface RehypeGlossaryOptions {
  /** Every glossary term. */
  terms: readonly GlossaryTerm[];
  /** Base path the site is served under, for links to the glossary. */
  base: string;
}

export function rehypeGlossary(options: RehypeGlossaryOptions) {
  const urls = createUrls(options.base);
  const termByRendering = new Map<string, GlossaryTerm>();
  for (const term of options.terms) {
    for (const rendering of [term.term, ...term.renderings]) {
      const key = phraseKey(rendering, true);
      if (!termByRendering.has(key)) termByRendering.set(key, term);
    }
  }
  const finder = wholeWords(
    options.terms.flatMap((term) => [term.term, ...term.renderings]),
    { caseless: true },
  );
  return (tree: Root, file: VFile) => {
    const used: string[] = [];
    if (finder) {
      markProseText(tree, (text) => {
        const matches: TextMatch[] = [];
        for (const match of finder.find(text)) {
          const term = termByRendering.get(phraseKey(match.text, true));
          if (!term || used.includes(term.id)) continue;
          used.push(term.id);
          matches.push({
            start: match.index,
            end: match.index + match.text.length,
            replacement: h('dfn', { className: ['glossary-term'] }, [
              h('a', { href: urls.glossaryTerm(term.id), title: term.meaning }, match.text),
            ]),
          });
        }
        return matches;
      });
    }
    bodyFactsOf(file).termIds = used;
  };
}
