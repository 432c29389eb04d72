import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CONTENT_STORE_MODULE,
  readStoreFromDisk,
} from '../../../src/integrations/content-store-from-disk.ts';

const folder = mkdtempSync(join(tmpdir(), 'content-store-'));
const storeFile = join(folder, 'data-store.json');
writeFileSync(storeFile, '[["Map",1],{"articles":2},["Map"]]');

/** Calls the plugin's load hook as Vite would, in the named environment; counts its applications. */
function load(file: string, id: string, environment: string): { result: unknown; applied: number } {
  let applied = 0;
  const plugin = readStoreFromDisk(file, () => (applied += 1));
  const hook = 'load' in plugin ? plugin.load : undefined;
  if (!hook || typeof hook !== 'object') throw new Error('expected a load hook with a handler');
  const result = (hook.handler as (this: unknown, id: string) => unknown).call(
    { environment: { name: environment } },
    id,
  );
  return { result, applied };
}

describe('the content store module in a static build', () => {
  test('reads and parses the store file when pages render, instead of bundling its text', async () => {
    const { result, applied } = load(storeFile, CONTENT_STORE_MODULE, 'prerender');
    const { code } = result as { code: string };
    expect(code).toBe(
      `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`,
    );
    expect(applied).toBe(1);
    const moduleUrl = `data:text/javascript,${encodeURIComponent(code)}`;
    const { default: store } = (await import(/* @vite-ignore */ moduleUrl)) as { default: unknown };
    expect(store).toEqual([['Map', 1], { articles: 2 }, ['Map']]);
  });

  test('keeps the metadata Astro attaches to the module for incremental builds', () => {
    const { result } = load(storeFile, CONTENT_STORE_MODULE, 'prerender');
    expect(result).toMatchObject({ meta: { astroIncremental: { kind: 'content-data' } } });
  });

  test("leaves every other module, the browser's bundle and a missing store to Astro", () => {
    for (const [file, id, environment] of [
      [storeFile, '\0astro:content', 'prerender'],
      [storeFile, CONTENT_STORE_MODULE, 'client'],
      [join(folder, 'missing.json'), CONTENT_STORE_MODULE, 'prerender'],
    ] as const) {
      expect(load(file, id, environment)).toEqual({ result: null, applied: 0 });
    }
  });
});

describe("the Astro internals the override copies (Astro's content plugin)", () => {
  const astroContent = (file: string) => readFileSync(`node_modules/astro/dist/${file}`, 'utf8');

  test('the store module and file are where the override expects them', () => {
    expect(astroContent('content/consts.js')).toContain(
      `const DATA_STORE_VIRTUAL_ID = "${CONTENT_STORE_MODULE.slice(1)}";`,
    );
    expect(astroContent('content/consts.js')).toContain('const DATA_STORE_FILE = "data-store.json";');
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
