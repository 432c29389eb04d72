/**
 * Indexes article pages for search while Astro renders the rest of the site, in the processor
 * time the rendering leaves, instead of reading them back from the output folder once every page
 * is written. The search index integration (`pagefind.ts`) feeds it the pages as the middleware hands
 * them over (`src/core/rendered-pages.ts`) and, after the build, uses each year's bundle from here
 * only if the year's pages in the output folder are, in the same order and byte for byte, the
 * pages indexed here; any other year it indexes from the output folder as before. So the order
 * pages render in can only make the build slower, never the index different.
 *
 * One year is indexed at a time, in the order of `src/core/search-order.ts` (newest year first,
 * each year by address), which is the order the article route renders its pages in: a year is
 * written as a bundle, and its index dropped from Pagefind's memory, when the first page of the
 * next year comes. Pages rendered side by side can finish a little out of order; a small window
 * puts them back in order before they are indexed. A year whose pages come apart (one after the
 * window has moved on, or after its year was written) is given up, and left to the output folder.
 *
 * In a rebuild most article pages are not rendered again but kept in the output folder as the last
 * build wrote them (`output-in-place.ts`), so a year with one new page would hold only that page
 * here. Given the last build's pages of each year (`KeptPages`), a year opened by a page rendered
 * again also takes, in their places by address, its pages that are not rendered again, read from
 * the output folder: every page of the year before a rendered page when that page comes, and the
 * rest when the year is written. The article route renders its pages in one run, so once a number
 * of other pages have rendered since the last article page (`settleAfter`), the open year is
 * written then rather than when the build's pages are all rendered. A guess that turns out wrong
 * (a page kept here that the build then renders again, removes or moves to another year, or an
 * article page rendered late) costs time only: the bundle is not used unless the output folder's
 * pages are exactly those indexed.
 *
 * The rendering must not wait for Pagefind: Pagefind's process runs at a lower priority, and pages
 * wait their turn here (a few thousand, some 22 KB each) rather than hold the rendering back. With
 * the rendering waiting whenever 64 pages were unanswered, the article pages of a 10,000-article
 * build took twice as long to render and the build was no faster (docs/performance.md).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { join } from 'node:path';
import { close } from 'pagefind';
import { compareSearchPlaces, type SearchPlace } from '../core/search-order.ts';
import { addPage, openIndex, writeBundle } from './pagefind-year.ts';
import { pageDigest, yearInPage, type IndexedPage } from './search-shards.ts';

/** What the live index needs of Pagefind: a way to open indexes, and to stop its process. */
export interface LiveIndexBackend {
  open: () => Promise<LiveIndex>;
  close: () => Promise<void>;
}

/** One open index. */
export interface LiveIndex {
  add: (url: string, html: string) => Promise<void>;
  /** Writes the bundle into `outputPath`. */
  write: (outputPath: string) => Promise<void>;
  /** Drops the index from Pagefind's memory. */
  discard: () => Promise<void>;
}

/** Pagefind's Node API in this thread: one process, holding each open year's index. */
export function pagefindBackend(): LiveIndexBackend {
  return {
    open: async () => {
      const index = await openIndex();
      yieldToRendering();
      return {
        add: (url, html) => addPage(index, url, html, url),
        write: (outputPath) => writeBundle(index, outputPath),
        discard: async () => {
          await index.deleteIndex();
        },
      };
    },
    close: async () => {
      await close();
    },
  };
}

/**
 * Lowers the scheduling priority of this process's Pagefind processes (`nice` 10), so that on a
 * machine with as few cores as this one's the rendering, which every other step waits for, runs
 * first and Pagefind takes the time it leaves. On Linux a priority is each thread's own, and
 * Pagefind starts its worker threads as it starts, so every thread is lowered (threads it starts
 * later take their starting thread's). Reads the children and their threads from Linux's `/proc`;
 * elsewhere, or if it cannot, it does nothing.
 */
function yieldToRendering(): void {
  try {
    for (const task of readdirSync('/proc/self/task')) {
      const children = readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/);
      for (const pid of children.filter(Boolean)) {
        if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind')) continue;
        for (const thread of readdirSync(`/proc/${pid}/task`).map(Number)) {
          if (getPriority(thread) < NICENESS) setPriority(thread, NICENESS);
        }
      }
    }
  } catch {
    // Not Linux, or the process is gone: the indexing runs at the usual priority.
  }
}

