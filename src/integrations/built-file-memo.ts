/**
 * What a build read from the files of its output folder, remembered for the next build by each
 * file's identity on disk: inode, size, and modification and change times to the nanosecond. A
 * rebuild after adding one article keeps almost every file as it was, so reading a value back by
 * one `stat` instead of reading and parsing the file saves most of the work (the sitemap's
 * `lastmod` of 15,000 pages, the search step's year and digest of 10,000 article pages, the
 * comparison of 40,000 citation files).
 *
 * A file that changes gets a new change time (which no program can set back) and usually a new
 * size or inode, so its value is derived again. File times are coarse (a kernel tick), so a file
 * changed within two seconds of being read is not remembered: it might change again within the
 * same tick at the same size (git's "racy" case). A memo names the output folder and a version of
 * what derives its values; another folder or version starts empty.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How long after its last change a file's value may be remembered, in nanoseconds. */
const SETTLED_NS = 2_000_000_000n;

/** A value that survives a round trip through JSON. */
export type MemoValue = string | number | boolean | null | MemoValue[] | { [key: string]: MemoValue };

interface MemoFile<T> {
  version: string;
  folder: string;
  entries: Record<string, [identity: string, value: T]>;
}

/** A file's identity on disk: changes whenever its content can have changed. */
function identityOf(stats: BigIntStats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/** Whether a file last changed at least `SETTLED_NS` before `nowNs`, so that its identity is trustworthy. */
function settled(stats: BigIntStats, nowNs: bigint): boolean {
  const changed = stats.mtimeNs > stats.ctimeNs ? stats.mtimeNs : stats.ctimeNs;
  return nowNs - changed >= SETTLED_NS;
}

/** Where the memo named `name` is kept in Astro's cache folder. */
export function memoFileIn(cacheDir: URL, name: string): string {
  return fileURLToPath(new URL(`built-file-memo/${name}.json`, cacheDir));
}

/** A digest of the source file at `url`: a memo's version that changes whenever that code does. */
export function sourceVersion(url: URL): string {
  return createHash('sha256')
    .update(readFileSync(fileURLToPath(url)))
    .digest('hex');
}

export class BuiltFileMemo<T extends MemoValue> {
  readonly #file: string;
  readonly #version: string;
  readonly #folder: string;
  readonly #recorded: ReadonlyMap<string, [string, T]>;
  readonly #next = new Map<string, [string, T]>();
  readonly #written = new Map<string, T>();
  readonly #nowNs: () => bigint;
  /** Files whose value came from the memo, and files read, in this build. */
  readonly counts = { remembered: 0, read: 0 };

  /**
   * The memo kept in `file` for the files of `folder`, derived by code of `version`; empty when the
   * file is missing, unreadable, or of another folder or version. `nowNs` is the clock (wall time
   * in nanoseconds, as file times are) that says whether a file has settled.
   */
  constructor(file: string, folder: string, version: string, nowNs = () => BigInt(Date.now()) * 1_000_000n) {
    this.#nowNs = nowNs;
    this.#file = file;
    this.#folder = folder;
    this.#version = version;
    this.#recorded = new Map(Object.entries(readMemo<T>(file, folder, version)));
  }

  /**
   * The value `derive` gives for the bytes of the file at `path` (an absolute path in the folder):
   * remembered from an earlier build when the file's identity is the same, else read and derived.
   * `undefined` when there is no such file.
   */
  get(path: string, derive: (bytes: Buffer) => T): T | undefined {
    const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
    if (!stats?.isFile()) return undefined;
    const identity = identityOf(stats);
    const recorded = this.#recorded.get(path);
    if (recorded && recorded[0] === identity) {
      this.counts.remembered += 1;
      this.#next.set(path, recorded);
      return recorded[1];
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    const value = derive(bytes);
    this.counts.read += 1;
    // The identity must be the file's as it was read: stat again, and remember only a settled file.
    const after = statSync(path, { bigint: true, throwIfNoEntry: false });
    if (after && identityOf(after) === identity && settled(after, this.#nowNs()))
      this.#next.set(path, [identity, value]);
    else this.#next.delete(path);
    return value;
  }

  /**
   * The value remembered for the file at `path` when its identity is the same as in the last build,
   * without reading it; `undefined` when it changed, is new or is gone (then `get` reads it).
   */
  recall(path: string): T | undefined {
    const recorded = this.#recorded.get(path);
    if (!recorded) return undefined;
    const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
    if (!stats?.isFile() || identityOf(stats) !== recorded[0]) return undefined;
    this.counts.remembered += 1;
    this.#next.set(path, recorded);
    return recorded[1];
  }

  /**
   * Notes that the file at `path` holds what `value` describes, as this build has just written it
   * or found it: remembered when the memo is saved if the file has settled by then, else read in
   * the next build. (The build owns its output folder: nothing else may write the file between
   * the two.)
   */
  holds(path: string, value: T): void {
    this.#next.delete(path);
    this.#written.set(path, value);
  }

  /** Writes what this build read, recalled or wrote (nothing else: files not asked for are forgotten). */
  save(): void {
    for (const [path, value] of this.#written) {
      const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
      if (stats?.isFile() && settled(stats, this.#nowNs())) this.#next.set(path, [identityOf(stats), value]);
    }
    this.#written.clear();
    const memo: MemoFile<T> = {
      version: this.#version,
      folder: this.#folder,
      entries: Object.fromEntries(this.#next),
    };
    mkdirSync(dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(memo));
    renameSync(temporary, this.#file);
  }
}

function readMemo<T>(file: string, folder: string, version: string): MemoFile<T>['entries'] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const memo = parsed as Partial<MemoFile<T>>;
  if (memo.version !== version || memo.folder !== folder) return {};
  const entries = memo.entries;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return {};
  return Object.fromEntries(
    Object.entries(entries).filter(
      (entry): entry is [string, [string, T]] =>
        Array.isArray(entry[1]) && entry[1].length === 2 && typeof entry[1][0] === 'string',
    ),
  );
}
