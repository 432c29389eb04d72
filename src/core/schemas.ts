/**
 * The archive's content model: the only definition of each collection's shape. The collections
 * (`src/content.config.ts`) use these schemas as they are, the importer writes frontmatter typed
 * from them, and every TypeScript type of content below is derived from them with
 * `z.output`/`z.input`. Plain zod from `astro/zod`, so unit tests and Node scripts need no Astro
 * runtime. Ids that point into other collections are checked by `src/site/validate.ts`, which
 * names the file, the field and the fix.
 */
import { z } from 'astro/zod';
import { isCalendarDay } from './dates.ts';

/** How a translation was made: by machine, by a person, or by means the source does not say. */
export const TRANSLATION_METHODS = ['machine', 'human', 'unknown'] as const;

/** Whether `value` is one of `TRANSLATION_METHODS`. */
export function isTranslationMethod(value: string): value is (typeof TRANSLATION_METHODS)[number] {
  return (TRANSLATION_METHODS as readonly string[]).includes(value);
}

/** What sort of publication a source is. */
export const SOURCE_KINDS = [
  'news-site',
  'newspaper',
  'government',
  'broadcaster',
  'agency',
  'other',
] as const;

/** Article fields an import may have guessed (see the articles' `review` field). */
export const REVIEWABLE_FIELDS = [
  'title',
  'published',
  'eventDate',
  'source',
  'speakers',
  'mentions',
  'themes',
] as const;

/** Person fields an import wrote and an archivist should check. */
export const PERSON_REVIEWABLE_FIELDS = ['name', 'aliases', 'originalName', 'description'] as const;

/** Source fields an import wrote and an archivist should check. */
export const SOURCE_REVIEWABLE_FIELDS = ['label', 'description', 'url', 'kind'] as const;

/** A stable, lower-case slug: `zhou-pengju`, `science-and-technology`, `2023-04-17-conference`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id in a collection: a lower-case slug, so ids that differ only by case cannot exist. */
export const slugId = z
  .string()
  .regex(SLUG_PATTERN, 'use lower-case letters, digits and single hyphens, like "zhou-pengju"');

/**
 * A calendar day written `YYYY-MM-DD` in quotes. Unquoted YAML dates become timestamps and
 * silently roll an impossible day such as 2023-02-30 over to March, so they are refused.
 */
export const isoDay = z.custom<string>((value) => typeof value === 'string' && isCalendarDay(value), {
  error: (issue) =>
    issue.input instanceof Date
      ? `write the day in quotes, like '2023-04-17' (unquoted YAML dates are read as timestamps)`
      : `"${String(issue.input)}" is not a real calendar day; write it as 'YYYY-MM-DD', like '2023-04-17'`,
});

/** A BCP 47 language tag such as `en`, `zh`, `zh-Hans`. */
export const languageTag = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'use a BCP 47 language tag such as "en" or "zh-Hans"');

/** How the archived text came to be in its language. */
export const translationSchema = z.object({
  /** Language the original was written in (BCP 47), e.g. `zh`. */
  from: languageTag,
  /** `machine` for machine translation, `human` for a person's, `unknown` when the source does not say. */
  method: z.enum(TRANSLATION_METHODS),
  /** Anything a reader should know about the translation, shown with the notice. */
  note: z.string().min(1).optional(),
  /** Title of the original-language article, when known. */
  originalTitle: z.string().min(1).optional(),
  /** Address of the original-language article, when known. */
  originalUrl: z.url().optional(),
});

/** A person file: `content/people/<id>.yaml`. Roles are not listed here: they come from the articles. */
export const personSchema = z.object({
  /** Name as the archive displays it, in the Latin script. */
  name: z.string().min(1),
  /** Other spellings and machine-translation renderings of the same person's name. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Name in its original script (e.g. Chinese characters), when known. */
  originalName: z.string().min(1).optional(),
  /** One or two sentences saying who this is, enough to tell them from a namesake. */
  description: z.string().min(1),
  /**
   * What is uncertain about this person, in a sentence, e.g. that the name is a machine
   * translation's rendering of a Chinese name not yet recorded. Flagged beside the name on every
   * article that names them, until the doubt is resolved and the field removed.
   */
  doubt: z.string().min(1).optional(),

  /**
   * The person's Wikidata item (`Q` and its number, e.g. `Q15031`), only once an archivist has
   * checked it is this person and not a namesake; the person page links it.
   */
  wikidata: z
    .string()
    .regex(
      /^Q[1-9][0-9]*$/,
      'write the Wikidata item id alone, a Q and its number like "Q15031" (the end of the item\'s address)',
    )
    .optional(),
  /** Fields the importer wrote and an archivist should check; remove a name once checked. */
  review: z.array(z.enum(PERSON_REVIEWABLE_FIELDS)).optional(),
  /** Day the importer created this file: how long its `review` fields have waited. */
  imported: isoDay.optional(),
});

/** One entry of `content/themes.yaml`. */
export const themeSchema = z.object({
  /** Short label shown in lists and links. */
  label: z.string().min(1),
  /** What the theme covers, in a sentence or two, for the theme's page. */
  description: z.string().min(1),
  /** Words or phrases that suggest the theme in a text; the importer uses them to propose themes. */
  keywords: z.array(z.string().min(1)).default([]),
});

