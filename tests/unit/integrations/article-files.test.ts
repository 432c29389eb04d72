import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { offerOutputFiles, takeOutputFiles, type OutputFile } from '../../../src/core/output-files.ts';
import { articleFiles, writeOutputFiles } from '../../../src/integrations/article-files.ts';

let outDir: string;
beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'article-files-'));
});
afterEach(() => {
  rmSync(outDir, { recursive: true, force: true });
  takeOutputFiles();
});

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
  it('writes every file under the output folder, making the folders, and counts them', async () => {
    // More files than are written at once, two to a folder.
    expect(await writeOutputFiles(outDir, manyFiles(150))).toBe(300);
    expect(readdirSync(join(outDir, 'articles'))).toHaveLength(150);
    expect(readFileSync(join(outDir, 'articles/article-149/index.json'), 'utf8')).toBe(
      `index.json of article 149, 周 ${'x'.repeat(149)}`,
    );
  });

  it('replaces what an earlier build wrote at the same path', async () => {
    await writeOutputFiles(outDir, [{ path: 'articles/a/cite.bib', contents: 'old' }]);
    await writeOutputFiles(outDir, [{ path: 'articles/a/cite.bib', contents: 'new' }]);
    expect(readFileSync(join(outDir, 'articles/a/cite.bib'), 'utf8')).toBe('new');
  });

  it('refuses a path that leaves the output folder, naming it', async () => {
    await expect(
      writeOutputFiles(outDir, [{ path: '../elsewhere/cite.bib', contents: 'x' }]),
    ).rejects.toThrow('../elsewhere/cite.bib: the path leaves the output folder');
  });
});

describe('the build step', () => {
  const hook = articleFiles().hooks['astro:build:generated'];
  const logged: string[] = [];
  const logger = { info: (line: string) => logged.push(line) } as never;

  it('writes the files the pages offered, once, and logs how many', async () => {
    offerOutputFiles(() => manyFiles(3));
    await hook?.({ dir: pathToFileURL(`${outDir}/`), logger, routeToHeaders: new Map() } as never);
    expect(readdirSync(join(outDir, 'articles'))).toEqual(['article-0', 'article-1', 'article-2']);
    expect(logged.at(-1)).toMatch(/^wrote 6 citation and metadata file\(s\) of articles in [\d.]+ s$/);
    // The offer is used up: a later build must make its own.
    expect(takeOutputFiles()).toBeUndefined();
  });

  it('fails the build, saying what is missing, when the pages offered nothing', async () => {
    await expect(
      hook?.({ dir: pathToFileURL(`${outDir}/`), logger, routeToHeaders: new Map() } as never),
    ).rejects.toThrow('the pages offered no article files');
  });
});
