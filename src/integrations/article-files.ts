/**
 * Writes every article's citation and metadata files into the output folder while Astro renders
 * the pages: the files the pages offered (`src/core/output-files.ts`, from the routes in
 * `src/pages/articles/[id]/`), written directly instead of as 40,000 routes at 10,000 articles.
 * The writing goes on beside the rendering (the disk takes anything from 2 to 28 s for 40,000
 * files here), and the build waits for it once the pages are rendered.
 *
 * A rebuild makes again only the files of articles whose key changed (`OutputFileGroup`: the
 * article, the records it names, its permalink) or whose files changed on disk; the memo of the
 * last build (`built-file-memo.ts`) holds each file's key and digest by its identity on disk, and
 * its version is a digest of the code (`codeVersion`), so a change to the code makes every file
 * again. A file whose text is already in the output folder is left as it is: reading a small file
 * is much cheaper than writing one on a busy disk, and an unchanged file keeps its modification
 * time. The output folder's pruning (`output-in-place.ts`) is told every file this step made,
 * written or left, so it keeps them; a folder the last build did not write is emptied before the
 * build starts, so what is found there was written by the build before.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { receiveOutputFiles, type OutputFileGroup } from '../core/output-files.ts';
import { BuiltFileMemo, memoFileIn } from './built-file-memo.ts';

/** Files being written at once: enough to keep the file system's threads busy while the next are made. */
const WRITES_AT_ONCE = 32;

/** The build step, and the files it made in the last build (absolute paths), for the output folder's pruning. */
export interface ArticleFilesStep extends AstroIntegration {
  madeFiles: () => ReadonlySet<string>;
}

/**
 * The build step. `nowNs` is the clock by which the memo judges whether a file has settled (wall
 * time in nanoseconds; a test gives one ahead of time).
 */
export function articleFiles(nowNs?: () => bigint): ArticleFilesStep {
  let outDir = '';
  let memoFile = '';
  let version = '';
  let made: ReadonlySet<string> = new Set();
  let writing: Promise<WriteResult> | undefined;
  return {
    name: 'archive:article-files',
    madeFiles: () => made,
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        memoFile = memoFileIn(config.cacheDir, 'article-files');
        const root = fileURLToPath(config.root);
        version = codeVersion(fileURLToPath(config.srcDir), [
          join(root, 'package-lock.json'),
          join(root, 'astro.config.ts'),
        ]);
      },
      'astro:build:start': () => {
        writing = undefined;
        made = new Set();
        // The four routes offer the same files; the first offer is written, while pages render.
        receiveOutputFiles((source) => {
          if (writing) return;
          writing = writeOutputFiles(outDir, source(), new BuiltFileMemo(memoFile, outDir, version, nowNs));
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
          `citation and metadata files of articles: ${result.written} written, ${result.unchanged} unchanged (${result.kept} not made again); ${waited} s after the pages`,
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
  /** Files of groups whose key and files were as the last build left them: not made again. */
  kept: number;
  /** Every file, written or unchanged, as an absolute path. */
  paths: ReadonlySet<string>;
}

/** What the memo keeps of a file: the key of the group that made it and the SHA-256 of its bytes. */
export interface FileFacts extends Record<string, string> {
  key: string;
  digest: string;
}

function digestOf(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Puts the files of `groups` under `outDir`, a group at a time as `groups` makes them (so only a
 * few are in memory at once). A group whose key is the one `memo` remembers for each of its files,
 * unchanged on disk since the last build, is not made again. Of the others, each file whose text is
 * not already there (known by its digest) is written, creating its folder. The memo is saved once
 * every file is written; its version must name the code that makes the files.
 * @throws Error naming the file when a path would leave `outDir`, or a group whose text does not
 *   match its paths.
 */
export async function writeOutputFiles(
  outDir: string,
  groups: Iterable<OutputFileGroup>,
  memo: BuiltFileMemo<FileFacts>,
): Promise<WriteResult> {
  const root = resolve(outDir);
  const folders = new Map<string, Promise<unknown>>();
  const inFlight = new Set<Promise<void>>();
  const paths = new Set<string>();
  let written = 0;
  let kept = 0;
  for (const group of groups) {
    const targets = group.paths.map((path) => {
      const target = resolve(root, path);
      if (!target.startsWith(root + sep)) {
        throw new Error(`archive:article-files: ${path}: the path leaves the output folder ${outDir}`);
      }
      paths.add(target);
      return target;
    });
    const recalled = targets.map((target) => memo.recall(target));
    if (recalled.every((facts) => facts?.key === group.key)) {
      kept += targets.length;
      continue;
    }
    const contents = group.contents();
    if (contents.length !== targets.length) {
      throw new Error(
        `archive:article-files: ${group.paths.join(', ')}: ${contents.length} texts for ${targets.length} files`,
      );
    }
    for (const [index, target] of targets.entries()) {
      const text = contents[index]!;
      const facts = { key: group.key, digest: digestOf(text) };
      const there =
        recalled[index]?.digest ??
        memo.get(target, (bytes) => ({ key: '', digest: digestOf(bytes) }))?.digest;
      if (there === facts.digest) {
        memo.holds(target, facts);
        continue;
      }
      const folder = dirname(target);
      let folderMade = folders.get(folder);
      if (!folderMade) folders.set(folder, (folderMade = mkdir(folder, { recursive: true })));
      const write = folderMade.then(() => writeFile(target, text)).then(() => memo.holds(target, facts));
      inFlight.add(write);
      void write.finally(() => inFlight.delete(write)).catch(() => {});
      written += 1;
      if (inFlight.size >= WRITES_AT_ONCE) await Promise.race(inFlight);
    }
  }
  await Promise.all(inFlight);
  memo.save();
  return { written, unchanged: paths.size - written, kept, paths };
}

/**
 * The version of the code that makes the files, for the memo: a digest of every file under
 * `srcDir` and of the files in `others` that exist (the lockfile, which pins the citation library,
 * and the config). Any change to the code makes every file again, as a cold build would.
 */
export function codeVersion(srcDir: string, others: readonly string[]): string {
  const hash = createHash('sha256');
  const files = readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of [...files, ...others.filter((file) => existsSync(file))]) {
    hash
      .update(`${relative(srcDir, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  }
  return hash.digest('hex');
}
