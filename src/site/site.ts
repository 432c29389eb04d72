/** The archive's name and the words it uses about itself. */
import type { TranslationMethod } from '../core/schemas.ts';

export const SITE = {
  title: 'Liaoning News Archive',
  tagline: 'Regional news from Fuxin and Liaoning, China, in English translation',
  /** Language of the site's own text (BCP 47). */
  language: 'en',
  /** Articles per page on the front page and its following pages. */
  pageSize: 20,
} as const;

/**
 * The one translation notice of a translated article: how it was translated, from which language,
 * and what a reader should make of its names and titles.
 */
export function translationNotice(method: TranslationMethod, from: string): string {
  const language = languageName(from);
  const caution =
    'Names may be spelled as the translation rendered them rather than as the people spell them, and titles are translated word for word; the original text prevails.';
  switch (method) {
    case 'machine':
      return `Machine translation from ${language}. ${caution}`;
    case 'human':
      return `Translated from ${language} by a person. ${caution}`;
    case 'unknown':
      return `Translated from ${language}; the source does not say how. ${caution}`;
  }
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
// `Intl.DisplayNames` is slow (0.9 s of a 10,000-article build's page rendering, in a CPU
// profile), and every page asks for the same few names.
const knownLanguageNames = new Map<string, string>();

/** English name of a BCP 47 language tag, e.g. `zh` → `Chinese`; the tag itself when unknown. */
export function languageName(tag: string): string {
  let name = knownLanguageNames.get(tag);
  if (name === undefined) {
    try {
      name = languageNames.of(tag) ?? tag;
    } catch {
      name = tag;
    }
    knownLanguageNames.set(tag, name);
  }
  return name;
}
