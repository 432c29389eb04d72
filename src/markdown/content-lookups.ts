/**
 * The few content facts the Markdown plugins need (people's names, glossary terms), read from
 * the content folder once when the Markdown processor is configured. They are plain data, so
 * they become part of the processor's options: Astro hashes those options into its content
 * cache key, and renaming a person or editing the glossary re-renders every article.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossaryTermSchema, personSchema } from '../core/schemas.ts';
import { idFromPath } from '../core/content-files.ts';
import type { GlossaryTerm } from '../core/schemas.ts';

/** A person as the plugins know them: id, display name and other spellings. */
export interface PersonNames {
  id: string;
  name: string;
  aliases: string[];
}

/** What the plugins look up. */
export interface ContentLookups {
  people: PersonNames[];
  glossary: GlossaryTerm[];
}

/**
 * Reads `<dir>/people/**\/*.yaml` and `<dir>/glossary.yaml`. Files that do not parse or do not
 * match their schema are skipped here: the content collections report them with the full error.
 */
export function readContentLookups(dir: string): ContentLookups {
  return { people: readPeople(join(dir, 'people')), glossary: readGlossary(join(dir, 'glossary.yaml')) };
}

function readPeople(dir: string): PersonNames[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name) && !(name.split('/').at(-1) ?? '').startsWith('_'))
    .sort();
  return files.flatMap((name) => {
    const parsed = personSchema.safeParse(parseYaml(join(dir, name)));
    if (!parsed.success) return [];
    return [{ id: idFromPath(name), name: parsed.data.name, aliases: parsed.data.aliases }];
  });
}

function readGlossary(file: string): GlossaryTerm[] {
  if (!existsSync(file)) return [];
  const entries = parseYaml(file);
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { id, ...fields } = entry as Record<string, unknown>;
    const parsed = glossaryTermSchema.safeParse(fields);
    return typeof id === 'string' && parsed.success ? [{ id, ...parsed.data }] : [];
  });
}

function parseYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
