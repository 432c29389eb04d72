/**
 * What the Markdown plugins learn about an article body while rendering it. They write it under
 * one frontmatter key, `bodyFacts`, which Astro keeps in `entry.rendered.metadata.frontmatter`
 * (and returns from `render()` as `remarkPluginFrontmatter`), so `lib/articles.ts` can gather
 * every article's facts once per build without rendering anything again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import type { Passage } from '../lib/model.ts';

/** Facts about one article body. */
export interface BodyFacts {
  /** Passages attributed by `:::speech` directives, in body order. */
  passages: Passage[];
  /** Ids of the glossary terms the body uses, in order of first use. */
  termIds: string[];
  /** Words in the body's text (each Chinese character counts as one). */
  wordCount: number;
  /** Plain text of the first paragraph, cut at a sentence end: the summary when the frontmatter gives none. */
  summary: string;
  /** Problems that must fail the build, one line each: `file:line: what: problem; fix`. */
  problems: string[];
}

/** The frontmatter key the facts are kept under. */
export const BODY_FACTS_KEY = 'bodyFacts';

/** The facts of the body `file` holds, created empty on first use. */
export function bodyFactsOf(file: VFile): BodyFacts {
  const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
  const frontmatter = (astro.frontmatter ??= {});
  const existing = frontmatter[BODY_FACTS_KEY];
  if (isBodyFacts(existing)) return existing;
  const facts: BodyFacts = { passages: [], termIds: [], wordCount: 0, summary: '', problems: [] };
  frontmatter[BODY_FACTS_KEY] = facts;
  return facts;
}

/** The frontmatter `file` was rendered with (speakers, mentions ...), as written. */
export function frontmatterOf(file: VFile): Record<string, unknown> {
  const astro = file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  return astro?.frontmatter ?? {};
}

/**
 * Reads the facts back from a rendered entry's frontmatter.
 * @returns `undefined` when the entry was not rendered through these plugins.
 */
export function readBodyFacts(frontmatter: unknown): BodyFacts | undefined {
  if (typeof frontmatter !== 'object' || frontmatter === null) return undefined;
  const facts = (frontmatter as Record<string, unknown>)[BODY_FACTS_KEY];
  return isBodyFacts(facts) ? facts : undefined;
}

/**
 * `file:line` for messages: the file relative to the working directory and the node's line in
 * the file. Astro hands the plugins the body without its frontmatter, so the lines the
 * frontmatter takes are added back (read from disk, only when there is something to report).
 */
export function whereIn(file: VFile, node: { position?: { start: { line: number } } | undefined }): string {
  const path = file.path ? relative(file.cwd, file.path) : '(markdown)';
  const line = node.position?.start.line;
  return line === undefined ? path : `${path}:${line + linesBeforeBody(file)}`;
}

function linesBeforeBody(file: VFile): number {
  const known = file.data['linesBeforeBody'];
  if (typeof known === 'number') return known;
  let lines = 0;
  if (file.path && existsSync(file.path)) {
    const source = readFileSync(file.path, 'utf8');
    const body = String(file.value);
    const start = source.endsWith(body) ? source.length - body.length : source.indexOf(body);
    if (start > 0) lines = source.slice(0, start).split('\n').length - 1;
  }
  file.data['linesBeforeBody'] = lines;
  return lines;
}

/** Speaker id to role, from the `speakers` frontmatter as written. */
export function speakerRoles(frontmatter: Record<string, unknown>): Map<string, string> {
  const roles = new Map<string, string>();
  for (const { id, role } of peopleIn(frontmatter['speakers'])) roles.set(id, role ?? '');
  return roles;
}

/** Ids of the article's speakers, then the people it mentions, each once, from the frontmatter as written. */
export function articlePersonIds(frontmatter: Record<string, unknown>): string[] {
  const ids = [...peopleIn(frontmatter['speakers']), ...peopleIn(frontmatter['mentions'])].map(
    ({ id }) => id,
  );
  return [...new Set(ids)];
}

function peopleIn(list: unknown): { id: string; role?: string | undefined }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { person, role } = entry as { person?: unknown; role?: unknown };
    // As written the id is a string; after schema parsing it is a reference `{ id, collection }`.
    const id = typeof person === 'string' ? person : (person as { id?: unknown } | null | undefined)?.id;
    return typeof id === 'string' ? [{ id, role: typeof role === 'string' ? role : undefined }] : [];
  });
}

function isBodyFacts(value: unknown): value is BodyFacts {
  if (typeof value !== 'object' || value === null) return false;
  const facts = value as Partial<BodyFacts>;
  return (
    Array.isArray(facts.passages) &&
    Array.isArray(facts.termIds) &&
    typeof facts.wordCount === 'number' &&
    Array.isArray(facts.problems)
  );
}
