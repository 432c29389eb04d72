/**
 * The lock file names every platform's native binding, so `npm ci` installs on any machine and not
 * only on the one that wrote the lock.
 *
 * npm records a package's optional dependencies (the per-platform binaries of Astro's compiler,
 * Pagefind, Rolldown, esbuild, sharp ...) in package-lock.json when it can resolve them in the
 * registry. When a release lacks some platform's binary, npm still writes the lock, but without
 * that binary's entry, and `npm ci` then fails on that platform. The list of what must be there
 * comes from the lock itself: each package's `optionalDependencies`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** The fields of a package-lock.json v3 entry that this test reads. */
interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync(new URL('../../../package-lock.json', import.meta.url), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

/**
 * The lock key that `name` resolves to from the package at `from` (a key such as
 * `node_modules/a/node_modules/b`), as Node resolves it: the nearest `node_modules/<name>` going up
 * the folders; `undefined` when there is none.
 */
function resolveInLock(from: string, name: string): string | undefined {
  let folder = from;
  for (;;) {
    const key = `${folder ? `${folder}/` : ''}node_modules/${name}`;
    if (key in lock.packages) return key;
    if (!folder) return undefined;
    const parent = folder.lastIndexOf('/node_modules/');
    folder = parent < 0 ? '' : folder.slice(0, parent);
  }
}

/** The packages in the lock that have optional dependencies, by lock key. */
const withOptionals = Object.entries(lock.packages).filter(([, entry]) => entry.optionalDependencies);

/** What is wrong with the lock's entry for `name` (`range`) as seen from `from`; `[]` when nothing. */
function entryProblems(from: string, name: string, range: string): string[] {
  const key = resolveInLock(from, name);
  if (!key) return [`${name}: no entry`];
  const entry = lock.packages[key]!;
  if (!entry.version) return [`${key}: no version`];
  if (!entry.resolved && !entry.integrity) return [`${key}: neither resolved nor integrity`];
  if (/^\d+\.\d+\.\d+$/.test(range) && entry.version !== range)
    return [`${key}: ${entry.version}, not ${range}`];
  return [];
}

/**
 * The platform binaries the archive cannot do without, on at least these platforms. Each package
 * is named by the package the archive gets it through, with its binaries' names: Astro's compiler
 * lists them on itself or on the one package it depends on (`@astrojs/compiler-binding`).
 */
const BINARY_FAMILIES = [
  {
    through: '@astrojs/compiler-rs',
    prefix: '@astrojs/compiler-binding-',
    platforms: ['darwin-arm64', 'darwin-x64', 'linux-x64-gnu', 'linux-arm64-gnu', 'win32-x64-msvc'],
  },
  {
    through: 'pagefind',
    prefix: '@pagefind/',
    platforms: ['darwin-arm64', 'darwin-x64', 'linux-x64', 'linux-arm64', 'windows-x64'],
  },
];

describe('package-lock.json', () => {
  test('is a v3 lock with packages that have optional dependencies', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(withOptionals).not.toEqual([]);
  });

  test.each(withOptionals)('%s: every optional dependency has an entry of its own', (from, entry) => {
    const problems = Object.entries(entry.optionalDependencies!).flatMap(([name, range]) =>
      entryProblems(from, name, range),
    );
    expect(problems.join('\n')).toBe('');
  });

  test.each(BINARY_FAMILIES)('lists $through and its $prefix* binaries', ({ through, prefix, platforms }) => {
    const roots = Object.keys(lock.packages).filter(
      (key) => key === `node_modules/${through}` || key.endsWith(`/node_modules/${through}`),
    );
    expect(roots, `${through} is not in the lock`).not.toEqual([]);
    for (const root of roots) {
      const entry = lock.packages[root]!;
      const sources = [
        root,
        ...Object.keys(entry.dependencies ?? {}).flatMap((name) => resolveInLock(root, name) ?? []),
      ];
      const binaries = sources.flatMap((source) =>
        Object.keys(lock.packages[source]!.optionalDependencies ?? {})
          .filter((name) => name.startsWith(prefix))
          .map((name) => [source, name] as const),
      );
      expect(
        binaries.map(([, name]) => name.slice(prefix.length)),
        `the binaries ${root} names`,
      ).toEqual(expect.arrayContaining(platforms));
      const problems = binaries.flatMap(([source, name]) =>
        entryProblems(source, name, lock.packages[source]!.optionalDependencies![name]!),
      );
      expect(problems.join('\n'), `the binaries of ${root}`).toBe('');
    }
  });
});
