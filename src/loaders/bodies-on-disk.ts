/**
 * A content loader that keeps each entry's rendered HTML in a file of its own instead of in Astro's
 * content store.
 *
 * Astro keeps its whole content store in memory and writes it as one string, which V8 caps at
 * about 512 MB: rendered bodies are three quarters of the store, and with them in it an archive
 * stops building at about 60,000 articles (docs/performance.md). Wrapped around Astro's `glob()`
 * loader, this loader lets `glob()` render each body as usual, then writes the HTML to
 * `<cacheDir>/rendered-bodies/<collection>/` under the entry's id and digest, and stores the entry
 * with an empty `html` and the file's path in `rendered.metadata.bodyFile`. Pages read a body when
 * they render it (`src/site/archive.ts`).
 *
 * `glob()` skips an unchanged file (same digest) without rendering it again; its body file is then
 * the one an earlier build wrote, so a file is only ever written for a new digest. An entry whose
 * body file is missing is rendered again; after each load, files of entries that are gone or
 * changed are deleted.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { BODY_FILE_KEY, bodyFileName, bodyFileOf } from '../core/rendered-bodies.ts';

/** The folder of a collection's bodies, inside Astro's cache folder. */
export function bodiesFolder(cacheDir: URL, collection: string): string {
  return fileURLToPath(new URL(`rendered-bodies/${encodeURIComponent(collection)}/`, cacheDir));
}

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** `entry` with its rendered HTML moved to a file in `folder`, or as it is when it has none. */
export function withBodyOnDisk(entry: StoredEntry, folder: string): StoredEntry {
  const { rendered, digest } = entry;
  if (!rendered || digest === undefined) return entry;
  const bodyFile = join(folder, bodyFileName(entry.id, digest));
  writeFileSync(bodyFile, rendered.html);
  return {
    ...entry,
    rendered: { ...rendered, html: '', metadata: { ...rendered.metadata, [BODY_FILE_KEY]: bodyFile } },
  };
}

/** Wraps `inner` (a `glob()` loader) so that the rendered bodies of its entries live on disk. */
export function bodiesOnDisk(inner: Loader): Loader {
  return {
    ...inner,
    name: `${inner.name} (bodies on disk)`,
    load: async (context) => {
      const folder = bodiesFolder(context.config.cacheDir, context.collection);
      mkdirSync(folder, { recursive: true });
      // Astro's store for a loader is an object of functions bound to the collection.
      const store = context.store;
      // An entry whose body file has gone (a cache folder partly deleted or restored) is dropped,
      // so that glob() renders it again instead of skipping it as unchanged.
      for (const [id, entry] of store.entries()) {
        const file = bodyFileOf(entry);
        if (file !== undefined && !existsSync(file)) store.delete(id);
      }
      await inner.load({
        ...context,
        store: { ...store, set: (entry) => store.set(withBodyOnDisk(entry, folder)) },
      });
      pruneBodies(folder, store.values());
    },
  };
}

/** Deletes the files in `folder` that no entry of `entries` points to. */
export function pruneBodies(
  folder: string,
  entries: readonly { rendered?: { metadata?: Record<string, unknown> } }[],
): void {
  if (!existsSync(folder)) return;
  const kept = new Set(entries.map(bodyFileOf));
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (!kept.has(file)) rmSync(file, { force: true });
  }
}
