/**
 * What the Markdown plugins learn about an article body while rendering it. The plugins
 * (`src/markdown/`) write it under one frontmatter key, which Astro keeps in
 * `entry.rendered.metadata.frontmatter`, so the site (`src/site/archive.ts`) gathers every
 * article's facts once per build without rendering anything again.
 */

/** A passage of an article attributed to one speaker by a `:::speech` directive. */
export interface Passage {
  personId: string;
  /** Id of the passage's section in the article page, e.g. `speech-zhou-pengju-1`. */
  anchor: string;
  /** The passage's first sentence, as plain text. */
  opening: string;
}

/**
 * Whether an element id on an article page names a passage a reader can be sent to: a speech
 * (`speech-<person>-<n>`, `src/markdown/remark-speech.ts`) or a paragraph (`paragraph-<n>`, or
 * `original-paragraph-<n>` in the original text, `src/markdown/rehype-paragraph-anchors.ts`), not a
 * heading, a glossary term or a note.
 */
export function isPassageAnchor(id: string): boolean {
  return /^(?:speech-.+-\d+|(?:original-)?paragraph-\d+)$/.test(id);
}

/** Facts about one article body. */
export interface BodyFacts {
  /** Passages attributed by `:::speech` directives, in body order. */
  passages: Passage[];
  /** Ids of the glossary terms the body uses, in order of first use. */
  termIds: string[];
  /** Body paragraphs, numbered `#paragraph-1` onwards on the article page (speech attributions are not counted). */
  paragraphCount: number;
  /** Words in the body's text (each Chinese character counts as one). */
  wordCount: number;
  /** Plain text of the first paragraph, cut at a sentence end: the summary when the frontmatter gives none. */
  summary: string;
  /** Problems that must fail the build, one line each: `file:line: what: problem; fix`. */
  problems: string[];
}

/** The frontmatter key the facts are kept under. */
export const BODY_FACTS_KEY = 'bodyFacts';

/**
 * Reads the facts back from a rendered entry's frontmatter.
 * @returns `undefined` when the entry was not rendered through the archive's plugins.
 */
export function readBodyFacts(frontmatter: unknown): BodyFacts | undefined {
  if (typeof frontmatter !== 'object' || frontmatter === null) return undefined;
  const facts = (frontmatter as Record<string, unknown>)[BODY_FACTS_KEY];
  return isBodyFacts(facts) ? facts : undefined;
}

/** Whether `value` has the shape of `BodyFacts`. */
export function isBodyFacts(value: unknown): value is BodyFacts {
  if (typeof value !== 'object' || value === null) return false;
  const facts = value as Partial<BodyFacts>;
  return (
    Array.isArray(facts.passages) &&
    Array.isArray(facts.termIds) &&
    typeof facts.wordCount === 'number' &&
    Array.isArray(facts.problems)
  );
}
