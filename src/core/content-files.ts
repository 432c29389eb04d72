/** Where content lives on disk and how files become entry ids. */
import { SLUG_PATTERN } from './schemas.ts';

/** The content folder: `ARCHIVE_CONTENT_DIR` when set (e.g. a generated benchmark corpus), else `./content`. */
export function contentDir(env: Record<string, string | undefined>): string {
  return (env['ARCHIVE_CONTENT_DIR']?.trim() || './content').replace(/\/+$/, '');
}

/** The id of a content file: its file name without extension, whatever folder it sits in. */
export function idFromPath(entryPath: string): string {
  const fileName = entryPath.split('/').at(-1) ?? entryPath;
  return fileName.replace(/\.[^.]+$/, '');
}

/**
 * Makes a glob loader's `generateId` for the folder `dir`: the id is the file name, which must be
 * a lower-case slug and unique across sub-folders (ids differing only by case are refused, so
 * no two pages can collide on a case-insensitive disk).
 * @throws Error naming the file, the problem and the fix.
 */
export function uniqueFileId(dir: string): (options: { entry: string }) => string {
  const where = (entry: string) => `${dir.replace(/^\.\//, '')}/${entry}`;
  const pathById = new Map<string, string>();
  return ({ entry }) => {
    const id = idFromPath(entry);
    if (!SLUG_PATTERN.test(id)) {
      throw new Error(
        `${where(entry)}: file name: "${id}" is not a lower-case slug; rename the file using a-z, 0-9 and single hyphens, like zhou-pengju`,
      );
    }
    const earlier = pathById.get(id);
    if (earlier !== undefined && earlier !== entry) {
      throw new Error(
        `${where(entry)}: id: "${id}" is already used by ${where(earlier)}; rename one of the two files`,
      );
    }
    pathById.set(id, entry);
    return id;
  };
}
