/**
 * `astro build` keeps the last build's output folder and prunes it, instead of emptying it first.
 *
 * Astro empties the output folder before every build, and its incremental build
 * (`experimental.incrementalBuild`) then copies every unchanged page back from its cache
 * (`<cacheDir>/dist/`): at 10,000 articles, deleting and copying back some 58,000 files is most of
 * a rebuild after one new article (docs/performance.md). With `vite.build.emptyOutDir: false`,
 * which this integration sets, Astro leaves a page whose key is unchanged where it is; but it
 * never deletes anything, so the pages of a removed article, the bundle files of older code and a
 * file removed from `public/` would stay. At the end of the build this integration deletes every
 * file in the output folder that the build neither produced as a route's output (or, through
 * `alsoMade`, as another step's output it left as it was) nor wrote (see `staleFiles`), and every
 * folder that leaves empty: the folder holds what a build into an empty folder would have written.
 *
 * Astro takes a page in the output folder to be its cached copy, which holds only when the folder
 * is the one the last finished build wrote with the same cache folder. So this integration notes
 * the output folder (its path and its identity on disk) in the cache folder at the end of a build,
 * removes the note when a build starts, and empties the output folder itself (as Astro would) when
 * the note is missing or describes another folder: a first build, a build into another folder, a
 * build after one that stopped half-way, or an output folder made again or put back from a copy.
 * A file edited by hand inside the output folder is not detected.
 *
 * Must come first in the integrations: it prunes before the later `astro:build:done` hooks (the
 * search index, the sitemap) write their files.
 */
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The note in the cache folder: which output folder the last finished build wrote. */
const STATE_FILE = 'output-in-place.json';
/** Written when the build starts; what the build writes afterwards is no older. */
const MARK_FILE = 'output-in-place.mark';
/** Entries of the output folder no build writes and none deletes (Astro's own rule keeps `.git`). */
const UNTOUCHED = new Set(['.git']);

/** Options of `outputInPlace`. */
export interface OutputInPlaceOptions {
  /**
   * Files of the output folder (absolute paths) that this build made outside Astro's routes and
   * may have left as they were (`article-files.ts`): kept like a route's output. Read when the
   * build ends.
   */
  alsoMade?: () => Iterable<string>;
  /**
   * Top-level folders of the output folder that a later step writes and prunes itself, after this
   * one prunes (the search index's `pagefind`, whose unchanged years stay where they are): left
   * alone, like `.git`, except when the whole folder is emptied.
   */
  prunedByLaterSteps?: readonly string[];
}

export function outputInPlace(options: OutputInPlaceOptions = {}): AstroIntegration {
  let active = false;
  let outDir = '';
  let publicDir = '';
  let cacheDir = '';
  let since = 0;
  return {
    name: 'archive:output-in-place',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        active = true;
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        if (!active) return;
        const trusted = isLastOutput(readNote(cacheDir), outDir);
        rmSync(join(cacheDir, STATE_FILE), { force: true });
        if (!trusted && emptyFolder(outDir) > 0) {
          logger.info(`emptied ${outDir}: the last finished build did not write it with this cache folder`);
        }
        since = markTime(join(cacheDir, MARK_FILE));
      },
      'astro:build:done': ({ assets, logger }) => {
        if (!active) return;
        const produced = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        for (const path of options.alsoMade?.() ?? []) produced.add(path);
        const stale = staleFiles(outDir, {
          produced,
          since,
          publicFiles: filesUnder(publicDir),
          skipped: new Set(options.prunedByLaterSteps),
        });
        removeFiles(outDir, stale);
        if (stale.length > 0) logger.info(`removed ${stale.length} file(s) of earlier builds from ${outDir}`);
        const note = noteOf(outDir);
        if (note) {
          mkdirSync(cacheDir, { recursive: true });
          writeFileSync(join(cacheDir, STATE_FILE), `${JSON.stringify(note)}\n`);
        }
      },
    },
  };
}

/**
 * What a finished build notes about the output folder it wrote: its path, and the folder's own
 * identity on disk (inode and creation time), so that a folder deleted and made again, or put back
 * from a copy or a CI cache, is not taken for the one the build wrote.
 */
