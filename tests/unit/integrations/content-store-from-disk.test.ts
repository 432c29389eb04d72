import { mkdtempSync, writeFileSync } from 'node:fs';
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

/** Calls the plugin's load hook as Vite would, in the named environment. */
function load(file: string, id: string, environment: string): unknown {
  const plugin = readStoreFromDisk(file);
  const hook = 'load' in plugin ? plugin.load : undefined;
  if (!hook || typeof hook !== 'object') throw new Error('expected a load hook with a handler');
  return (hook.handler as (this: unknown, id: string) => unknown).call(
    { environment: { name: environment } },
    id,
  );
}

describe('the content store module in a static build', () => {
  test('reads and parses the store file when pages render, instead of bundling its text', async () => {
    const code = load(storeFile, CONTENT_STORE_MODULE, 'prerender');
    expect(code).toBe(
      `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`,
    );
    const moduleUrl = `data:text/javascript,${encodeURIComponent(String(code))}`;
    const { default: store } = (await import(/* @vite-ignore */ moduleUrl)) as { default: unknown };
    expect(store).toEqual([['Map', 1], { articles: 2 }, ['Map']]);
  });

  test("leaves every other module, the browser's bundle and a missing store to Astro", () => {
    expect(load(storeFile, '\0astro:content', 'prerender')).toBeNull();
    expect(load(storeFile, CONTENT_STORE_MODULE, 'client')).toBeNull();
    expect(load(join(folder, 'missing.json'), CONTENT_STORE_MODULE, 'prerender')).toBeNull();
  });
});