const NICENESS = 10;

/** A year indexed here: its pages in the order indexed, and the folder its bundle was written to. */
export interface LiveYear {
  year: string;
  pages: Pick<IndexedPage, 'url' | 'digest'>[];
  bundle: string;
}

/** What the live index made, once the pages are rendered. */
export interface LiveResult {
  /** Each year written as a bundle. */
  years: Map<string, LiveYear>;
  /** Years given up, each with the reason, for the build log. */
  givenUp: Map<string, string>;
}

/** The article pages the output folder holds from the last build, which a rebuild keeps unless it renders them again. */
export interface KeptPages {
  /** The addresses of a year's pages in the last build, in address order. */
  of: (year: string) => readonly string[];
  /** A page's HTML as the output folder holds it; `undefined` when it is not there. */
  read: (url: string) => string | undefined;
}

export interface LiveSearchOptions {
  /** Pages held back to be put in order: more than the pages Astro renders at once. */
  window?: number;
  /** Pages sent to Pagefind at once, not yet answered; the others wait their turn here. */
  pagesInFlight?: number;
  /** Pages waiting their turn before `take` asks the rendering to wait. */
  pagesWaiting?: number;
  /** Other pages rendered after the last article page before the open year is written. */
  settleAfter?: number;
  /** The last build's pages, in a rebuild over its output folder. */
  kept?: KeptPages | undefined;
}

/** A page indexed, waiting for its turn to go to Pagefind; `sent` settles once Pagefind has answered. */
interface WaitingPage {
  open: OpenYear;
  url: string;
  html: string;
  sent: PromiseWithResolvers<void>;
}

interface HeldPage extends SearchPlace {
  html: string;
}

interface OpenYear {
  year: string;
  pages: LiveYear['pages'];
  index: Promise<LiveIndex>;
  adds: Promise<void>[];
  failure?: string | undefined;
  /** The year's pages of the last build, and how many of them have been passed. */
  kept: readonly string[];
  keptPassed: number;
}

export class LiveSearchIndex {
  readonly #backend: LiveIndexBackend;
  readonly #stagingDir: string;
  readonly #window: number;
  readonly #pagesInFlight: number;
  readonly #pagesWaiting: number;
  readonly #settleAfter: number;
  readonly #kept: KeptPages | undefined;
  readonly #waiting: WaitingPage[] = [];
  /** Pages not yet indexed, in search order. */
  readonly #held: HeldPage[] = [];
  #open: OpenYear | undefined;
  /** Years no longer open: written, or failed (`undefined`). */
  readonly #closed = new Map<string, Promise<LiveYear | undefined>>();
  readonly #givenUp = new Map<string, string>();
  #inFlight = 0;
  #finished = false;
  /** Other pages rendered since the last article page. */
  #othersSinceArticle = 0;

  /** `stagingDir`: where the years' bundles are written, one folder per year; emptied first. */
  constructor(backend: LiveIndexBackend, stagingDir: string, options: LiveSearchOptions = {}) {
    this.#backend = backend;
    this.#stagingDir = stagingDir;
    this.#window = options.window ?? 64;
    this.#pagesInFlight = options.pagesInFlight ?? 64;
    this.#pagesWaiting = options.pagesWaiting ?? 8192;
    this.#settleAfter = options.settleAfter ?? this.#window;
    this.#kept = options.kept;
    rmSync(stagingDir, { recursive: true, force: true });
  }

