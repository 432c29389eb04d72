import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';

/** remark plugins applied to every article body, in order. */
export const remarkPlugins: NonNullable<UnifiedProcessorOptions['remarkPlugins']> = [];

/** rehype plugins applied to every article body, in order. */
export const rehypePlugins: NonNullable<UnifiedProcessorOptions['rehypePlugins']> = [];
