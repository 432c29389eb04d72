import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { offerOutputFiles, receiveOutputFiles, type OutputFile } from '../../../src/core/output-files.ts';
import { articleFiles, writeOutputFiles } from '../../../src/integrations/article-files.ts';
import { BuiltFileMemo } from '../../../src/integrations/built-file-memo.ts';

let outDir: string;
let cacheDir: string;
beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'article-files-'));
  cacheDir = mkdtempSync(join(tmpdir(), 'article-files-cache-'));
});
afterEach(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  receiveOutputFiles(undefined);
});

/** One build's writing of `files`, with the memo the last build left, and how the memo answered. */
async function write(files: Iterable<OutputFile>) {
  // A clock a minute ahead: every file the test wrote has settled.
  const later = () => BigInt(Date.now() + 60_000) * 1_000_000n;
  const memo = new BuiltFileMemo<string>(join(cacheDir, 'memo.json'), outDir, 'sha256', later);
  return { ...(await writeOutputFiles(outDir, files, memo)), memo: memo.counts };
}

/** `count` articles' files, as the pages make them. */
function* manyFiles(count: number): Generator<OutputFile> {
  for (let n = 0; n < count; n += 1) {
    for (const name of ['cite.bib', 'index.json']) {
      yield {
        path: `articles/article-${n}/${name}`,
        contents: `${name} of article ${n}, 周 ${'x'.repeat(n)}`,
      };
    }
  }
}

describe('writeOutputFiles', () => {
  it('writes every file under the output folder, making the folders, and lists them', async () => {
    // More files than are written at once, two to a folder.
    const result = await write(manyFiles(150));
    expect(result).toMatchObject({ written: 300, unchanged: 0 });
    expect(result.paths.size).toBe(300);
    expect(result.paths).toContain(join(outDir, 'articles/article-7/cite.bib'));
    expect(readdirSync(join(outDir, 'articles'))).toHaveLength(150);
    expect(readFileSync(join(outDir, 'articles/article-149/index.json'), 'utf8')).toBe(
      `index.json of article 149, 周 ${'x'.repeat(149)}`,
    );
  });

  it('replaces a file whose text changed, and leaves one whose text is the same as it was', async () => {
    await write([
      { path: 'articles/a/cite.bib', contents: 'old' },
      { path: 'articles/a/index.json', contents: 'same' },
    ]);
    const earlier = new Date('2026-01-01T00:00:00Z');
    utimesSync(join(outDir, 'articles/a/index.json'), earlier, earlier);
    const result = await write([
      { path: 'articles/a/cite.bib', contents: 'new' },
      { path: 'articles/a/index.json', contents: 'same' },
    ]);
    expect(result).toMatchObject({ written: 1, unchanged: 1 });
    // Both count as made by this build, so the output folder's pruning keeps both.
    expect([...result.paths]).toEqual([
      join(outDir, 'articles/a/cite.bib'),
      join(outDir, 'articles/a/index.json'),
    ]);
    expect(readFileSync(join(outDir, 'articles/a/cite.bib'), 'utf8')).toBe('new');
    expect(statSync(join(outDir, 'articles/a/index.json')).mtime).toEqual(earlier);
  });

  it('knows an unchanged file from the last build without reading it, and still replaces one changed behind its back', async () => {
    const files = [
      { path: 'articles/a/cite.bib', contents: 'as built' },
      { path: 'articles/a/index.json', contents: 'kept' },
    ];
    await write(files);
    // A time in whole milliseconds, so that setting it again gives the very same nanoseconds.
    const earlier = new Date('2026-01-01T00:00:00.000Z');
    utimesSync(join(outDir, 'articles/a/cite.bib'), earlier, earlier);
    expect(await write(files)).toMatchObject({ unchanged: 2, memo: { remembered: 1, read: 1 } });
    expect(await write(files)).toMatchObject({ unchanged: 2, memo: { remembered: 2, read: 0 } });
    // Someone edits a built file by hand, at the same size, and sets its time back.
    writeFileSync(join(outDir, 'articles/a/cite.bib'), 'by hand!');
    utimesSync(join(outDir, 'articles/a/cite.bib'), earlier, earlier);
    expect(await write(files)).toMatchObject({ written: 1, unchanged: 1, memo: { remembered: 1, read: 1 } });
    expect(readFileSync(join(outDir, 'articles/a/cite.bib'), 'utf8')).toBe('as built');
  });

  it('refuses a path that leaves the output folder, naming it', async () => {
    await expect(write([{ path: '../elsewhere/cite.bib', contents: 'x' }])).rejects.toThrow(
      '../elsewhere/cite.bib: the path leaves the output folder',
    );
  });
});

describe('the build step', () => {
  const logged: string[] = [];
  const logger = { info: (line: string) => logged.push(line) } as never;

  /** A build's hooks in Astro's order, up to where the pages would render. */
  function startBuild() {
    const step = articleFiles();
    const { hooks } = step;
    hooks['astro:config:done']?.({
      config: { outDir: pathToFileURL(`${outDir}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
    } as never);
    hooks['astro:build:start']?.({ logger } as never);
    const pagesRendered = () =>
      hooks['astro:build:generated']?.({
        dir: pathToFileURL(`${outDir}/`),
        logger,
        routeToHeaders: new Map(),
      } as never);
    return { step, pagesRendered };
  }

  it('starts writing the first offer at once, while pages render, and waits for it once they are', async () => {
    const { step, pagesRendered } = startBuild();
    let asked = 0;
    offerOutputFiles(() => {
      asked += 1;
      return manyFiles(3);
    });
    // The three other routes offer the same files again: taken once.
    for (let route = 0; route < 3; route += 1) offerOutputFiles(() => manyFiles(99));
    expect(asked).toBe(1);
    await pagesRendered();
    expect(readdirSync(join(outDir, 'articles'))).toEqual(['article-0', 'article-1', 'article-2']);
    expect(logged.at(-1)).toMatch(
      /^citation and metadata files of articles: 6 written, 0 unchanged; [\d.]+ s after the pages$/,
    );
    // What it made is what the output folder's pruning keeps.
    expect(step.madeFiles()).toContain(join(outDir, 'articles/article-2/index.json'));
    // Once the pages are rendered the step takes no more offers.
    offerOutputFiles(() => {
      throw new Error('taken after the build');
    });
  });

  it('fails the build, saying what is missing, when the pages offered nothing', async () => {
    const { pagesRendered } = startBuild();
    await expect(pagesRendered()).rejects.toThrow('the pages offered no article files');
  });

  it('fails the build with the error of the writing, once the pages are rendered', async () => {
    const { pagesRendered } = startBuild();
    offerOutputFiles(() => [{ path: '../outside', contents: 'x' }]);
    await expect(pagesRendered()).rejects.toThrow('../outside: the path leaves the output folder');
  });
});
