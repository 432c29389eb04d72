import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { close, createIndex } from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
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
