/**
 * Writes every article's citation and metadata files into the output folder while Astro renders
 * the pages: the files the pages offered (`src/core/output-files.ts`, from the routes in
 * `src/pages/articles/[id]/`), written directly instead of as 40,000 routes at 10,000 articles.
 * The writing goes on beside the rendering (the disk takes anything from 2 to 28 s for 40,000
 * files here), and the build waits for it once the pages are rendered.
 *
 * Every build makes all of them, so they always match the content and the code. A file whose
 * text is already in the output folder is left as it is: reading a small file is much cheaper
 * than writing one on a busy disk, and an unchanged file keeps its modification time. The output
 * folder's pruning (`output-in-place.ts`) is told every file this step made, written or left, so
 * it keeps them; a folder the last build did not write is emptied before the build starts, so
 * what is found there was written by the build before.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { receiveOutputFiles, type OutputFile } from '../core/output-files.ts';

/** Files being written at once: enough to keep the file system's threads busy while the next are made. */
const WRITES_AT_ONCE = 32;

/** The build step, and the files it made in the last build (absolute paths), for the output folder's pruning. */
export interface ArticleFilesStep extends AstroIntegration {
  madeFiles: () => ReadonlySet<string>;
}

export function articleFiles(): ArticleFilesStep {
  let outDir = '';
  let made: ReadonlySet<string> = new Set();
  let writing: Promise<WriteResult> | undefined;
  return {
    name: 'archive:article-files',
    madeFiles: () => made,
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        writing = undefined;
        made = new Set();
        // The four routes offer the same files; the first offer is written, while pages render.
        receiveOutputFiles((source) => {
          if (writing) return;
          writing = writeOutputFiles(outDir, source());
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

/**
 * Puts `files` under `outDir`: writes each whose text is not already there, creating its folder,
 * a few at a time as `files` makes them (so only those few are in memory at once).
 * @throws Error naming the file when a path would leave `outDir`.
 */
export async function writeOutputFiles(outDir: string, files: Iterable<OutputFile>): Promise<WriteResult> {
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
    if (textOf(target) === file.contents) continue;
    const folder = dirname(target);
    let folderMade = folders.get(folder);
    if (!folderMade) folders.set(folder, (folderMade = mkdir(folder, { recursive: true })));
    const write = folderMade.then(() => writeFile(target, file.contents));
    inFlight.add(write);
    void write.finally(() => inFlight.delete(write)).catch(() => {});
    written += 1;
    if (inFlight.size >= WRITES_AT_ONCE) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return { written, unchanged: paths.size - written, paths };
}

/** The text of the file at `path`, or `undefined` when there is none. */
function textOf(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
