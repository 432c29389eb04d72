/**
 * In `astro build`, pages read Astro's content store from its file instead of from the bundle.
 *
 * Astro bundles the whole content store (every article's data and rendered body, tens of
 * megabytes in a large archive) into the build as one JavaScript string module. Bundling that
 * module is the build's memory peak, and compiling it again before pages render takes seconds
 * (docs/performance.md). This plugin gives the
 * bundler a two-line module instead, which reads and parses the same file (`data-store.json` in
 * Astro's cache folder) when the pages are rendered: the same value, parsed as JSON rather than
 * compiled as code.
 *
 * Only for static builds: the file is on disk while Astro renders the pages of a build, and never
 * shipped. `astro dev` keeps Astro's own module (it reloads when content changes). If Astro stops
 * writing the store to that file, the plugin steps aside and Astro's module is used.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, ViteUserConfig } from 'astro';

type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

/**
 * Astro internals this relies on (Astro 7.3; `node_modules/astro/dist/content/`): the resolved id
 * of the store module, the store file in the cache folder, and the metadata Astro's own loader
 * attaches so incremental builds know the module holds content data. `tests/build/` fails when
 * the override stops applying, and the build warns.
 */
export const CONTENT_STORE_MODULE = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** What the build log says when the override applied; the build tests look for it. */
export const APPLIED_MESSAGE = 'pages read the content store from its file, not from the bundle';

export function contentStoreFromDisk(): AstroIntegration {
  let applied = false;
  let active = false;
  return {
    name: 'archive:content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || (config.experimental.collectionStorage ?? 'single-file') !== 'single-file')
          return;
        active = true;
        updateConfig({ vite: { plugins: [readStoreFromDisk(storeFileOf(config), () => (applied = true))] } });
      },
      'astro:build:done': ({ logger }) => {
        if (!active) return;
        if (applied) logger.info(APPLIED_MESSAGE);
        else
          logger.warn(
            `Astro's content store module (${CONTENT_STORE_MODULE.slice(1)}) was not loaded from ${STORE_FILE}: Astro's internals have changed and the whole store was bundled as one string; update src/integrations/content-store-from-disk.ts`,
          );
      },
    },
  };
}

/** Astro's content store file for a build with `config`; `--force` deletes it before any hook runs. */
export function storeFileOf(config: Pick<AstroConfig, 'cacheDir'>): string {
  return fileURLToPath(new URL(STORE_FILE, config.cacheDir));
}

/**
 * The Vite plugin; `storeFile` is the absolute path of Astro's `data-store.json`, and `onApplied`
 * is called each time the plugin replaces the store module.
 */
export function readStoreFromDisk(storeFile: string, onApplied: () => void = () => {}): VitePlugin {
  return {
    name: 'archive:content-store-from-disk',
    apply: 'build',
    load: {
      order: 'pre',
      filter: { id: new RegExp(`^${CONTENT_STORE_MODULE}$`) },
      handler(id) {
        if (id !== CONTENT_STORE_MODULE || this.environment.name === 'client' || !existsSync(storeFile)) {
          return null;
        }
        onApplied();
        return {
          code: [
            `import { readFileSync } from 'node:fs';`,
            `export default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`,
          ].join('\n'),
          map: { mappings: '' },
          meta: CONTENT_DATA_META,
        };
      },
    },
  };
}
