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
 * The rendering must not wait for Pagefind: Pagefind's process runs at a lower priority, and pages
 * wait their turn here (a few thousand, some 22 KB each) rather than hold the rendering back. With
 * the rendering waiting whenever 64 pages were unanswered, the article pages of a 10,000-article
 * build took twice as long to render and the build was no faster (docs/performance.md).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { join } from 'node:path';
import { close } from 'pagefind';
import { compareSearchPlaces, type SearchPlace } from '../core/search-order.ts';
import { addPage, openIndex, writeBundle } from './pagefind-year.ts';
import type { IndexedPage } from './search-shards.ts';

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

export interface LiveSearchOptions {
  /** Pages held back to be put in order: more than the pages Astro renders at once. */
  window?: number;
  /** Pages sent to Pagefind at once, not yet answered; the others wait their turn here. */
  pagesInFlight?: number;
  /** Pages waiting their turn before `take` asks the rendering to wait. */
  pagesWaiting?: number;
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
}

/** The element `SearchMetadata.astro` writes with an article's year; as `yearOfArticlePage` reads it. */
const YEAR_ELEMENT = /<span data-pagefind-filter="year">(\d{4})<\/span>/;

export class LiveSearchIndex {
  readonly #backend: LiveIndexBackend;
  readonly #stagingDir: string;
  readonly #window: number;
  readonly #pagesInFlight: number;
  readonly #pagesWaiting: number;
  readonly #waiting: WaitingPage[] = [];
  /** Pages not yet indexed, in search order. */
  readonly #held: HeldPage[] = [];
  #open: OpenYear | undefined;
  /** Years no longer open: written, or failed (`undefined`). */
  readonly #closed = new Map<string, Promise<LiveYear | undefined>>();
  readonly #givenUp = new Map<string, string>();
  #inFlight = 0;
  #finished = false;

  /** `stagingDir`: where the years' bundles are written, one folder per year; emptied first. */
  constructor(backend: LiveIndexBackend, stagingDir: string, options: LiveSearchOptions = {}) {
    this.#backend = backend;
    this.#stagingDir = stagingDir;
    this.#window = options.window ?? 64;
    this.#pagesInFlight = options.pagesInFlight ?? 64;
    this.#pagesWaiting = options.pagesWaiting ?? 8192;
    rmSync(stagingDir, { recursive: true, force: true });
  }

  /**
   * Takes a rendered article page (`url` without the base path, as the index stores it). The
   * promise, when there is one, settles once Pagefind has caught up enough to take more.
   */
  take(url: string, html: string): Promise<void> | undefined {
    if (this.#finished) return undefined;
    const year = YEAR_ELEMENT.exec(html)?.[1];
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

  /** Indexes what is still held, writes the last year, stops Pagefind's process and says what it made. */
  async finish(): Promise<LiveResult> {
    this.#finished = true;
    for (const page of this.#held.splice(0)) this.#index(page);
    this.#send();
    if (this.#open) this.#close(this.#open);
    this.#open = undefined;
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
      this.#open = { year: page.year, pages: [], index: this.#backend.open(), adds: [] };
    }
    const open = this.#open;
    const last = open.pages.at(-1);
    if (last && last.url >= page.url) {
      this.#giveUp(page.year, `${page.url} came out of order, after ${last.url}`);
      return;
    }
    open.pages.push({ url: page.url, digest: createHash('sha256').update(page.html).digest('hex') });
    const sent = Promise.withResolvers<void>();
    open.adds.push(sent.promise);
    this.#waiting.push({ open, url: page.url, html: page.html, sent });
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
