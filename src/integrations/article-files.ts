/**
 * Writes every article's citation and metadata files into the output folder while Astro renders
 * the pages: the files the pages offered (`src/core/output-files.ts`, from the routes in
 * `src/pages/articles/[id]/`), written directly instead of as 40,000 routes at 10,000 articles.
 * The writing goes on beside the rendering (the disk takes anything from 2 to 28 s for 40,000
 * files here), and the build waits for it once the pages are rendered.
 *
 * Every build makes all of them, so they always match the content and the code. A file whose
 * text is already in the output folder is left as it is: reading a small file is much cheaper
 * than writing one on a busy disk, and an unchanged file keeps its modification time. What is
 * there is known by its digest, remembered from the last build for a file whose identity on disk
 * is unchanged (`built-file-memo.ts`), so a rebuild reads only the files that changed. The output
 * folder's pruning (`output-in-place.ts`) is told every file this step made, written or left, so
 * it keeps them; a folder the last build did not write is emptied before the build starts, so
 * what is found there was written by the build before.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { receiveOutputFiles, type OutputFile } from '../core/output-files.ts';
import { BuiltFileMemo, memoFileIn } from './built-file-memo.ts';

/** Files being written at once: enough to keep the file system's threads busy while the next are made. */
const WRITES_AT_ONCE = 32;

/** The build step, and the files it made in the last build (absolute paths), for the output folder's pruning. */
export interface ArticleFilesStep extends AstroIntegration {
  madeFiles: () => ReadonlySet<string>;
}

export function articleFiles(): ArticleFilesStep {
  let outDir = '';
  let memoFile = '';
  let made: ReadonlySet<string> = new Set();
  let writing: Promise<WriteResult> | undefined;
  return {
    name: 'archive:article-files',
    madeFiles: () => made,
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        memoFile = memoFileIn(config.cacheDir, 'article-files');
      },
      'astro:build:start': () => {
        writing = undefined;
        made = new Set();
        // The four routes offer the same files; the first offer is written, while pages render.
        receiveOutputFiles((source) => {
          if (writing) return;
          writing = writeOutputFiles(outDir, source(), new BuiltFileMemo(memoFile, outDir, DIGEST));
          writing.catch(() => {}); // awaited, and its error thrown, once the pages are rendered
        });
      },
      'astro:build:generated': async ({ logger }) => {
        receiveOutputFiles(undefined);
        if (!writing) {
          throw new Error(
            'archive:article-files: the pages offered no article files; the routes in src/pages/articles/[id]/ must offer them in a build (articleFileRoute in src/site/archive.ts)',
          );
        }
        const waitStarted = performance.now();
        const result = await writing;
        made = result.paths;
        const waited = ((performance.now() - waitStarted) / 1000).toFixed(1);
        logger.info(
          `citation and metadata files of articles: ${result.written} written, ${result.unchanged} unchanged; ${waited} s after the pages`,
        );
      },
    },
  };
}

/** What `writeOutputFiles` did. */
export interface WriteResult {
  /** Files written, new or changed. */
  written: number;
  /** Files whose text was already there, left as they were. */
  unchanged: number;
  /** Every file, written or unchanged, as an absolute path. */
  paths: ReadonlySet<string>;
}

/** What the memo keeps of a file: the SHA-256 of its bytes. */
const DIGEST = 'sha256';

function digestOf(text: string | Buffer): string {
  return createHash(DIGEST).update(text).digest('hex');
}

/**
 * Puts `files` under `outDir`: writes each whose text is not already there, creating its folder,
 * a few at a time as `files` makes them (so only those few are in memory at once). What is there
 * is known by its digest, from `memo` when the file is unchanged since the last build; the memo is
 * saved once every file is written.
 * @throws Error naming the file when a path would leave `outDir`.
 */
export async function writeOutputFiles(
  outDir: string,
  files: Iterable<OutputFile>,
  memo: BuiltFileMemo<string>,
): Promise<WriteResult> {
  const root = resolve(outDir);
  const folders = new Map<string, Promise<unknown>>();
  const inFlight = new Set<Promise<void>>();
  const paths = new Set<string>();
  let written = 0;
  for (const file of files) {
    const target = resolve(root, file.path);
    if (!target.startsWith(root + sep)) {
      throw new Error(`archive:article-files: ${file.path}: the path leaves the output folder ${outDir}`);
    }
    paths.add(target);
    const digest = digestOf(file.contents);
    if (memo.get(target, digestOf) === digest) continue;
    const folder = dirname(target);
    let folderMade = folders.get(folder);
    if (!folderMade) folders.set(folder, (folderMade = mkdir(folder, { recursive: true })));
    const write = folderMade
      .then(() => writeFile(target, file.contents))
      .then(() => memo.wrote(target, digest));
    inFlight.add(write);
    void write.finally(() => inFlight.delete(write)).catch(() => {});
    written += 1;
    if (inFlight.size >= WRITES_AT_ONCE) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  memo.save();
  return { written, unchanged: paths.size - written, paths };
}
