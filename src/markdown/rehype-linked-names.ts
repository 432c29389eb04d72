/**
 * Linked names: the first mention in the body of each of the article's speakers and mentioned
 * people (by name or any alias from `content/people/`) becomes a link to their page. Whole words
 * only; never inside headings, links, code or speech attributions. When two of the article's
 * people share a name, that name links neither, and `warn` is told, naming the file.
 */
import { h } from 'hastscript';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { createUrls } from '../core/urls.ts';
import { personIdsOf } from '../core/article-people.ts';
import { castAsWritten, whereIn } from './body-facts.ts';
import type { PersonNames } from './content-lookups.ts';
import { markProseText, phraseKey, wholeWords, type TextMatch } from './hast-prose.ts';

export interface RehypeLinkedNamesOptions {
  /** Everyone in the archive with their names and aliases. */
  people: readonly PersonNames[];
  /** Base path the site is served under, for links to person pages. */
  base: string;
  /** Where warnings go (two people sharing a name); the build log by default. */
  warn?: ((message: string) => void) | undefined;
}

export function rehypeLinkedNames(options: RehypeLinkedNamesOptions) {
  const people = new Map(options.people.map((person) => [person.id, person]));
  const urls = createUrls(options.base);
  const warn = options.warn ?? ((message: string) => console.warn(message));
  return (tree: Root, file: VFile) => {
    const owners = new Map<string, string[]>();
    for (const id of personIdsOf(castAsWritten(file))) {
      const person = people.get(id);
      if (!person) continue;
      for (const name of new Set([person.name, ...person.aliases].map((written) => phraseKey(written)))) {
        owners.set(name, [...(owners.get(name) ?? []), id]);
      }
    }
    const personByName = new Map<string, string>();
    for (const [name, ids] of owners) {
      if (ids.length === 1) {
        personByName.set(name, ids[0] ?? '');
      } else {
        warn(
          `${whereIn(file, {})}: "${name}" is the name of ${ids.join(' and ')}; that name is not linked in the body`,
        );
      }
    }
    const finder = wholeWords([...personByName.keys()]);
    if (!finder) return;
    const waiting = new Set(personByName.values());
    markProseText(tree, (text) => {
      if (waiting.size === 0) return false;
      const matches: TextMatch[] = [];
      for (const match of finder.find(text)) {
        const id = personByName.get(phraseKey(match.text));
        if (id === undefined || !waiting.has(id)) continue;
        waiting.delete(id);
        matches.push({
          start: match.index,
          end: match.index + match.text.length,
          replacement: h('a', { href: urls.person(id), className: ['person-link'] }, match.text),
        });
      }
      return matches;
    });
  };
}
