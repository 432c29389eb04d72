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

/** What a reader is told about a machine, human or unknown translation. */
export function translationNotice(method: TranslationMethod, from: string): string {
  const language = languageName(from);
  switch (method) {
    case 'machine':
      return `This is a machine translation from ${language}. Names, titles and idioms may be rendered literally or inconsistently; the original text prevails.`;
    case 'human':
      return `This is a human translation from ${language}. The original text prevails.`;
    case 'unknown':
      return `This text was translated from ${language} by unknown means. The original text prevails.`;
  }
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** English name of a BCP 47 language tag, e.g. `zh` → `Chinese`; the tag itself when unknown. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
