import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  offerOutputFiles,
  receiveOutputFiles,
  type OutputFileGroup,
} from '../../../src/core/output-files.ts';
import {
  articleFiles,
  codeVersion,
  writeOutputFiles,
  type FileFacts,
} from '../../../src/integrations/article-files.ts';
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

/** How many groups had their text made, over every `group()` of the test. */
let made = 0;

/** A group of files with text `files` (path to text) under `key`, counting when its text is made. */
function group(key: string, files: Record<string, string>): OutputFileGroup {
  return {
    key,
    paths: Object.keys(files),
    contents: () => {
      made += 1;
      return Object.values(files);
    },
  };
}

/**
 * One build's writing of `groups` by code of `version`, with the memo the last build left; how
 * many groups it made and how the memo answered.
 */
async function write(groups: Iterable<OutputFileGroup>, version = 'v1') {
  // A clock a minute ahead: every file the test wrote has settled.
  const later = () => BigInt(Date.now() + 60_000) * 1_000_000n;
  const memo = new BuiltFileMemo<FileFacts>(join(cacheDir, 'memo.json'), outDir, version, later);
  const before = made;
  const result = await writeOutputFiles(outDir, groups, memo);
  return { ...result, made: made - before, memo: memo.counts };
}

/** `count` articles' groups, as the pages make them. */
function* manyGroups(count: number): Generator<OutputFileGroup> {
  for (let n = 0; n < count; n += 1) {
    yield group(`key ${n}`, {
      [`articles/article-${n}/cite.bib`]: `cite.bib of article ${n}, 周 ${'x'.repeat(n)}`,
      [`articles/article-${n}/index.json`]: `index.json of article ${n}`,
    });
  }
}

describe('writeOutputFiles', () => {
  it('writes every file under the output folder, making the folders, and lists them', async () => {
    // More files than are written at once, two to a folder.
    const result = await write(manyGroups(150));
    expect(result).toMatchObject({ written: 300, unchanged: 0, kept: 0, made: 150 });
    expect(result.paths.size).toBe(300);
    expect(result.paths).toContain(join(outDir, 'articles/article-7/cite.bib'));
    expect(readdirSync(join(outDir, 'articles'))).toHaveLength(150);
    expect(readFileSync(join(outDir, 'articles/article-149/cite.bib'), 'utf8')).toBe(
      `cite.bib of article 149, 周 ${'x'.repeat(149)}`,
    );
  });

  it('does not make again the files of a group whose key and files are as the last build left them', async () => {
    await write(manyGroups(3));
    const again = await write(manyGroups(3));
    expect(again).toMatchObject({ written: 0, unchanged: 6, kept: 6, made: 0 });
    // They still count as made by this build, so the output folder's pruning keeps them.
    expect(again.paths.size).toBe(6);
    expect(again.memo).toEqual({ remembered: 6, read: 0 });
  });

  it('makes a group again when its key changes, writing only the files whose text changed', async () => {
    await write([group('old key', { 'articles/a/cite.bib': 'old', 'articles/a/index.json': 'same' })]);
    const modified = () => statSync(join(outDir, 'articles/a/index.json'), { bigint: true }).mtimeNs;
    const before = modified();
    const changed = group('new key', { 'articles/a/cite.bib': 'new', 'articles/a/index.json': 'same' });
    expect(await write([changed])).toMatchObject({ written: 1, unchanged: 1, kept: 0, made: 1 });
    expect(readFileSync(join(outDir, 'articles/a/cite.bib'), 'utf8')).toBe('new');
    expect(modified()).toBe(before);
    // The unchanged file now stands under the new key: the next build makes nothing.
    expect(await write([changed])).toMatchObject({ written: 0, kept: 2, made: 0 });
  });

  it('makes every group again for other code', async () => {
    await write(manyGroups(2));
    expect(await write(manyGroups(2), 'v2')).toMatchObject({ written: 0, unchanged: 4, kept: 0, made: 2 });
  });

  it('puts back a file that is missing or was changed behind its back, though the key is the same', async () => {
    const files = { 'articles/a/cite.bib': 'as built', 'articles/a/index.json': 'kept' };
    await write([group('k', files)]);
    rmSync(join(outDir, 'articles/a/index.json'));
    expect(await write([group('k', files)])).toMatchObject({ written: 1, unchanged: 1, made: 1 });
    expect(readFileSync(join(outDir, 'articles/a/index.json'), 'utf8')).toBe('kept');
    // Someone edits a built file by hand, at the same size, and sets its time back.
    const earlier = new Date('2026-01-01T00:00:00.000Z');
    utimesSync(join(outDir, 'articles/a/cite.bib'), earlier, earlier);
    await write([group('k', files)]);
    writeFileSync(join(outDir, 'articles/a/cite.bib'), 'by hand!');
    utimesSync(join(outDir, 'articles/a/cite.bib'), earlier, earlier);
    expect(await write([group('k', files)])).toMatchObject({ written: 1, unchanged: 1, made: 1 });
    expect(readFileSync(join(outDir, 'articles/a/cite.bib'), 'utf8')).toBe('as built');
  });

  it('refuses a path that leaves the output folder, naming it', async () => {
    await expect(write([group('k', { '../elsewhere/cite.bib': 'x' })])).rejects.toThrow(
      '../elsewhere/cite.bib: the path leaves the output folder',
    );
  });

  it('refuses a group whose text does not match its paths, naming them', async () => {
    const broken = {
      key: 'k',
      paths: ['articles/a/cite.bib', 'articles/a/index.json'],
      contents: () => ['x'],
    };
    await expect(write([broken])).rejects.toThrow(
      'articles/a/cite.bib, articles/a/index.json: 1 texts for 2 files',
    );
  });
});

