import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuiltFileMemo, sourceVersion } from '../../../src/integrations/built-file-memo.ts';

let folder = '';
let memoFile = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'built-file-memo-'));
  memoFile = join(folder, 'cache', 'memo.json');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A moment well after every file of the test was written: their identities have settled. */
const later = () => BigInt(Date.now() + 60_000) * 1_000_000n;
const now = () => BigInt(Date.now()) * 1_000_000n;
const length = (bytes: Buffer) => bytes.toString('utf8').length;

/** One build: the memo as the last build left it, a look at each path, then saved. */
function build(paths: string[], derive = vi.fn(length), clock = later, version = 'v1') {
  const memo = new BuiltFileMemo<number>(memoFile, folder, version, clock);
  const values = paths.map((path) => memo.get(path, derive));
  memo.save();
  return { values, derive, counts: memo.counts };
}

describe('BuiltFileMemo', () => {
  it('reads a file once, and in the next build gives its value without reading it', () => {
    const page = join(folder, 'page.html');
    writeFileSync(page, 'twelve chars');
    expect(build([page])).toMatchObject({ values: [12], counts: { remembered: 0, read: 1 } });
    const second = build([page]);
    expect(second.values).toEqual([12]);
    expect(second.derive).not.toHaveBeenCalled();
    expect(second.counts).toEqual({ remembered: 1, read: 0 });
  });

  it('recalls a remembered value without reading, and nothing for a file changed, new or gone', () => {
    const [page, other] = [join(folder, 'page.html'), join(folder, 'other.html')];
    writeFileSync(page, 'twelve chars');
    writeFileSync(other, 'x');
    build([page, other]);
    const memo = new BuiltFileMemo<number>(memoFile, folder, 'v1', later);
    expect(memo.recall(page)).toBe(12);
    writeFileSync(other, 'changed');
    expect(memo.recall(other)).toBeUndefined();
    expect(memo.recall(join(folder, 'new.html'))).toBeUndefined();
    rmSync(page);
    expect(new BuiltFileMemo<number>(memoFile, folder, 'v1', later).recall(page)).toBeUndefined();
    expect(memo.counts).toEqual({ remembered: 1, read: 0 });
  });

  it('reads again a file rewritten at the same size with its modification time set back', () => {
    const page = join(folder, 'page.html');
    writeFileSync(page, 'aaaa');
    // A time in whole milliseconds, so that setting it again gives the very same nanoseconds.
    const mtime = new Date('2026-01-01T00:00:00.000Z');
    utimesSync(page, mtime, mtime);
    build(
      [page],
      vi.fn(() => 1),
    );
    writeFileSync(page, 'bbbb');
    utimesSync(page, mtime, mtime);
    const second = build(
      [page],
      vi.fn(() => 2),
    );
    expect(second.values).toEqual([2]);
  });

  it('does not remember a file that changed just before it was read', () => {
    const page = join(folder, 'page.html');
    writeFileSync(page, 'fresh');
    build([page], vi.fn(length), now);
    expect(build([page]).counts).toEqual({ remembered: 0, read: 1 });
  });

  it('starts empty for another output folder, another version, or a broken memo file', () => {
    const page = join(folder, 'page.html');
    writeFileSync(page, 'text');
    build([page]);
    expect(build([page], vi.fn(length), later, 'v2').counts.read).toBe(1);
    build([page]);
    const elsewhere = new BuiltFileMemo<number>(memoFile, join(folder, 'other'), 'v1', later);
    expect(elsewhere.get(page, length)).toBe(4);
    expect(elsewhere.counts.read).toBe(1);
    writeFileSync(memoFile, '{"version": "v1", "folder": ');
    expect(build([page]).counts.read).toBe(1);
  });

  it('gives undefined for a missing file, or a file removed since it was remembered', () => {
    const page = join(folder, 'page.html');
    writeFileSync(page, 'text');
    build([page]);
    rmSync(page);
    expect(build([page, join(folder, 'never.html'), folder]).values).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('remembers what the build wrote if the file has settled by the time the memo is saved', () => {
    const [settledPage, freshPage] = [join(folder, 'settled.html'), join(folder, 'fresh.html')];
    for (const [clock, page] of [
      [later, settledPage],
      [now, freshPage],
    ] as const) {
      writeFileSync(page, 'written');
      const memo = new BuiltFileMemo<number>(memoFile, folder, 'v1', clock);
      memo.holds(page, 99);
      memo.save();
      expect(new BuiltFileMemo<number>(memoFile, folder, 'v1', later).get(page, length)).toBe(
        page === settledPage ? 99 : 7,
      );
    }
  });

  it('forgets files the build did not ask for', () => {
    const [one, two] = [join(folder, 'one.html'), join(folder, 'two.html')];
    writeFileSync(one, '1');
    writeFileSync(two, '22');
    build([one, two]);
    build([one]);
    expect(build([one, two]).counts).toEqual({ remembered: 1, read: 1 });
  });
});

describe('sourceVersion', () => {
  it('is a digest of the file’s text', () => {
    const file = join(folder, 'code.ts');
    writeFileSync(file, 'export const a = 1;');
    const first = sourceVersion(new URL(`file://${file}`));
    writeFileSync(file, 'export const a = 2;');
    expect(sourceVersion(new URL(`file://${file}`))).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });
});
