/**
 * Speech attribution. A container directive around the paragraphs a person spoke,
 *
 *     :::speech{person="zhou-pengju"}
 *     Zhou Pengju emphasized that ...
 *     :::
 *
 * becomes `<section id="speech-zhou-pengju-1" aria-labelledby="speech-zhou-pengju-1-by">` opened
 * by a visible attribution: the person's name, linked to their page, and their role as this
 * article's `speakers` frontmatter states it. Each passage (person, anchor, opening sentence) is
 * recorded in the body facts. A directive without a person, with an unknown person, or with
 * someone who is not among the article's speakers is recorded as a problem naming file and
 * line, which fails the build. A directive with no paragraphs adds nothing.
 */
import { h } from 'hastscript';
import type { Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { openingSentence } from '../core/text.ts';
import { createUrls } from '../core/urls.ts';
import { bodyFactsOf, castAsWritten, whereIn } from './body-facts.ts';
import type { PersonNames } from './content-lookups.ts';

export interface RemarkSpeechOptions {
  /** Everyone in the archive, by id; only ids and names are used. */
  people: readonly PersonNames[];
  /** Base path the site is served under, for links to person pages. */
  base: string;
}

/** The directive's name: `:::speech`. */
export const SPEECH_DIRECTIVE = 'speech';

/** Class of the attribution line; the rehype plugins leave its text alone. */
export const ATTRIBUTION_CLASS = 'speech-attribution';

export function remarkSpeech(options: RemarkSpeechOptions) {
  const people = new Map(options.people.map((person) => [person.id, person]));
  const urls = createUrls(options.base);
  return (tree: Root, file: VFile) => {
    const facts = bodyFactsOf(file);
    const roles = new Map(castAsWritten(file).speakers.map(({ person, role }) => [person, role]));
    const seen = new Map<string, number>();
    visit(tree, 'containerDirective', (node, index, parent) => {
      if (node.name !== SPEECH_DIRECTIVE || !parent || index === undefined) return undefined;
      const problem = (text: string) => facts.problems.push(`${whereIn(file, node)}: :::speech: ${text}`);
      const personId = node.attributes?.['person']?.trim() ?? '';
      const person = people.get(personId);
      const role = roles.get(personId);
      if (personId === '') {
        problem('no person; write :::speech{person="<person id>"} with an id from content/people/');
      } else if (!person) {
        problem(`unknown person "${personId}"; create content/people/${personId}.yaml or fix the id`);
      } else if (role === undefined) {
        problem(
          `"${personId}" is not among this article's speakers; add them under speakers: with role and act`,
        );
      }
      const passage = node.children.filter(
        (child) => !(child.type === 'paragraph' && child.data?.directiveLabel),
      );
      if (!person || role === undefined || passage.length === 0) {
        // Nothing to attribute, or nothing sound to attribute it to: keep the text, drop the wrapper.
        parent.children.splice(index, 1, ...passage);
        return [SKIP, index];
      }
      const count = (seen.get(person.id) ?? 0) + 1;
      seen.set(person.id, count);
      const anchor = `speech-${person.id}-${count}`;
      const opening = passage.find((child) => child.type === 'paragraph');
      facts.passages.push({
        personId: person.id,
        anchor,
        opening: opening ? openingSentence(toString(opening)) : '',
      });
      attribute(node, passage, { anchor, href: urls.person(person.id), name: person.name, role });
      return SKIP;
    });
  };
}

function attribute(
  node: ContainerDirective,
  passage: ContainerDirective['children'],
  { anchor, href, name, role }: { anchor: string; href: string; name: string; role: string },
): void {
  const labelId = `${anchor}-by`;
  const attribution: Paragraph = {
    type: 'paragraph',
    children: [],
    data: {
      hProperties: { id: labelId, className: [ATTRIBUTION_CLASS] },
      hChildren: [
        { type: 'text', value: 'Speaker: ' },
        h('a', { href }, name),
        ...(role ? [{ type: 'text' as const, value: `, ${role}` }] : []),
      ],
    },
  };
  node.children = [attribution, ...passage];
  node.data = {
    hName: 'section',
    hProperties: { id: anchor, className: ['speech'], ariaLabelledBy: [labelId] },
  };
}
