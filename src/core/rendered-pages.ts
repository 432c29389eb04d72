/**
 * The handover of rendered pages, as Astro renders them in a build, to a build step that wants
 * their HTML at once rather than from the output folder afterwards: the search index, which indexes
 * the article pages while the rest of the site renders (`src/integrations/search-live.ts`).
 *
 * The middleware that sees every rendered page (`src/integrations/search-middleware.ts`) is bundled
 * with the pages and runs in the build's own process, while the build step is loaded by Node
 * directly; they share no module instance, so the step's receiver is kept on `globalThis` under a
 * registered symbol, as `output-files.ts` does for the files the pages offer.
 */

/** Takes rendered pages: a build step's, while a build runs. */
export interface RenderedPageReceiver {
  /** Whether the step wants the page at this address (as requested, base path included). */
  wants: (pathname: string) => boolean;
  /**
   * Takes the page's HTML. A promise holds back that page's response until it settles, so a step
   * that falls behind slows the rendering instead of piling pages up in memory.
   */
  take: (pathname: string, html: string) => void | Promise<void>;
  /** Told of every other page rendered (one not wanted, not successful or not HTML). */
  passed?: (pathname: string) => void;
}

const RECEIVER = Symbol.for('fuxin-news-archive.rendered-pages');

type WithReceiver = typeof globalThis & { [RECEIVER]?: RenderedPageReceiver };

/** Called by the build step: `receiver` takes the rendered pages from now on; `undefined` stops it. */
export function receiveRenderedPages(receiver: RenderedPageReceiver | undefined): void {
  const holder = globalThis as WithReceiver;
  if (receiver) holder[RECEIVER] = receiver;
  else delete holder[RECEIVER];
}

/**
 * Hands a rendered page's HTML to the receiving step, if one is receiving and wants this page, and
 * returns the response for Astro to write, unchanged; tells the step of any other page. Only a
 * successful HTML page is handed over; the step reads a copy of the body (`Response.clone()`), so
 * the response keeps everything Astro put on it.
 */
export async function handOverRenderedPage(pathname: string, response: Response): Promise<Response> {
  const receiver = (globalThis as WithReceiver)[RECEIVER];
  if (!receiver) return response;
  if (
    response.status !== 200 ||
    !receiver.wants(pathname) ||
    !response.headers.get('content-type')?.startsWith('text/html')
  ) {
    receiver.passed?.(pathname);
    return response;
  }
  await receiver.take(pathname, await response.clone().text());
  return response;
}
