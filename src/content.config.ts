/**
 * The archive's collections. Every collection lives under the content folder (`content/` by
 * default, or `ARCHIVE_CONTENT_DIR`) and takes its schema from the core (`src/core/schemas.ts`);
 * ids that point across collections are checked in `src/site/validate.ts`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { bodiesOnDisk } from './loaders/bodies-on-disk.ts';
import {
  ARTICLE_FILES,
  contentDir,
  ORIGINAL_FILES,
  originalFileId,
  uniqueFileId,
} from './core/content-files.ts';
import {
  articleSchema,
  glossaryTermSchema,
  originalSchema,
  personSchema,
  sourceSchema,
  themeSchema,
} from './core/schemas.ts';

const root = contentDir(process.env);

/**
 * Articles and originals: Markdown under `articles/`, rendered by glob(), their HTML kept in files of
 * its own rather than in Astro's content store (src/loaders/bodies-on-disk.ts). The Markdown
 * plugins record what the build needs from the raw body (summary included), so the body itself is
 * not kept either.
 */
const renderedTexts = (pattern: string | string[], generateId: (options: { entry: string }) => string) =>
  bodiesOnDisk(glob({ base: `${root}/articles`, pattern, generateId, retainBody: false }));

const articles = defineCollection({
  loader: renderedTexts(ARTICLE_FILES, uniqueFileId(`${root}/articles`)),
  schema: articleSchema,
});

/** Original-language texts beside their articles (`<article id>.<language>.md`). */
const originals = defineCollection({
  loader: renderedTexts(ORIGINAL_FILES, originalFileId(`${root}/articles`)),
  schema: originalSchema,
});

const people = defineCollection({
  loader: glob({
    base: `${root}/people`,
    pattern: '**/[^_]*.{yaml,yml}',
    generateId: uniqueFileId(`${root}/people`),
  }),
  schema: personSchema,
});

const themes = defineCollection({ loader: file(`${root}/themes.yaml`), schema: themeSchema });

const sources = defineCollection({ loader: file(`${root}/sources.yaml`), schema: sourceSchema });

const glossary = defineCollection({ loader: file(`${root}/glossary.yaml`), schema: glossaryTermSchema });

export const collections = { articles, originals, people, themes, sources, glossary };