export interface OutputNote {
  outDir: string;
  inode: string;
  created: number;
}

/** The note for `outDir` as it is now, or `undefined` when it does not exist. */
export function noteOf(outDir: string): OutputNote | undefined {
  const stats = statSync(outDir, { bigint: true, throwIfNoEntry: false });
  if (!stats?.isDirectory()) return undefined;
  return { outDir, inode: stats.ino.toString(), created: Number(stats.birthtimeNs / 1000n) };
}

/** Whether `outDir` is, path and folder, the one `note` describes. */
export function isLastOutput(note: OutputNote | undefined, outDir: string): boolean {
  const now = noteOf(outDir);
  return (
    note !== undefined &&
    now !== undefined &&
    note.outDir === now.outDir &&
    note.inode === now.inode &&
    note.created === now.created
  );
}

/** The note the last finished build left in `cacheDir`, or `undefined`. */
function readNote(cacheDir: string): OutputNote | undefined {
  try {
    const note = JSON.parse(readFileSync(join(cacheDir, STATE_FILE), 'utf8')) as Partial<OutputNote>;
    return typeof note.outDir === 'string' &&
      typeof note.inode === 'string' &&
      typeof note.created === 'number'
      ? { outDir: note.outDir, inode: note.inode, created: note.created }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `file` and returns its modification time, by the file system's clock. */
function markTime(file: string): number {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
  return statSync(file).mtimeMs;
}

/** Deletes everything inside `folder` but `UNTOUCHED`, keeping the folder; returns how many entries went. */
export function emptyFolder(folder: string): number {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => !UNTOUCHED.has(name));
  } catch {
    return 0;
  }
  for (const name of names) rmSync(join(folder, name), { recursive: true, force: true });
  return names.length;
}

/** Every file under `folder`, relative to it with `/` between parts; none when it does not exist. */
export function filesUnder(folder: string): Set<string> {
  try {
    return new Set(
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => !entry.isDirectory())
        .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/')),
    );
  } catch {
    return new Set();
  }
}

/** What this build is known to have put in the output folder. */
export interface BuildOutput {
  /** Absolute paths of the files of every route, rendered or kept from the last build. */
  produced: ReadonlySet<string>;
  /** Files of `public/`, relative to it: Astro copies them into the output folder. */
  publicFiles: ReadonlySet<string>;
  /** When the build started (milliseconds, the file system's clock): files written since are its own. */
  since: number;
  /** Top-level entries left out, besides `UNTOUCHED`: folders later steps prune themselves. */
  skipped?: ReadonlySet<string>;
}

/**
 * The files of `outDir` (relative, `/`-separated, sorted) that the build did not put there: not a
 * route's output, not a copy of a file of `public/`, and not written since the build started.
 * Nothing under `UNTOUCHED` or `skipped` is listed.
 */
export function staleFiles(outDir: string, output: BuildOutput): string[] {
  const stale: string[] = [];
  const visit = (folder: string, prefix: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (prefix === '' && (UNTOUCHED.has(entry.name) || output.skipped?.has(entry.name))) continue;
      const path = join(folder, entry.name);
      const file = prefix + entry.name;
      if (entry.isDirectory()) visit(path, `${file}/`);
      else if (!output.produced.has(path) && !output.publicFiles.has(file)) {
        const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
        if (modified !== undefined && modified < output.since) stale.push(file);
      }
    }
  };
  visit(outDir, '');
  return stale.sort();
}

/**
 * Deletes `files` (relative to `outDir`, as `staleFiles` lists them), then each of their folders
 * that is left empty, up to but not including `outDir`.
 */
export function removeFiles(outDir: string, files: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of files) {
    rmSync(join(outDir, file), { force: true });
    for (let folder = dirname(file); folder !== '.' && folder !== ''; folder = dirname(folder))
      folders.add(folder);
  }
  // Deepest first, so that a folder whose only content was an emptied folder goes too.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    try {
      rmdirSync(join(outDir, folder));
    } catch {
      // Not empty: the build wrote something there.
    }
  }
}
