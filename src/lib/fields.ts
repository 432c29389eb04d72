/**
 * Field schemas shared by the content collections (`src/content.config.ts`) and the importer.
 * Pure zod from `astro/zod`, so unit tests need no Astro runtime.
 */
import { z } from 'astro/zod';
import { isCalendarDay } from './dates.ts';

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
  method: z.enum(['machine', 'human', 'unknown']),
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
  /** Fields the importer wrote and an archivist should check; remove a name once checked. */
  review: z.array(z.enum(['name', 'aliases', 'originalName', 'description'])).optional(),
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
  kind: z.enum(['news-site', 'newspaper', 'government', 'broadcaster', 'agency', 'other']).optional(),
  /** Fields the importer wrote and an archivist should check; remove a name once checked. */
  review: z.array(z.enum(['label', 'description', 'url', 'kind'])).optional(),
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

/** SHA-256 of a raw page, 64 lower-case hex digits. */
export const contentHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'write the SHA-256 of the raw page as 64 lower-case hex digits');

/** Acts a speaker can perform; free text is allowed, these are the usual ones. */
export const COMMON_ACTS = ['delivered a speech', 'presided', 'made a summary and deployment'] as const;

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
