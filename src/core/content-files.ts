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

/**
 * Glob patterns, under the articles folder, of the articles and of their originals. An original
 * is a sibling file named after its article with the original's language before `.md`
 * (`2023-04-17-conference.zh.md` beside `2023-04-17-conference.md`), so the articles' pattern
 * leaves out every file name with a second dot.
 */
export const ARTICLE_FILES = ['**/[^_]*.md', '!**/*.*.md'];
export const ORIGINAL_FILES = '**/[^_]*.*.md';

/** What an original's file name says: the id of the article it is the original of, and its language. */
export interface OriginalFile {
  articleId: string;
  /** BCP 47 tag from the file name, e.g. `zh` or `zh-hans`. */
  language: string;
}

/** Reads `<article id>.<language>.md`; `undefined` for any other file name. */
export function originalFileOf(entryPath: string): OriginalFile | undefined {
  const fileName = entryPath.split('/').at(-1) ?? entryPath;
  const match = /^([^.]+)\.([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*)\.md$/.exec(fileName);
  return match?.[1] && match[2] ? { articleId: match[1], language: match[2] } : undefined;
}

/**
 * Makes the `generateId` of the originals' glob loader: an original's id is its article's id, so
 * each article has at most one original.
 * @throws Error naming the file, the problem and the fix.
 */
export function originalFileId(dir: string): (options: { entry: string }) => string {
  const where = (entry: string) => `${dir.replace(/^\.\//, '')}/${entry}`;
  const pathById = new Map<string, string>();
  return ({ entry }) => {
    const original = originalFileOf(entry);
    if (!original || !SLUG_PATTERN.test(original.articleId)) {
      throw new Error(
        `${where(entry)}: file name: not "<article id>.<language>.md"; name an original after its article, like 2023-04-17-conference.zh.md`,
      );
    }
    const earlier = pathById.get(original.articleId);
    if (earlier !== undefined && earlier !== entry) {
      throw new Error(
        `${where(entry)}: id: article "${original.articleId}" already has an original, ${where(earlier)}; keep one of the two`,
      );
    }
    pathById.set(original.articleId, entry);
    return original.articleId;
  };
}
