import eslintPluginAstro from 'eslint-plugin-astro';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * Who may import whom (docs/architecture.md): every folder imports the core and itself; the
 * Astro views import the site's logic; nothing imports the command-line tooling or the tests.
 * Each zone forbids `target` files to import from `from`, except the folders in `except`.
 */
const SRC_FOLDERS = ['core', 'site', 'markdown', 'import', 'client', 'integrations', 'loaders'];
const VIEWS = ['components', 'layouts', 'pages', 'styles'];

/** A zone: files in `src/<folder>/` may import only from the core and their own folder. */
const ownFolderOnly = (folder) => ({
  target: `./src/${folder}`,
  from: './src',
  except: [...new Set(['./core', `./${folder}`])],
  message: `src/${folder}/ imports only src/core/ and its own modules (docs/architecture.md).`,
});

const boundaries = [
  ...SRC_FOLDERS.map(ownFolderOnly),
  ...VIEWS.map((folder) => ({
    target: `./src/${folder}`,
    from: './src',
    except: ['./core', './site', './client', ...VIEWS.map((view) => `./${view}`)],
    message:
      'Pages, layouts and components import src/site/, src/core/ and each other (docs/architecture.md).',
  })),
  {
    target: './src/content.config.ts',
    from: './src',
    except: ['./core', './loaders', './content.config.ts'],
    message:
      'The collections take their schemas from src/core/ and their loaders from src/loaders/ (docs/architecture.md).',
  },
  {
    target: ['./src', './scripts', './astro.config.ts'],
    from: './tests',
    message: 'Only tests import from tests/.',
  },
  {
    target: ['./src', './astro.config.ts'],
    from: './scripts',
    message: 'The site does not import the command-line tooling in scripts/.',
  },
  {
    target: './scripts',
    from: './src',
    except: ['./core', './import'],
    message: 'Command-line tools import src/core/ and src/import/ (docs/architecture.md).',
  },
];

export default [
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      '.tmp/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.astro'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js', '.astro'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      // One specifier convention: relative paths with the file's extension, so Node's type
      // stripping runs any module directly and a reader sees which file is meant.
      'import-x/extensions': ['error', 'always', { ignorePackages: true, checkTypeImports: true }],
    },
  },
  {
    // The core is plain TypeScript: no Astro runtime modules and no file system.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
            name,
            message: 'src/core/ does not touch the file system; take the data as an argument.',
          })),
          patterns: [{ regex: '^astro:', message: 'src/core/ runs without Astro; no astro:* modules.' }],
        },
      ],
    },
  },
  {
    // Command-line tools report to their user on standard output.
    files: ['scripts/**', 'tests/e2e/build-sites.ts'],
    rules: { 'no-console': 'off' },
  },
];
