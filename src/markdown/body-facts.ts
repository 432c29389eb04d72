/**
 * The plugins' side of the body facts (`src/core/body-facts.ts`): where each plugin records what
 * it learns while rendering, and what it reads of the frontmatter the body was written with.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { z } from 'astro/zod';
import type { CastOf } from '../core/article-people.ts';
import { BODY_FACTS_KEY, isBodyFacts, type BodyFacts } from '../core/body-facts.ts';
import { mentionSchema, speakerSchema } from '../core/schemas.ts';

/** The facts of the body `file` holds, created empty on first use. */
export function bodyFactsOf(file: VFile): BodyFacts {
  const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
  const frontmatter = (astro.frontmatter ??= {});
  const existing = frontmatter[BODY_FACTS_KEY];
  if (isBodyFacts(existing)) return existing;
  const facts: BodyFacts = {
    passages: [],
    termIds: [],
    paragraphCount: 0,
    wordCount: 0,
    summary: '',
    problems: [],
  };
  frontmatter[BODY_FACTS_KEY] = facts;
  return facts;
}

/** The frontmatter `file` was rendered with, as written. */
function frontmatterOf(file: VFile): Record<string, unknown> {
  const astro = file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  return astro?.frontmatter ?? {};
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

// As written, a speaker may lack a role or act (the schema reports that); their speech stays theirs.
const speakerAsWritten = speakerSchema.extend({ role: z.string().default(''), act: z.string().default('') });

/**
 * The speakers and mentions of the frontmatter `file` was rendered with, as written. Entries
 * without a person id are left out: the content schema reports them.
 */
export function castAsWritten(file: VFile): CastOf {
  const frontmatter = frontmatterOf(file);
  return {
    speakers: entriesOf(frontmatter['speakers'], speakerAsWritten),
    mentions: entriesOf(frontmatter['mentions'], mentionSchema),
  };
}

function entriesOf<Schema extends z.ZodType>(list: unknown, schema: Schema): z.output<Schema>[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
