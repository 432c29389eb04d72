import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyFolder,
  filesUnder,
  isLastOutput,
  noteOf,
  removeFiles,
  staleFiles,
} from '../../../src/integrations/output-in-place.ts';

let outDir: string;
beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'output-in-place-'));
});
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

/** The build's start, and a time before it: what the last build wrote. */
const SINCE = Date.parse('2026-12-02T10:00:00Z');
const EARLIER = new Date('2026-12-01T10:00:00Z');
const LATER = new Date('2026-12-02T10:00:05Z');

/** Writes `file` under the output folder, last modified at `when`. */
function put(file: string, when: Date): string {
  const path = join(outDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file);
  utimesSync(path, when, when);
  return path;
}

describe('staleFiles', () => {
  it('lists the files of earlier builds that this build neither produced nor wrote', () => {
    const kept = put('articles/kept/index.html', EARLIER);
    put('articles/removed/index.html', EARLIER);
    put('articles/removed/cite.bib', EARLIER);
    put('_astro/old.1a2b3c.css', EARLIER);
    put('_astro/new.4d5e6f.css', LATER);
    put('favicon.svg', EARLIER);
    put('.git/HEAD', EARLIER);
    expect(
      staleFiles(outDir, { produced: new Set([kept]), publicFiles: new Set(['favicon.svg']), since: SINCE }),
    ).toEqual(['_astro/old.1a2b3c.css', 'articles/removed/cite.bib', 'articles/removed/index.html']);
  });

  it('keeps a produced file whatever its age, and lists a file removed from public/', () => {
    const page = put('people/zhou-pengju/index.html', EARLIER);
    put('robots-old.txt', EARLIER);
    expect(staleFiles(outDir, { produced: new Set([page]), publicFiles: new Set(), since: SINCE })).toEqual([
      'robots-old.txt',
    ]);
  });

  it('leaves alone the top-level folders a later step prunes itself, and only those', () => {
    put('pagefind/2022/pagefind-entry.json', EARLIER);
    put('pagefind-old/stray.json', EARLIER);
    put('articles/pagefind/index.html', EARLIER);
    expect(
      staleFiles(outDir, {
        produced: new Set(),
        publicFiles: new Set(),
        since: SINCE,
        skipped: new Set(['pagefind']),
      }),
    ).toEqual(['articles/pagefind/index.html', 'pagefind-old/stray.json']);
  });

  it('finds files whose names are not ASCII', () => {
    put('people/周鹏举/index.html', EARLIER);
    expect(staleFiles(outDir, { produced: new Set(), publicFiles: new Set(), since: SINCE })).toEqual([
      'people/周鹏举/index.html',
    ]);
  });

  it('lists nothing in an empty or missing folder', () => {
    expect(staleFiles(outDir, { produced: new Set(), publicFiles: new Set(), since: SINCE })).toEqual([]);
    expect(
      staleFiles(join(outDir, 'missing'), { produced: new Set(), publicFiles: new Set(), since: SINCE }),
    ).toEqual([]);
  });
});

describe('filesUnder', () => {
  it('lists files relative to the folder, with / between parts, and no folders', () => {
    put('a/b/c.txt', LATER);
    put('d.txt', LATER);
    mkdirSync(join(outDir, 'empty'));
    expect([...filesUnder(outDir)].sort()).toEqual(['a/b/c.txt', 'd.txt']);
  });
});

describe('removeFiles', () => {
  it('deletes the files and the folders they leave empty, deepest first, and nothing else', () => {
    put('articles/removed/index.html', EARLIER);
    put('articles/removed/nested/cite.bib', EARLIER);
    put('articles/kept/index.html', LATER);
    put('articles/kept/old.json', EARLIER);
    mkdirSync(join(outDir, 'empty-before'));
    removeFiles(outDir, [
      'articles/removed/index.html',
      'articles/removed/nested/cite.bib',
      'articles/kept/old.json',
    ]);
    expect([...filesUnder(outDir)]).toEqual(['articles/kept/index.html']);
    expect(existsSync(join(outDir, 'articles/removed'))).toBe(false);
    // A folder the build left empty is not the pruning's business.
    expect(existsSync(join(outDir, 'empty-before'))).toBe(true);
  });

  it('keeps the output folder itself when everything in it goes', () => {
    put('only.html', EARLIER);
    removeFiles(outDir, ['only.html']);
    expect(existsSync(outDir)).toBe(true);
  });
});

describe('emptyFolder', () => {
  it('deletes everything but .git and keeps the folder', () => {
    put('index.html', LATER);
    put('articles/a/index.html', LATER);
    put('.git/HEAD', LATER);
    expect(emptyFolder(outDir)).toBe(2);
    expect([...filesUnder(outDir)]).toEqual(['.git/HEAD']);
    expect(emptyFolder(outDir)).toBe(0);
  });

  it('does nothing to a folder that does not exist', () => {
    expect(emptyFolder(join(outDir, 'missing'))).toBe(0);
    expect(existsSync(join(outDir, 'missing'))).toBe(false);
  });
});

describe('isLastOutput', () => {
  it('holds for the folder the note was taken of, however its files changed', () => {
    const note = noteOf(outDir);
    put('articles/a/index.html', LATER);
    expect(isLastOutput(note, outDir)).toBe(true);
  });

  it('fails for another path, a folder made again or put back from a copy, and no note', () => {
    const note = noteOf(outDir);
    const other = `${outDir}-other`;
    mkdirSync(other);
    try {
      expect(isLastOutput(note, other)).toBe(false);
      put('index.html', LATER);
      cpSync(outDir, `${outDir}-copy`, { recursive: true });
      rmSync(outDir, { recursive: true });
      renameSync(`${outDir}-copy`, outDir);
      expect(isLastOutput(note, outDir)).toBe(false);
      expect(isLastOutput(undefined, outDir)).toBe(false);
      expect(isLastOutput(note, join(outDir, 'missing'))).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('has no note for a folder that does not exist', () => {
    expect(noteOf(join(outDir, 'missing'))).toBeUndefined();
  });
});
