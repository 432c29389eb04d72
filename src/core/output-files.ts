/**
 * Files the build writes outside Astro's route pipeline, and the handover that carries them from
 * the pages, which know the archive, to the build step that writes them
 * (`src/integrations/article-files.ts`).
 *
 * Every article has four small files beside its page (citations and metadata): 40,000 at 10,000
 * articles. As routes, each costs Astro's whole per-page pipeline (a request, a response, a log
 * line, a cache record): 22 s of a 10,000-article build's 61 s of rendering, where making their
 * text takes under a second (docs/performance.md). So the pages offer them and the build step
 * writes them.
 *
 * The pages run in the build's own process (Astro's prerenderer imports them), so the step's
 * receiver is kept on `globalThis` under a registered symbol: the bundled pages and the
 * integration, loaded by Node directly, share no module instance. Astro hands its own build-time
 * state over the same way (`globalThis.astroAsset`).
 */

/**
 * The files of one article: where each goes, relative to the output folder
 * (`articles/<id>/cite.bib`), and how to make their text. `key` is a digest of everything their
 * text comes from besides the code (the article, the records it names, its permalink), so that a
 * build whose code is unchanged need not make again the files of a group whose key is unchanged.
 */
export interface OutputFileGroup {
  key: string;
  paths: readonly string[];
  /** The files' text, in the order of `paths`. */
  contents: () => readonly string[];
}

/** Makes every group on demand. */
export type OutputFileSource = () => Iterable<OutputFileGroup>;

/** Takes an offer: the build step's, while a build runs. */
export type OutputFileReceiver = (source: OutputFileSource) => void;

const RECEIVER = Symbol.for('fuxin-news-archive.output-files');

type WithReceiver = typeof globalThis & { [RECEIVER]?: OutputFileReceiver };

/**
 * Called by the pages in a build, from `getStaticPaths()`, which Astro runs for every route before
 * it renders any page: `source` makes the files. The build step receives it at once and writes the
 * files while the pages render. Nothing happens when no step is receiving.
 */
export function offerOutputFiles(source: OutputFileSource): void {
  (globalThis as WithReceiver)[RECEIVER]?.(source);
}

/** Called by the build step: `receiver` takes the pages' offers from now on; `undefined` stops it. */
export function receiveOutputFiles(receiver: OutputFileReceiver | undefined): void {
  const holder = globalThis as WithReceiver;
  if (receiver) holder[RECEIVER] = receiver;
  else delete holder[RECEIVER];
}
