/**
 * The importer's access to the content folder: reads what the archive holds and writes new files
 * atomically (a temporary file renamed or linked into place), never overwriting an article or a
 * person file.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { isTranslationMethod } from '../core/schemas.ts';
import type { ArchiveKnowledge } from './import-page.ts';

/** Files (and links, so a broken one is reported) under `dir` whose names end in one of `extensions`, skipping `_` and `.` files. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        (entry.isFile() || entry.isSymbolicLink()) &&
        !/^[_.]/.test(entry.name) &&
        extensions.some((ext) => entry.name.endsWith(ext)),
    )
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function readYaml(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `${path}: cannot read it as YAML (${(error as Error).message.split('\n')[0]}); fix the file first`,
    );
  }
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

const HASH_LINE = /^contentHash:\s*['"]?([0-9a-f]{64})['"]?\s*$/m;

/** Reads people, themes, sources, article ids and content hashes from the content folder. */
export function readArchiveKnowledge(contentDir: string): ArchiveKnowledge {
  const people = listFiles(join(contentDir, 'people'), ['.yaml', '.yml']).map((path) => {
    const data = record(readYaml(path));
    const id = (path.split('/').at(-1) ?? path).replace(/\.ya?ml$/, '');
    return {
      id,
      name: typeof data['name'] === 'string' ? data['name'] : id,
      aliases: strings(data['aliases']),
    };
  });
  const themes = Object.entries(record(readYaml(join(contentDir, 'themes.yaml')))).map(([id, theme]) => ({
    id,
    keywords: strings(record(theme)['keywords']),
  }));
  const sources = Object.entries(record(readYaml(join(contentDir, 'sources.yaml')))).map(([id, source]) => {
    const label = record(source)['label'];
    const translation = record(record(source)['translation']);
    const from = translation['from'];
    const method = translation['method'];
    return {
      id,
      label: typeof label === 'string' ? label : id,
      translation:
        typeof from === 'string' && typeof method === 'string' && isTranslationMethod(method)
          ? { from, method }
          : undefined,
    };
  });
  const articleIds = new Set<string>();
  const hashes = new Map<string, string>();
  for (const path of listFiles(join(contentDir, 'articles'), ['.md'])) {
    const id = (path.split('/').at(-1) ?? path).replace(/\.md$/, '');
    articleIds.add(id);
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
    const hash = HASH_LINE.exec(frontmatter)?.[1];
    if (hash !== undefined) hashes.set(hash, id);
  }
  return { people, themes, sources, articleIds, hashes };
}

let temporaryCount = 0;

function temporaryPath(path: string): string {
  temporaryCount += 1;
  return join(dirname(path), `.${path.split('/').at(-1) ?? 'file'}.${process.pid}.${temporaryCount}.tmp`);
}

/**
 * Writes `text` to `path` only if no file is there: the text goes to a temporary file first and is
 * then linked into place, so `path` is either absent or complete, and an existing file is never replaced.
 * @returns false when `path` already exists (nothing written).
 */
export function writeNewFile(path: string, text: string): boolean {
  mkdirSync(dirname(path), { recursive: true });
  if (existsSync(path)) return false;
  const temporary = temporaryPath(path);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Replaces `path` with `text` atomically (temporary file, then rename). */
export function replaceFile(path: string, text: string): void {
  const temporary = temporaryPath(path);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Appends YAML entries to the content folder's `sources.yaml` or `themes.yaml`, atomically. */
export function appendToCollectionFile(
  contentDir: string,
  file: 'sources.yaml' | 'themes.yaml',
  yaml: string,
): void {
  const path = join(contentDir, file);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  replaceFile(path, `${current}${current === '' || current.endsWith('\n') ? '' : '\n'}${yaml}`);
}
