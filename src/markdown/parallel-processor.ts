/**
 * Astro's `unified()` Markdown processor with the archive's options, rendering on worker threads.
 *
 * Astro renders every article body while it syncs content, in one thread, and the remark/rehype
 * pipeline costs milliseconds per body: in a large archive that thread is the longest part of a
 * build (docs/performance.md). Astro's glob loader already asks for up to ten renders at once, so handing them to a pool
 * of workers (one per core) renders them side by side. Every worker runs exactly the pipeline
 * `unified(markdownOptions(...))` would run in the build's own thread; output is the same.
 *
 * Workers are started on the first render and stopped after a moment without work, so they cost
 * nothing while Astro renders pages. With one thread, or on a Node that cannot run TypeScript,
 * bodies render in the build's own thread as Astro would by default.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  unified,
  type AstroMarkdownOptions,
  type MarkdownProcessor,
  type MarkdownRenderer,
  type MarkdownRenderOptions,
  type MarkdownRenderResult,
} from '@astrojs/markdown-remark';
import { markdownOptions, type MarkdownSettings } from './index.ts';

/** A body for a worker to render. */
export interface RenderRequest {
  id: number;
  content: string;
  fileURL?: string | undefined;
  frontmatter?: Record<string, unknown> | undefined;
}

/** What a worker sends back: a rendered body, a failure, or a build warning from a plugin. */
export type RenderReply =
  { id: number; result: MarkdownRenderResult } | { id: number; error: string } | { warning: string };

export interface ParallelOptions {
  /** Worker threads; 1 renders in the build's own thread. */
  threads: number;
  /** How long idle workers are kept before they stop, in milliseconds. */
  idleMs?: number;
}

/** Threads for Markdown: `ARCHIVE_MARKDOWN_THREADS` when set, else one per core. */
export function markdownThreads(env: Record<string, string | undefined>): number {
  const setting = env['ARCHIVE_MARKDOWN_THREADS'];
  if (setting === undefined || setting === '') return availableParallelism();
  const threads = Number(setting);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new Error(
      `ARCHIVE_MARKDOWN_THREADS: "${setting}" is not a whole number of threads; set it to 1 or more, or unset it to use one per core`,
    );
  }
  return threads;
}

/** Whether this Node can start `render-worker.ts` as it is (type stripping, Node 22.18+). */
const canRunTypeScript = Boolean((process.features as { typescript?: unknown }).typescript);

export function unifiedInWorkers(
  settings: MarkdownSettings,
  { threads, idleMs = 2000 }: ParallelOptions,
): MarkdownProcessor {
  const inThread = unified(markdownOptions(settings));
  if (threads < 2 || !canRunTypeScript) return inThread;
  // Functions cannot cross to a thread: workers send warnings back, and `warn` stays here.
  const data = { base: settings.base, lookups: settings.lookups };
  return {
    ...inThread,
    name: 'unified (worker threads)',
    createRenderer: async (shared) =>
      new WorkerPool({
        size: threads,
        idleMs,
        workerData: { settings: data, shared: cloneable(shared) },
        warn: settings.warn ?? ((message) => console.warn(message)),
      }),
  };
}

/** Astro's shared options, minus anything a thread cannot receive (functions). */
function cloneable(shared: AstroMarkdownOptions): AstroMarkdownOptions {
  return JSON.parse(JSON.stringify(shared)) as AstroMarkdownOptions;
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

interface Pending {
  slot: Slot;
  resolve: (result: MarkdownRenderResult) => void;
  reject: (error: Error) => void;
}

interface PoolOptions {
  size: number;
  idleMs: number;
  workerData: unknown;
  warn: (message: string) => void;
}

const WORKER_FILE = new URL('./render-worker.ts', import.meta.url);

/** Renders on a few worker threads, each body on the least busy one. */
export class WorkerPool implements MarkdownRenderer {
  readonly #options: PoolOptions;
  #slots: Slot[] = [];
  readonly #pending = new Map<number, Pending>();
  #lastId = 0;
  #idleTimer: NodeJS.Timeout | undefined;

  constructor(options: PoolOptions) {
    this.#options = options;
  }

  render = (content: string, opts: MarkdownRenderOptions = {}): Promise<MarkdownRenderResult> => {
    clearTimeout(this.#idleTimer);
    if (this.#slots.length === 0) {
      this.#slots = Array.from({ length: this.#options.size }, () => this.#start());
    }
    const slot = this.#slots.reduce((best, candidate) =>
      candidate.inFlight < best.inFlight ? candidate : best,
    );
    const id = (this.#lastId += 1);
    slot.inFlight += 1;
    const request: RenderRequest = {
      id,
      content,
      fileURL: opts.fileURL?.href,
      frontmatter: opts.frontmatter,
    };
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { slot, resolve, reject });
      slot.worker.postMessage(request);
    });
  };

  /** Stops every worker now; the next render starts them again. */
  async close(): Promise<void> {
    clearTimeout(this.#idleTimer);
    const slots = this.#slots;
    this.#slots = [];
    await Promise.all(slots.map(({ worker }) => worker.terminate()));
  }

  #start(): Slot {
    const worker = new Worker(WORKER_FILE, { workerData: this.#options.workerData });
    const slot: Slot = { worker, inFlight: 0 };
    // Idle workers never keep a finished build's process alive.
    worker.unref();
    worker.on('message', (reply: RenderReply) => this.#receive(reply));
    worker.on('error', (error) => this.#fail(slot, error));
    worker.on('exit', (code) => {
      if (slot.inFlight > 0) this.#fail(slot, new Error(`a Markdown worker stopped (exit code ${code})`));
    });
    return slot;
  }

  #receive(reply: RenderReply): void {
    if ('warning' in reply) {
      this.#options.warn(reply.warning);
      return;
    }
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    pending.slot.inFlight -= 1;
    if ('error' in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.result);
    if (this.#pending.size === 0) {
      this.#idleTimer = setTimeout(() => void this.close(), this.#options.idleMs);
      this.#idleTimer.unref();
    }
  }

  /**
   * A worker failed: everything it was rendering fails with the reason and it leaves the pool;
   * when none is left, the next render starts a new set.
   */
  #fail(slot: Slot, error: Error): void {
    for (const [id, pending] of this.#pending) {
      if (pending.slot !== slot) continue;
      this.#pending.delete(id);
      pending.reject(new Error(`Markdown worker failed: ${error.message}`));
    }
    slot.inFlight = 0;
    this.#slots = this.#slots.filter((candidate) => candidate !== slot);
    void slot.worker.terminate();
  }
}
