import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CONTENT_STORE_MODULE,
  readStoreFromDisk,
  type StoreLocation,
} from '../../../src/integrations/content-store-from-disk.ts';

const folder = mkdtempSync(join(tmpdir(), 'content-store-'));
const storeFile = join(folder, 'data-store.json');
writeFileSync(storeFile, '[["Map",1],{"articles":2},["Map"]]');
const singleFile: StoreLocation = { layout: 'single-file', file: storeFile };

// A chunked store as Astro writes it: part files of one serialized entry per line, and a manifest
// listing each collection's parts in order.
const chunkedDir = join(folder, 'data-store');
mkdirSync(chunkedDir);
// (Each line is devalue's serialization of `[id, entry]`.)
const PARTS = ['[[1,2],"a",{"id":1}]\n', '[[1,2],"b",{"id":1}]\n'];
writeFileSync(join(chunkedDir, '0123456789abcdef.txt'), PARTS[0]!);
writeFileSync(join(chunkedDir, 'fedcba9876543210.txt'), PARTS[1]!);
writeFileSync(
  join(chunkedDir, 'manifest.json'),
  JSON.stringify({ articles: ['0123456789abcdef.txt', 'fedcba9876543210.txt'] }),
);
const chunked: StoreLocation = { layout: 'chunked', manifest: join(chunkedDir, 'manifest.json') };

/** Calls the plugin's load hook as Vite would, in the named environment; counts its applications. */
function load(
  location: StoreLocation,
  id: string,
  environment: string,
): { result: unknown; applied: number } {
  let applied = 0;
  const plugin = readStoreFromDisk(location, () => (applied += 1));
  const hook = 'load' in plugin ? plugin.load : undefined;
  if (!hook || typeof hook !== 'object') throw new Error('expected a load hook with a handler');
  const result = (hook.handler as (this: unknown, id: string) => unknown).call(
    { environment: { name: environment } },
    id,
  );
  return { result, applied };
}

/** Runs a module's code and gives its default export. */
async function defaultExportOf(code: string): Promise<unknown> {
  const moduleUrl = `data:text/javascript,${encodeURIComponent(code)}`;
  return ((await import(/* @vite-ignore */ moduleUrl)) as { default: unknown }).default;
}

describe('the content store module in a static build', () => {
  test('reads and parses the store file when pages render, instead of bundling its text', async () => {
    const { result, applied } = load(singleFile, CONTENT_STORE_MODULE, 'prerender');
    const { code } = result as { code: string };
    expect(code).not.toContain('articles');
    expect(applied).toBe(1);
    expect(await defaultExportOf(code)).toEqual([['Map', 1], { articles: 2 }, ['Map']]);
  });

  test('reads a chunked store part by part, in the shape Astro’s store parses', async () => {
    const { result, applied } = load(chunked, CONTENT_STORE_MODULE, 'prerender');
    const { code } = result as { code: string };
    expect(code).not.toContain('"a"');
    expect(applied).toBe(1);
    const store = await defaultExportOf(code);
    expect(store).toEqual({ articles: PARTS });
    const { ImmutableDataStore } = (await import(
      /* @vite-ignore */ `${process.cwd()}/node_modules/astro/dist/content/data-store.js`
    )) as { ImmutableDataStore: { manifestToMap: (manifest: unknown) => Map<string, Map<string, unknown>> } };
    const entries = ImmutableDataStore.manifestToMap(store).get('articles');
    expect([...(entries?.entries() ?? [])]).toEqual([
      ['a', { id: 'a' }],
      ['b', { id: 'b' }],
    ]);
  });

  test('keeps the metadata Astro attaches to the module for incremental builds', () => {
    for (const location of [singleFile, chunked]) {
      const { result } = load(location, CONTENT_STORE_MODULE, 'prerender');
      expect(result).toMatchObject({ meta: { astroIncremental: { kind: 'content-data' } } });
    }
  });

  test("leaves every other module, the browser's bundle and a missing store to Astro", () => {
    const missing: StoreLocation = { layout: 'chunked', manifest: join(folder, 'missing', 'manifest.json') };
    for (const [location, id, environment] of [
      [singleFile, '\0astro:content', 'prerender'],
      [chunked, CONTENT_STORE_MODULE, 'client'],
      [{ layout: 'single-file', file: join(folder, 'missing.json') }, CONTENT_STORE_MODULE, 'prerender'],
      [missing, CONTENT_STORE_MODULE, 'prerender'],
    ] as const) {
      expect(load(location, id, environment)).toEqual({ result: null, applied: 0 });
    }
  });
});

describe("the Astro internals the override copies (Astro's content plugin)", () => {
  const astroContent = (file: string) => readFileSync(`node_modules/astro/dist/${file}`, 'utf8');

  test('the store module, file and chunked folder are where the override expects them', () => {
    const consts = astroContent('content/consts.js');
    expect(consts).toContain(`const DATA_STORE_VIRTUAL_ID = "${CONTENT_STORE_MODULE.slice(1)}";`);
    expect(consts).toContain('const DATA_STORE_FILE = "data-store.json";');
    expect(consts).toContain('const DATA_STORE_DIR = "data-store/";');
    expect(consts).toContain('const DATA_STORE_MANIFEST_FILE = "manifest.json";');
  });

  test("Astro's own loader attaches the same incremental-build metadata", () => {
    const metadata = astroContent('core/build/incremental-metadata.js');
    expect(metadata).toContain('const ASTRO_INCREMENTAL_META_KEY = "astroIncremental";');
    expect(metadata).toContain('kind: "content-data"');
    expect(astroContent('content/vite-plugin-content-virtual-mod.js')).toMatch(
      /id === RESOLVED_DATA_STORE_VIRTUAL_ID[\s\S]*?code: `export default JSON\.parse\(\$\{JSON\.stringify\(jsonData\)\}\)`,[\s\S]*?meta: createContentDataIncrementalMetadata\(\)/,
    );
  });
});
