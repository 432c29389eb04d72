/**
 * In `astro build`, pages read Astro's content store from its files instead of from the bundle.
 *
 * Astro bundles the whole content store (every article's data and rendered body, tens of
 * megabytes in a large archive, hundreds at 100,000 articles) into the build as JavaScript string
 * modules. Bundling them is the build's memory peak, and compiling them again before pages render
 * takes seconds (docs/performance.md). This plugin gives the bundler a few lines instead, which
 * read the same files from Astro's cache folder when the pages are rendered: the same value, read
 * as text rather than compiled as code.
 *
 * Astro keeps the store in one of two layouts (`experimental.collectionStorage`): one file,
 * `data-store.json`, or, with `'chunked'`, a folder `data-store/` of part files listed in its
 * `manifest.json`. One file cannot hold a store larger than V8's longest string (about 512 MB, some
 * 60,000 articles), so the archive uses the chunked layout; both are read here.
 *
 * Only for static builds: the files are on disk while Astro renders the pages of a build, and never
 * shipped. `astro dev` keeps Astro's own module (it reloads when content changes). If Astro stops
 * writing the store where this plugin looks, the plugin steps aside and Astro's module is used.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, ViteUserConfig } from 'astro';

type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

/**
 * Astro internals this relies on (Astro 7.3; `node_modules/astro/dist/content/`): the resolved id
 * of the store module, the store's file or folder in the cache folder, what the module's default
 * export is in each layout (`ImmutableDataStore.fromModule`: the parsed file; or, chunked, an
 * object of collection name to the texts of its parts), and the metadata Astro's own loader
 * attaches so incremental builds know the module holds content data. `tests/build/` fails when
 * the override stops applying, and the build warns.
 */
export const CONTENT_STORE_MODULE = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';
const CHUNKED_STORE_MANIFEST = 'data-store/manifest.json';
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** What the build log says when the override applied; the build tests look for it. */
export const APPLIED_MESSAGE = 'pages read the content store from its files, not from the bundle';

/** Where Astro keeps the content store, and in which layout. */
export type StoreLocation = { layout: 'single-file'; file: string } | { layout: 'chunked'; manifest: string };

export function contentStoreFromDisk(): AstroIntegration {
  let applied = false;
  let active = false;
  return {
    name: 'archive:content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        active = true;
        const location = storeLocation(config);
        updateConfig({ vite: { plugins: [readStoreFromDisk(location, () => (applied = true))] } });
      },
      'astro:build:done': ({ logger }) => {
        if (!active) return;
        if (applied) logger.info(APPLIED_MESSAGE);
        else
          logger.warn(
            `Astro's content store module (${CONTENT_STORE_MODULE.slice(1)}) was not loaded from its files in the cache folder: Astro's internals have changed and the whole store was bundled as strings; update src/integrations/content-store-from-disk.ts`,
          );
      },
    },
  };
}

/** Where Astro keeps the content store of a build with `config`. */
export function storeLocation(config: Pick<AstroConfig, 'cacheDir' | 'experimental'>): StoreLocation {
  return (config.experimental.collectionStorage ?? 'single-file') === 'single-file'
    ? { layout: 'single-file', file: fileURLToPath(new URL(STORE_FILE, config.cacheDir)) }
    : { layout: 'chunked', manifest: fileURLToPath(new URL(CHUNKED_STORE_MANIFEST, config.cacheDir)) };
}

/** The file that exists once Astro has written the store: the store file, or the chunked store's manifest. */
export function storeIndexFile(location: StoreLocation): string {
  return location.layout === 'single-file' ? location.file : location.manifest;
}

/** The code of the module that reads the store from `location` when the pages render. */
export function storeModuleCode(location: StoreLocation): string {
  if (location.layout === 'single-file') {
    return [
      `import { readFileSync } from 'node:fs';`,
      `export default JSON.parse(readFileSync(${JSON.stringify(location.file)}, 'utf8'));`,
    ].join('\n');
  }
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { dirname, join } from 'node:path';`,
    `const manifest = ${JSON.stringify(location.manifest)};`,
    `const parts = JSON.parse(readFileSync(manifest, 'utf8'));`,
    `export default Object.fromEntries(Object.entries(parts).map(([collection, files]) => [collection, files.map((file) => readFileSync(join(dirname(manifest), file), 'utf8'))]));`,
  ].join('\n');
}

/**
 * The Vite plugin; `location` is where Astro keeps the store (absolute paths), and `onApplied` is
 * called each time the plugin replaces the store module.
 */
export function readStoreFromDisk(location: StoreLocation, onApplied: () => void = () => {}): VitePlugin {
  const path = storeIndexFile(location);
  return {
    name: 'archive:content-store-from-disk',
    apply: 'build',
    load: {
      order: 'pre',
      filter: { id: new RegExp(`^${CONTENT_STORE_MODULE}$`) },
      handler(id) {
        if (id !== CONTENT_STORE_MODULE || this.environment.name === 'client' || !existsSync(path)) {
          return null;
        }
        onApplied();
        return { code: storeModuleCode(location), map: { mappings: '' }, meta: CONTENT_DATA_META };
      },
    },
  };
}
