/**
 * Proposals an import makes from the archive's own data: themes from their keywords, the source
 * from the publication's name, and ids for new articles, people and sources.
 */
import { SLUG_PATTERN, type TranslationMethod } from '../core/schemas.ts';
import { escapeRegExp } from '../core/text.ts';
import { normalise } from './parse-raw.ts';

/** A theme with the words that suggest it (`content/themes.yaml`). */
export interface KnownTheme {
  id: string;
  keywords: readonly string[];
}

/** A publication (`content/sources.yaml`). */
export interface KnownSource {
  id: string;
  label: string;
  /** What the source's pages are, when they are translations; imported pages take it. */
  translation?: { from: string; method: TranslationMethod } | undefined;
}

/**
 * Themes whose keywords occur in `text`, the most frequent first (ties keep the themes' order).
 * Keywords match whole words, ignoring case.
 */
export function proposeThemes(text: string, themes: readonly KnownTheme[]): string[] {
  const scored = themes.map((theme, order) => {
    const hits = theme.keywords.reduce((total, keyword) => {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(keyword)}(?![\\p{L}\\p{N}])`, 'giu');
      return total + [...text.matchAll(pattern)].length;
    }, 0);
    return { id: theme.id, hits, order };
  });
  return scored
    .filter(({ hits }) => hits > 0)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .map(({ id }) => id);
}

/** The known source a page's source name refers to, by label or id, ignoring case and spacing. */
export function matchSource(name: string, sources: readonly KnownSource[]): KnownSource | undefined {
  const wanted = normalise(name);
  return sources.find((source) => normalise(source.label) === wanted || source.id === slugify(name));
}

/**
 * A lower-case slug of `text`: letters and digits joined by single hyphens, accents removed,
 * apostrophes dropped ("city’s" → "citys"), at most `maxWords` words.
 * @returns an empty string when `text` has no Latin letters or digits.
 */
export function slugify(text: string, maxWords = Number.POSITIVE_INFINITY): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.slice(0, maxWords).join('-');
}

/** Words of the title an article id keeps. */
export const ID_TITLE_WORDS = 8;

/**
 * The id of a new article: `<published>-<first words of the title>`, with `-2`, `-3`, ...
 * appended when the id is taken (same title, same day).
 */
export function articleId(published: string, title: string, taken: (id: string) => boolean): string {
  const slug = slugify(title, ID_TITLE_WORDS);
  return uniqueId(slug === '' ? `${published}-article` : `${published}-${slug}`, taken);
}

/** `base`, or `base-2`, `base-3`, ... whichever is free first. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!SLUG_PATTERN.test(base)) throw new Error(`"${base}" is not a lower-case slug`);
  if (!taken(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}