/** One entry of `content/sources.yaml`. */
export const sourceSchema = z.object({
  /** Name of the publication as readers know it. */
  label: z.string().min(1),
  /** Who publishes it and what it covers. */
  description: z.string().min(1),
  /** Home page of the publication, when known. */
  url: z.url().optional(),
  /** What sort of publication it is. */
  kind: z.enum(SOURCE_KINDS).optional(),
  /** Fields the importer wrote and an archivist should check; remove a name once checked. */
  review: z.array(z.enum(SOURCE_REVIEWABLE_FIELDS)).optional(),
  /** Day the importer added this entry: how long its `review` fields have waited. */
  imported: isoDay.optional(),
  /**
   * What this source's pages are, when they are translations (e.g. machine translations from
   * Chinese). Pages imported as this source take it as their `translation`, so a folder from one
   * site needs no flags; an article's own `translation` still says the last word.
   */
  translation: translationSchema.pick({ from: true, method: true }).optional(),
});

/** One entry of `content/glossary.yaml`: a term of translated Chinese political language. */
export const glossaryTermSchema = z.object({
  /** The term as translations usually render it, e.g. "stuck neck"; marked where an article first uses it. */
  term: z.string().min(1),
  /** Other renderings of the same term met in translations, also matched in article bodies. */
  renderings: z.array(z.string().min(1)).default([]),
  /** What the term means, in plain English, for a reader who has never met it. */
  meaning: z.string().min(1),
  /** The term in Chinese characters, only when it is known for certain. */
  original: z.string().min(1).optional(),
  /** Ids of related glossary entries. */
  related: z.array(slugId).default([]),
});

/** SHA-256 of a raw page, 64 lower-case hex digits. */
export const contentHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'write the SHA-256 of the raw page as 64 lower-case hex digits');

/**
 * The id of an entry in another collection (`content/people/<id>.yaml`, a key of `themes.yaml`
 * or `sources.yaml`). That the entry exists is checked across collections by `src/site/validate.ts`.
 */
const entryId = z.string().min(1);

/** Someone who spoke at the reported event. */
export const speakerSchema = z.object({
  /** Id of the person (`content/people/<id>.yaml`). */
  person: entryId,
  /** Their role exactly as this article states it, e.g. "Deputy Secretary of the Municipal Party Committee and Mayor". */
  role: z.string().min(1),
  /** What they did, in the article's words: "delivered a speech", "presided", "made a summary and deployment". */
  act: z.string().min(1),
});

/** Someone the article refers to who did not speak. */
export const mentionSchema = z.object({
  /** Id of the person (`content/people/<id>.yaml`). */
  person: entryId,
  /** Their role as the article states it, when it states one. */
  role: z.string().min(1).optional(),
});

/** The frontmatter of an article: `content/articles/<year>/<id>.md`. */
export const articleSchema = z.object({
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
  source: entryId,
  /** Address of the article at its source, when known. */
  sourceUrl: z.url().optional(),
  /** Language of the archived text (BCP 47). */
  language: languageTag.default('en'),
  /** Where the text came from when it is a translation; absent when the text is the original. */
  translation: translationSchema.optional(),
  /** People who spoke at the event, each with role and act as this article states them. */
  speakers: z
    .array(speakerSchema)
    .default([])
    .superRefine((speakers, ctx) => {
      for (const { index, id } of repeatedSpeakers(speakers.map((entry) => entry.person))) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'person'],
          message: `"${id}" is listed twice as a speaker; merge the two entries into one`,
        });
      }
    }),
  /** People referred to who did not speak. */
  mentions: z.array(mentionSchema).default([]),
  /** What the article is about (`content/themes.yaml`), at least one. */
  themes: z.array(entryId).min(1, 'list at least one theme id from content/themes.yaml'),
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
  /** Day the importer wrote this article: how long its `review` fields have waited. */
  imported: isoDay.optional(),
});

/**
 * The original-language text of a translated article: `<article id>.<language>.md` beside the
 * article, one paragraph of the original for each paragraph of the translation, in the same
 * order. It needs no frontmatter; the article's `translation` says the rest.
 */
export const originalSchema = z.object({});

/** An enumerated translation method. */
export type TranslationMethod = (typeof TRANSLATION_METHODS)[number];
/** An article field the importer may have guessed. */
export type ReviewableField = (typeof REVIEWABLE_FIELDS)[number];
/** An article's frontmatter as the schema returns it, defaults applied. */
export type ArticleData = z.output<typeof articleSchema>;
/** An article's frontmatter as written in its file (fields with defaults may be left out). */
export type ArticleFrontmatter = z.input<typeof articleSchema>;

/** An entry of a collection: its id and its data. */
type Entry<Schema extends z.ZodType> = { id: string } & z.output<Schema>;
/** A person, one per id however their name or title changes. */
export type Person = Entry<typeof personSchema>;
export type Theme = Entry<typeof themeSchema>;
export type Source = Entry<typeof sourceSchema>;
/** A term of translated Chinese political language, from `content/glossary.yaml`. */
export type GlossaryTerm = Entry<typeof glossaryTermSchema>;

/** One archived article: its frontmatter, its id and file, and the summary shown in lists and feeds. */
export type Article = Omit<ArticleData, 'summary'> & {
  id: string;
  /** Path of the Markdown file, relative to the project, for error messages. */
  filePath: string;
  /** From the frontmatter, or made from the first paragraph by the Markdown pipeline. */
  summary: string;
};

/** The whole archive, articles newest first, lookups by id. */
export interface Archive {
  articles: Article[];
  people: Map<string, Person>;
  themes: Map<string, Theme>;
  sources: Map<string, Source>;
}

/**
 * Finds people listed more than once among an article's speakers.
 * @returns the index of each repeated entry with the id it repeats.
 */
export function repeatedSpeakers(personIds: readonly string[]): { index: number; id: string }[] {
  const seen = new Set<string>();
  const repeats: { index: number; id: string }[] = [];
  personIds.forEach((id, index) => {
    if (seen.has(id)) repeats.push({ index, id });
    seen.add(id);
  });
  return repeats;
}
