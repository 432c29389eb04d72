/**
 * Writes every article's citation and metadata files into the output folder once Astro has
 * rendered the pages: the files the pages offered (`src/core/output-files.ts`, from
 * `src/pages/articles/[id]/[file].ts`), written directly instead of as 40,000 routes at 10,000
 * articles. Every build writes all of them, so they always match the content, and the output
 * folder's pruning (`output-in-place.ts`) keeps them as files this build wrote.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { takeOutputFiles, type OutputFile } from '../core/output-files.ts';

/** Files being written at once: enough to keep the file system's threads busy while the next are made. */
const WRITES_AT_ONCE = 32;

export function articleFiles(): AstroIntegration {
  return {
    name: 'archive:article-files',
    hooks: {
      'astro:build:generated': async ({ dir, logger }) => {
        const source = takeOutputFiles();
        if (!source) {
          throw new Error(
            'archive:article-files: the pages offered no article files; src/pages/articles/[id]/[file].ts must call offerOutputFiles() in a build',
          );
        }
        const started = performance.now();
        const written = await writeOutputFiles(fileURLToPath(dir), source());
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`wrote ${written} citation and metadata file(s) of articles in ${seconds} s`);
      },
    },
  };
}

/**
 * Writes `files` under `outDir`, creating their folders, a few at a time as `files` makes them (so
 * only those few are in memory at once); returns how many were written.
 * @throws Error naming the file when a path would leave `outDir`.
 */
export async function writeOutputFiles(outDir: string, files: Iterable<OutputFile>): Promise<number> {
  const folders = new Map<string, Promise<unknown>>();
  const inFlight = new Set<Promise<void>>();
  let written = 0;
  for (const file of files) {
    const target = resolve(outDir, file.path);
    if (!target.startsWith(resolve(outDir) + sep)) {
      throw new Error(`archive:article-files: ${file.path}: the path leaves the output folder ${outDir}`);
    }
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
  return written;
}
