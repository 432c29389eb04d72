import { spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { isLinkedTree } from '../../../src/integrations/pagefind.ts';
import { PAGEFIND_ALLOCATOR_ENV, withEnvironment } from '../../../src/integrations/pagefind-year.ts';

const NAME = 'ARCHIVE_TEST_VARIABLE';

/** What a child process started now sees as `NAME`. */
function childSees(): string {
  return spawnSync(process.execPath, ['-e', `process.stdout.write(process.env.${NAME} ?? '(unset)')`], {
    encoding: 'utf8',
  }).stdout;
}

describe('environment for the Pagefind process', () => {
  test('a process started inside sees the variable; the environment is restored afterwards', () => {
    expect(withEnvironment({ [NAME]: 'on' }, childSees)).toBe('on');
    expect(process.env[NAME]).toBeUndefined();
    expect(childSees()).toBe('(unset)');
  });

  test('a value already set wins and is kept', () => {
    process.env[NAME] = 'mine';
    try {
      expect(withEnvironment({ [NAME]: 'on' }, childSees)).toBe('mine');
      expect(process.env[NAME]).toBe('mine');
    } finally {
      delete process.env[NAME];
    }
  });

  test('the environment is restored when starting throws', () => {
    expect(() =>
      withEnvironment({ [NAME]: 'on' }, () => {
        throw new Error('no start');
      }),
    ).toThrow('no start');
    expect(process.env[NAME]).toBeUndefined();
  });

  afterAll(() => close());

  // Reading another process's environment needs Linux's /proc, where the allocator setting matters.
  test.runIf(process.platform === 'linux')(
    "Pagefind's service process, started by createIndex(), gets the allocator settings",
    async () => {
      const { errors } = await withEnvironment(PAGEFIND_ALLOCATOR_ENV, () => createIndex({}));
      expect(errors).toEqual([]);
      const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8')
        .trim()
        .split(/\s+/);
      const environments = children.map((pid) => ({
        program: readFileSync(`/proc/${pid}/comm`, 'utf8').trim(),
        environment: readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0'),
      }));
      const service = environments.find(({ program }) => program.startsWith('pagefind'));
      expect(service?.environment).toContain(`_RJEM_MALLOC_CONF=${PAGEFIND_ALLOCATOR_ENV._RJEM_MALLOC_CONF}`);
      expect(process.env._RJEM_MALLOC_CONF).toBeUndefined();
    },
  );
});

describe('isLinkedTree', () => {
  /** A cached year's bundle of two files, and a folder of hard links to them, as the search step leaves them. */
  function linkedYear() {
    const root = mkdtempSync(join(tmpdir(), 'linked-tree-'));
    const cached = join(root, 'cache', '2022');
    const shipped = join(root, 'dist', '2022');
    for (const file of ['pagefind-entry.json', 'fragment/en_1.pf_fragment']) {
      mkdirSync(join(cached, file, '..'), { recursive: true });
      mkdirSync(join(shipped, file, '..'), { recursive: true });
      writeFileSync(join(cached, file), file);
      linkSync(join(cached, file), join(shipped, file));
    }
    return { root, cached, shipped };
  }

  test("holds for a folder of links to every file of the cache's year, and nothing else", () => {
    const { root, cached, shipped } = linkedYear();
    try {
      expect(isLinkedTree(cached, shipped)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('fails for a copied file, a file more or less, or a missing folder', () => {
    const { root, cached, shipped } = linkedYear();
    try {
      rmSync(join(shipped, 'pagefind-entry.json'));
      expect(isLinkedTree(cached, shipped)).toBe(false);
      copyFileSync(join(cached, 'pagefind-entry.json'), join(shipped, 'pagefind-entry.json'));
      expect(isLinkedTree(cached, shipped)).toBe(false);
      rmSync(join(shipped, 'pagefind-entry.json'));
      linkSync(join(cached, 'pagefind-entry.json'), join(shipped, 'pagefind-entry.json'));
      writeFileSync(join(shipped, 'extra.js'), '');
      expect(isLinkedTree(cached, shipped)).toBe(false);
      expect(isLinkedTree(cached, join(root, 'dist', '2021'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
