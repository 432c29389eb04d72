/**
 * The Markdown pipeline of every article body, in order. `astro.config.ts` passes these options to
 * `unified()` from `@astrojs/markdown-remark`; the unit tests and `npm run bench:markdown` use the
 * same ones. Plugin options are plain data (names, terms, the base path), so Astro's content cache
 * is invalidated when any of them changes.
 */
import { rehypeHeadingIds, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import type { ContentLookups } from './content-lookups.ts';
import { rehypeGlossary } from './rehype-glossary.ts';
import { rehypeLinkedNames } from './rehype-linked-names.ts';
import { rehypeParagraphAnchors } from './rehype-paragraph-anchors.ts';
import { remarkBlockDirectives } from './remark-block-directives.ts';
import { remarkLiteralDirectives } from './remark-literal-directives.ts';
import { remarkReadingStats } from './remark-reading-stats.ts';
import { remarkSpeech, SPEECH_DIRECTIVE } from './remark-speech.ts';
import { remarkSummary } from './remark-summary.ts';

/** What the pipeline needs to know about the site and its content. */
export interface MarkdownSettings {
  /** Base path the site is served under (`/` or `/archive/`). */
  base: string;
  /** People and glossary terms, read once per build (`readContentLookups`). */
  lookups: ContentLookups;
  /** Where build warnings go; the build log by default. */
  warn?: ((message: string) => void) | undefined;
}

/**
 * Options for `unified()`: CommonMark plus the archive's block directives and plugins.
 *
 * - `gfm: false`: archived bodies are prose. GitHub's extensions would turn a `~~` or a bare
 *   `www.` address in a source's text into markup it never had, and their autolink scan alone
 *   doubled the time to parse a body (see `npm run bench:markdown`).
 * - `smartypants: false`: no "smart" quote or dash rewriting; the text stays as the source wrote it.
 */
export function markdownOptions({ base, lookups, warn }: MarkdownSettings) {
  return {
    gfm: false,
    smartypants: false,
    remarkPlugins: [
      remarkBlockDirectives,
      [remarkLiteralDirectives, { containers: [SPEECH_DIRECTIVE] }],
      remarkSummary,
      [remarkSpeech, { people: lookups.people, base }],
      remarkReadingStats,
    ],
    rehypePlugins: [
      // Astro adds heading ids after user plugins; adding them first lets headings link to themselves.
      rehypeHeadingIds,
      [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-anchor'] } }],
      [rehypeLinkedNames, { people: lookups.people, base, warn }],
      rehypeParagraphAnchors,
      [rehypeGlossary, { terms: lookups.glossary, base }],
      [rehypeExternalLinks, { rel: ['external', 'noopener', 'noreferrer'] }],
    ],
  } satisfies UnifiedProcessorOptions;
}
