/**
 * Where an article's rendered body is kept: `src/loaders/bodies-on-disk.ts` writes it to a file of
 * its own, outside Astro's content store, and `src/site/archive.ts` reads it when the page renders.
 */

/** Where in an entry's `rendered.metadata` the path of its body file is kept. */
export const BODY_FILE_KEY = 'bodyFile';

/** The file name of an entry's body: its id and its digest, so an edited file gets a new one. */
export function bodyFileName(id: string, digest: string | number): string {
  return `${encodeURIComponent(id)}.${digest}.html`;
}

/**
 * Where an entry's rendered body is, when `bodiesOnDisk` keeps it in a file: the file's path, or
 * `undefined` for an entry stored with its `html` in full.
 */
export function bodyFileOf(entry: {
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}): string | undefined {
  const file = entry.rendered?.metadata?.[BODY_FILE_KEY];
  return typeof file === 'string' ? file : undefined;
}