describe('codeVersion', () => {
  it('changes when any file of the code, the lockfile or the config changes, and only then', () => {
    const src = join(cacheDir, 'src');
    mkdirSync(join(src, 'site'), { recursive: true });
    writeFileSync(join(src, 'site', 'citation.ts'), 'export const a = 1;');
    const lockfile = join(cacheDir, 'package-lock.json');
    writeFileSync(lockfile, '{"citation-js": "0.7.0"}');
    const version = () => codeVersion(src, [lockfile, join(cacheDir, 'astro.config.ts')]);
    const first = version();
    expect(version()).toBe(first);
    writeFileSync(join(src, 'site', 'citation.ts'), 'export const a = 2;');
    const second = version();
    expect(second).not.toBe(first);
    writeFileSync(lockfile, '{"citation-js": "0.7.1"}');
    expect(version()).not.toBe(second);
    const third = version();
    writeFileSync(join(cacheDir, 'astro.config.ts'), 'export default {};');
    expect(version()).not.toBe(third);
  });
});

describe('the build step', () => {
  const logged: string[] = [];
  const logger = { info: (line: string) => logged.push(line) } as never;
  /** The project's code, which the step's memo is versioned by. */
  let code = 'export const style = 1;';

  /** A build's hooks in Astro's order, up to where the pages would render. */
  function startBuild(clock?: () => bigint) {
    const step = articleFiles(clock);
    const { hooks } = step;
    const project = join(cacheDir, 'project');
    mkdirSync(join(project, 'src'), { recursive: true });
    writeFileSync(join(project, 'src', 'citation.ts'), code);
    hooks['astro:config:done']?.({
      config: {
        root: pathToFileURL(`${project}/`),
        srcDir: pathToFileURL(`${project}/src/`),
        outDir: pathToFileURL(`${outDir}/`),
        cacheDir: pathToFileURL(`${cacheDir}/`),
      },
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
      return manyGroups(3);
    });
    // The three other routes offer the same files again: taken once.
    for (let route = 0; route < 3; route += 1) offerOutputFiles(() => manyGroups(99));
    expect(asked).toBe(1);
    await pagesRendered();
    expect(readdirSync(join(outDir, 'articles'))).toEqual(['article-0', 'article-1', 'article-2']);
    expect(logged.at(-1)).toMatch(
      /^citation and metadata files of articles: 6 written, 0 unchanged \(0 not made again\); [\d.]+ s after the pages$/,
    );
    // What it made is what the output folder's pruning keeps.
    expect(step.madeFiles()).toContain(join(outDir, 'articles/article-2/index.json'));
    // Once the pages are rendered the step takes no more offers.
    offerOutputFiles(() => {
      throw new Error('taken after the build');
    });
  });

  it('makes nothing again in a build after one with the same content and code, and everything after a change to the code', async () => {
    // A clock a minute ahead: the files of one build have settled by the next.
    const later = () => BigInt(Date.now() + 60_000) * 1_000_000n;
    for (const expected of [6, 0]) {
      const { pagesRendered } = startBuild(later);
      offerOutputFiles(() => manyGroups(3));
      await pagesRendered();
      expect(logged.at(-1)).toMatch(
        `${expected} written, ${6 - expected} unchanged (${6 - expected} not made again)`,
      );
    }
    code = 'export const style = 2;';
    const before = made;
    const { pagesRendered } = startBuild(later);
    offerOutputFiles(() => manyGroups(3));
    await pagesRendered();
    expect(made - before).toBe(3);
    expect(logged.at(-1)).toMatch('0 written, 6 unchanged (0 not made again)');
  });

  it('fails the build, saying what is missing, when the pages offered nothing', async () => {
    const { pagesRendered } = startBuild();
    await expect(pagesRendered()).rejects.toThrow('the pages offered no article files');
  });

  it('fails the build with the error of the writing, once the pages are rendered', async () => {
    const { pagesRendered } = startBuild();
    offerOutputFiles(() => [group('k', { '../outside': 'x' })]);
    await expect(pagesRendered()).rejects.toThrow('../outside: the path leaves the output folder');
  });
});
