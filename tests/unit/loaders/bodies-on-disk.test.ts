import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bodyFileName, bodyFileOf } from '../../../src/core/rendered-bodies.ts';
import { bodiesFolder, bodiesOnDisk } from '../../../src/loaders/bodies-on-disk.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** The HTML a stored entry's body file holds. */
const bodyOf = (entry: Entry | undefined): string =>
  readFileSync(bodyFileOf(entry ?? {}) ?? 'no body file', 'utf8');

/** A loader that stores `entries` as they are, as glob() would after rendering them. */
function storing(entries: Entry[]): Loader {
  return {
    name: 'test-loader',
    load: async ({ store }) => {
      for (const entry of entries) store.set(entry);
      await Promise.resolve();
    },
  };
}

/** A loader context with an in-memory store, over a fresh cache folder. */
function contextOver(cacheDir: URL, kept = new Map<string, Entry>()) {
  const store = {
    get: (id: string) => kept.get(id),
    set: (entry: Entry) => {
      kept.set(entry.id, entry);
      return true;
    },
    values: () => [...kept.values()],
    keys: () => [...kept.keys()],
    entries: () => [...kept.entries()],
    delete: (id: string) => void kept.delete(id),
    clear: () => kept.clear(),
    has: (id: string) => kept.has(id),
  };
  return {
    context: { collection: 'articles', config: { cacheDir }, store } as unknown as LoaderContext,
    kept,
  };
}

const article = (id: string, digest: string, html: string): Entry => ({
  id,
  data: { title: id },
  digest,
  rendered: { html, metadata: { frontmatter: { facts: 1 } } },
});

describe('a loader keeping rendered bodies on disk', () => {
  const cacheDir = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'bodies-'))}/`);
  const folder = bodiesFolder(cacheDir, 'articles');

  it('stores each entry without its HTML, and the HTML in a file named by id and digest', async () => {
    const { context, kept } = contextOver(cacheDir);
    await bodiesOnDisk(storing([article('a', 'd1', '<p>A</p>'), article('b/c', 'd2', '<p>B</p>')])).load(
      context,
    );
    const stored = kept.get('a')!;
    expect(stored.rendered?.html).toBe('');
    expect(stored.rendered?.metadata?.['frontmatter']).toEqual({ facts: 1 });
    expect(stored.rendered?.metadata?.['bodyFile']).toBe(join(folder, bodyFileName('a', 'd1')));
    expect(bodyOf(stored)).toBe('<p>A</p>');
    expect(bodyOf(kept.get('b/c'))).toBe('<p>B</p>');
    expect(readdirSync(folder).sort()).toEqual([bodyFileName('a', 'd1'), bodyFileName('b/c', 'd2')].sort());
  });

  it('deletes the files of entries edited or removed since, and keeps the others', async () => {
    const { context, kept } = contextOver(cacheDir);
    await bodiesOnDisk(storing([article('a', 'd1', '<p>A</p>'), article('b', 'd2', '<p>B</p>')])).load(
      context,
    );
    kept.delete('b');
    await bodiesOnDisk(storing([article('a', 'd3', '<p>A, edited</p>')])).load(context);
    expect(readdirSync(folder)).toEqual([bodyFileName('a', 'd3')]);
    expect(bodyOf(kept.get('a'))).toBe('<p>A, edited</p>');
  });

  it('leaves an entry without a rendered body, or without a digest, as it is', async () => {
    const { context, kept } = contextOver(cacheDir);
    const plain: Entry = { id: 'p', data: {} };
    const undigested: Entry = { id: 'u', data: {}, rendered: { html: '<p>U</p>' } };
    await bodiesOnDisk(storing([plain, undigested])).load(context);
    expect(kept.get('p')).toEqual(plain);
    expect(kept.get('u')).toEqual(undigested);
    expect(bodyFileOf(kept.get('u')!)).toBeUndefined();
  });

  it('renders an entry again when its body file has gone, instead of keeping it as unchanged', async () => {
    const { context, kept } = contextOver(cacheDir);
    await bodiesOnDisk(storing([article('gone', 'd9', '<p>G</p>')])).load(context);
    rmSync(bodyFileOf(kept.get('gone')!)!);
    // A loader that, like glob(), leaves an entry it already has alone.
    const skipsKnown: Loader = {
      name: 'skips-known',
      load: async ({ store }) => {
        if (!store.has('gone')) store.set(article('gone', 'd9', '<p>G</p>'));
        await Promise.resolve();
      },
    };
    await bodiesOnDisk(skipsKnown).load(context);
    expect(bodyOf(kept.get('gone'))).toBe('<p>G</p>');
  });
});
