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
import type { AstroIntegration, ViteUserConfig } from 'astro';

type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

/** Astro's resolved id of the content store module (`astro:data-layer-content`). */
export const CONTENT_STORE_MODULE = '\0astro:data-layer-content';

export function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'archive:content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || (config.experimental.collectionStorage ?? 'single-file') !== 'single-file')
          return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({ vite: { plugins: [readStoreFromDisk(storeFile)] } });
      },
    },
  };
}

/** The Vite plugin; `storeFile` is the absolute path of Astro's `data-store.json`. */
export function readStoreFromDisk(storeFile: string): VitePlugin {
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
        return [
          `import { readFileSync } from 'node:fs';`,
          `export default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`,
        ].join('\n');
      },
    },
  };
}
