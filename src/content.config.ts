/**
 * The archive's content model. Every collection lives under the content folder (`content/` by
 * default, or `ARCHIVE_CONTENT_DIR`, see README) and every field says what it means to an archivist.
 * Cross-collection checks (unknown ids, duplicate ids) run in `src/lib/validate.ts`.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir, uniqueFileId } from './lib/content-files';
import {
  glossaryTermSchema,
  contentHash,
  isoDay,
  REVIEWABLE_FIELDS,
  personSchema,
  repeatedSpeakers,
  sourceSchema,
  themeSchema,
  translationSchema,
  languageTag,
} from './lib/fields';

const root = contentDir(process.env);

/** Someone who spoke at the reported event. */
const speaker = z.object({
  /** Id of the person (`content/people/<id>.yaml`). */
  person: reference('people'),
  /** Their role exactly as this article states it, e.g. "Deputy Secretary of the Municipal Party Committee and Mayor". */
  role: z.string().min(1),
  /** What they did, in the article's words: "delivered a speech", "presided", "made a summary and deployment". */
  act: z.string().min(1),
});

/** Someone the article refers to who did not speak. */
const mention = z.object({
  /** Id of the person (`content/people/<id>.yaml`). */
  person: reference('people'),
  /** Their role as the article states it, when it states one. */
  role: z.string().min(1).optional(),
});

const articles = defineCollection({
  loader: glob({
    base: `${root}/articles`,
    pattern: '**/[^_]*.md',
    generateId: uniqueFileId(`${root}/articles`),
    // The raw body is not kept in the data store (the Markdown plugins record what the build needs
    // from it, summary included): at 10,000 articles that is tens of megabytes less to load.
    retainBody: false,
  }),
  schema: z.object({
    /** Headline as published (translated). */
    title: z
      .string({ error: 'every article needs a title; add a title: line to the frontmatter' })
      .min(1, 'every article needs a title; the title: line is empty'),
    /** Day the source published the article (not the event day, not the day it was archived). */
    published: isoDay,
    /** Day the reported event happened, when the text says so. */
    eventDate: isoDay.optional(),
    /** Date stamp of the source's listing page, when the raw page carried one; often a day after `published`. */
    listed: isoDay.optional(),
    /** Publication the article comes from (`content/sources.yaml`). */
    source: reference('sources'),
    /** Address of the article at its source, when known. */
    sourceUrl: z.url().optional(),
    /** Language of the archived text (BCP 47). */
    language: languageTag.default('en'),
    /** Where the text came from when it is a translation; absent when the text is the original. */
    translation: translationSchema.optional(),
    /** People who spoke at the event, each with role and act as this article states them. */
    speakers: z
      .array(speaker)
      .default([])
      .superRefine((speakers, ctx) => {
        for (const { index, id } of repeatedSpeakers(speakers.map((entry) => entry.person.id))) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'person'],
            message: `"${id}" is listed twice as a speaker; merge the two entries into one`,
          });
        }
      }),
    /** People referred to who did not speak. */
    mentions: z.array(mention).default([]),
    /** What the article is about (`content/themes.yaml`), at least one. */
    themes: z.array(reference('themes')).min(1, 'list at least one theme id from content/themes.yaml'),
    /** One or two sentences for lists and feeds; derived from the first paragraph when absent. */
    summary: z.string().min(1).optional(),
    /** Second headline the source gives under the title (its `Subtitle:` line). */
    subtitle: z.string().min(1).optional(),
    /** True when the source page had no title and the importer made one from the first sentence. */
    titleDerived: z.boolean().default(false),
    /** Editor the source names ("Responsible editor", "Editor in charge"). */
    editor: z.string().min(1).optional(),
    /** View count the source page showed when it was copied. */
    views: z.number().int().nonnegative().optional(),
    /** True when the archived copy breaks off mid-sentence; the article page says so. */
    truncated: z.boolean().default(false),
    /** SHA-256 of the raw page the article was imported from; the importer refuses to import it twice. */
    contentHash: contentHash.optional(),
    /** Fields the importer guessed that an archivist should check; remove a name once checked. */
    review: z.array(z.enum(REVIEWABLE_FIELDS)).default([]),
  }),
});

const people = defineCollection({
  loader: glob({
    base: `${root}/people`,
    pattern: '**/[^_]*.{yaml,yml}',
    generateId: uniqueFileId(`${root}/people`),
  }),
  schema: personSchema,
});

const themes = defineCollection({
  loader: file(`${root}/themes.yaml`),
  schema: themeSchema,
});

const sources = defineCollection({
  loader: file(`${root}/sources.yaml`),
  schema: sourceSchema,
});

const glossary = defineCollection({
  loader: file(`${root}/glossary.yaml`),
  schema: glossaryTermSchema,
});

export const collections = { articles, people, themes, sources, glossary };
