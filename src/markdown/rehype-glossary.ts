/**
 * Glossary terms: the first use in the body of each term from `content/glossary.yaml` (its usual
 * rendering or any other, whole words, any case) is marked `<dfn class="glossary-term">` around
 * a link to its note, and the body ends with "Glossary notes": each term used, its meaning, a
 * link to its entry on `/glossary/` and one back to where the text uses it. The meaning is thus
 * a link away for keyboard, touch and mouse alike, with no JavaScript, and prints as a note.
 * Headings, links and code are left alone. The ids of the terms used are recorded in the body
 * facts.
 */
import { h } from 'hastscript';
import type { Element, Root } from 'hast';
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
    const usedTerms: GlossaryTerm[] = [];
    if (finder) {
      markProseText(tree, (text) => {
        const matches: TextMatch[] = [];
        for (const match of finder.find(text)) {
          const term = termByRendering.get(phraseKey(match.text, true));
          if (!term || used.includes(term.id)) continue;
          used.push(term.id);
          usedTerms.push(term);
          matches.push({
            start: match.index,
            end: match.index + match.text.length,
            replacement: h('dfn', { className: ['glossary-term'], id: termUseId(term.id) }, [
              h('a', { href: `#${noteId(term.id)}` }, match.text),
            ]),
          });
        }
        return matches;
      });
    }
    if (usedTerms.length > 0) tree.children.push(glossaryNotes(usedTerms, urls));
    bodyFactsOf(file).termIds = used;
  };
}

/** Id of a term's note in the "Glossary notes" of an article. */
export function noteId(termId: string): string {
  return `glossary-note-${termId}`;
}

/** Id of the place where the text first uses a term. */
function termUseId(termId: string): string {
  return `glossary-use-${termId}`;
}

const NOTES_HEADING_ID = 'glossary-notes-heading';

function glossaryNotes(terms: readonly GlossaryTerm[], urls: ReturnType<typeof createUrls>): Element {
  return h(
    'aside',
    { className: ['glossary-notes'], ariaLabelledBy: NOTES_HEADING_ID, lang: 'en', dataPagefindIgnore: '' },
    [
      h('h2', { id: NOTES_HEADING_ID }, 'Glossary notes'),
      h(
        'ol',
        terms.map((term) =>
          h('li', { id: noteId(term.id) }, [
            h('b', term.term),
            term.original ? [' (', h('span', { lang: 'zh' }, term.original), ')'] : [],
            `: ${term.meaning} `,
            h('a', { href: urls.glossaryTerm(term.id) }, [
              'In the glossary',
              h('span', { className: ['visually-hidden'] }, `(${term.term})`),
            ]),
            ' ',
            h('a', { href: `#${termUseId(term.id)}` }, [
              'Back to the text',
              h('span', { className: ['visually-hidden'] }, `(${term.term})`),
            ]),
          ]),
        ),
      ),
    ],
  );
}
