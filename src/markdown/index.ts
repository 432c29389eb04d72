/**
 * The Markdown pipeline of every article body, in order. `astro.config.ts` passes the lists to
 * `unified()` from `@astrojs/markdown-remark`. Plugin options are plain data (names, terms, the
 * base path), so Astro's content cache is invalidated when any of them changes.
 */
import { rehypeHeadingIds, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import remarkDirective from 'remark-directive';
import type { ContentLookups } from './content-lookups';
import { rehypeGlossary } from './rehype-glossary';
import { rehypeLinkedNames } from './rehype-linked-names';
import { remarkLiteralDirectives } from './remark-literal-directives';
import { remarkReadingStats } from './remark-reading-stats';
import { remarkSpeech, SPEECH_DIRECTIVE } from './remark-speech';
import { remarkSummary } from './remark-summary';

/** What the pipeline needs to know about the site and its content. */
export interface MarkdownSettings {
  /** Base path the site is served under (`/` or `/archive/`). */
  base: string;
  /** People and glossary terms, read once per build (`readContentLookups`). */
  lookups: ContentLookups;
  /** Where build warnings go; the build log by default. */
  warn?: ((message: string) => void) | undefined;
}

/** The remark and rehype plugin lists for `unified({ remarkPlugins, rehypePlugins })`. */
export function markdownPlugins({ base, lookups, warn }: MarkdownSettings): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
} {
  return {
    remarkPlugins: [
      remarkDirective,
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
      [rehypeGlossary, { terms: lookups.glossary, base }],
      [rehypeExternalLinks, { rel: ['external', 'noopener', 'noreferrer'] }],
    ],
  };
}
