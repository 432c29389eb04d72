/** Comparing two built sites file by file, for the build tests that require identical output. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Pagefind writes its filter and metadata indexes in hash-map order, which changes from run to run
 * (Pagefind issue #638); its page fragments (`pagefind/<year>/fragment/`), which hold the text and
 * dates, are stable, so they are compared, with the list of years (`pagefind/shards.json`), and the
 * rest of `pagefind/` is not.
 */
const isCompared = (file: string): boolean =>
  !file.startsWith('pagefind/') || /^pagefind\/(?:\d{4}\/fragment\/|shards\.json$)/.test(file);

/** Every compared file of a built site, relative to its folder, sorted. */
export function comparedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter(isCompared)
    .sort();
}

/** The files of `files` whose bytes differ between the sites in `a` and `b`. */
export function differingFiles(files: readonly string[], a: string, b: string): string[] {
  return files.filter((file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
}
