/**
 * The archive's two entries for what a page does not tell: a source meaning "not stated in the
 * archived copy" and an "unclassified" theme. They are real entries of `sources.yaml` and
 * `themes.yaml`; the importer adds them when a page needs them and they are missing.
 */
import type { z } from 'astro/zod';
import type { sourceSchema, themeSchema } from './schemas.ts';

/** Source id of pages whose archived copy names no publication. */
export const NOT_STATED_SOURCE_ID = 'not-stated';

/** Theme id of articles no theme has been given yet. */
export const UNCLASSIFIED_THEME_ID = 'unclassified';

/** The `sources.yaml` entry for `NOT_STATED_SOURCE_ID`. */
export const NOT_STATED_SOURCE: z.input<typeof sourceSchema> = {
  label: 'Source not stated in the archived copy',
  description:
    'The archived copy of these pages names no publication. The source is unknown until an archivist finds it; the pages are marked for review.',
  kind: 'other',
};

/** The `themes.yaml` entry for `UNCLASSIFIED_THEME_ID`. */
export const UNCLASSIFIED_THEME: z.input<typeof themeSchema> = {
  label: 'Unclassified',
  description:
    'Articles no theme keyword matched when they were imported. They wait for an archivist to file them under a theme.',
  keywords: [],
};