  /**
   * Takes a rendered article page (`url` without the base path, as the index stores it). The
   * promise, when there is one, settles once Pagefind has caught up enough to take more.
   */
  take(url: string, html: string): Promise<void> | undefined {
    if (this.#finished) return undefined;
    this.#othersSinceArticle = 0;
    const year = yearInPage(html);
    // A page without its year is left to the step after the build, which names it in its error.
    if (!year) return undefined;
    const page = { year, url, html };
    const at = this.#held.findLastIndex((held) => compareSearchPlaces(held, page) <= 0) + 1;
    this.#held.splice(at, 0, page);
    while (this.#held.length > this.#window) this.#index(this.#held.shift()!);
    this.#send();
    // Once too many wait, the rendering waits with them until the first of them is indexed.
    if (this.#waiting.length < this.#pagesWaiting) return undefined;
    return this.#waiting[0]?.sent.promise;
  }

  /**
   * Told of a rendered page that is not an article's. Once `settleAfter` of them have come since the
   * last article page, the article pages are taken to be over: what is held is indexed and the open
   * year written, while the rest of the site renders.
   */
  passed(): void {
    if (this.#finished || (this.#held.length === 0 && !this.#open)) return;
    this.#othersSinceArticle += 1;
    if (this.#othersSinceArticle >= this.#settleAfter) this.#flush();
  }

  /** Indexes what is still held, writes the last year, stops Pagefind's process and says what it made. */
  async finish(): Promise<LiveResult> {
    this.#finished = true;
    this.#flush();
    const years = new Map<string, LiveYear>();
    try {
      for (const [year, closing] of this.#closed) {
        const written = await closing;
        if (written && !this.#givenUp.has(year)) years.set(year, written);
      }
    } finally {
      await this.#backend.close();
    }
    return { years, givenUp: this.#givenUp };
  }

  /** Indexes every page held and writes the open year. */
  #flush(): void {
    for (const page of this.#held.splice(0)) this.#index(page);
    if (this.#open) this.#close(this.#open);
    this.#open = undefined;
    this.#send();
  }

  #index(page: HeldPage): void {
    if (this.#givenUp.has(page.year)) return;
    if (this.#open && this.#open.year !== page.year) {
      this.#close(this.#open);
      this.#open = undefined;
    }
    if (!this.#open) {
      if (this.#closed.has(page.year)) {
        this.#giveUp(page.year, `${page.url} came after the year's bundle was written`);
        return;
      }
      this.#open = {
        year: page.year,
        pages: [],
        index: this.#backend.open(),
        adds: [],
        kept: this.#kept?.of(page.year) ?? [],
        keptPassed: 0,
      };
    }
    const open = this.#open;
    const last = open.pages.at(-1);
    if (last && last.url >= page.url) {
      this.#giveUp(page.year, `${page.url} came out of order, after ${last.url}`);
      return;
    }
    this.#addKept(open, page.url);
    this.#add(open, page.url, page.html);
  }

  #add(open: OpenYear, url: string, html: string): void {
    open.pages.push({ url, digest: pageDigest(html) });
    const sent = Promise.withResolvers<void>();
    open.adds.push(sent.promise);
    this.#waiting.push({ open, url, html, sent });
  }

  /**
   * Adds the open year's kept pages that come before `url`, or all that are left when there is no
   * `url`; the kept page at `url` itself is passed over, since the page was rendered again. A kept
   * page the output folder no longer holds, or that no longer carries the year, is passed over too.
   */
  #addKept(open: OpenYear, url?: string): void {
    while (open.keptPassed < open.kept.length) {
      const next = open.kept[open.keptPassed]!;
      if (url !== undefined && next > url) return;
      open.keptPassed += 1;
      if (next === url) return;
      const html = this.#kept?.read(next);
      if (html !== undefined && yearInPage(html) === open.year) this.#add(open, next, html);
    }
  }

  /** Sends waiting pages to Pagefind, oldest first, while fewer than `pagesInFlight` are unanswered. */
  #send(): void {
    while (this.#inFlight < this.#pagesInFlight && this.#waiting.length > 0) {
      const { open, url, html, sent } = this.#waiting.shift()!;
      this.#inFlight += 1;
      void open.index
        .then((index) => index.add(url, html))
        .catch((error: unknown) => {
          open.failure ??= (error as Error).message;
        })
        .finally(() => {
          this.#inFlight -= 1;
          sent.resolve();
          this.#send();
        });
    }
  }

  #close(open: OpenYear): void {
    if (!this.#givenUp.has(open.year)) this.#addKept(open);
    const closing = (async () => {
      await Promise.all(open.adds);
      const index = await open.index;
      try {
        if (open.failure !== undefined || this.#givenUp.has(open.year)) {
          if (open.failure !== undefined) this.#giveUp(open.year, open.failure);
          return undefined;
        }
        const bundle = join(this.#stagingDir, open.year);
        await index.write(bundle);
        return { year: open.year, pages: open.pages, bundle };
      } finally {
        await index.discard();
      }
    })().catch((error: unknown) => {
      this.#giveUp(open.year, (error as Error).message);
      return undefined;
    });
    this.#closed.set(open.year, closing);
  }

  #giveUp(year: string, reason: string): void {
    if (!this.#givenUp.has(year)) this.#givenUp.set(year, reason);
  }
}
