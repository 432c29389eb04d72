/**
 * Originals beside translations: which articles carry their original-language text
 * (`<article id>.<language>.md`), and what is wrong with an original that cannot be shown
 * paragraph by paragraph beside its translation.
 */
import type { Article } from '../core/schemas.ts';

/** An article's original-language text, as the build found it. */
export interface OriginalText {
  articleId: string;
  /** Language of the original (BCP 47), from its file name. */
  language: string;
  /** Path of the file, for error messages. */
  filePath: string;
  /** Paragraphs in its body. */
  paragraphCount: number;
}

/**
 * Problems that must stop the build, one line each (`file: field: problem; fix`): an original
 * with no article, beside an article that is not a translation or is translated from another
 * language, or with a different number of paragraphs from the translation's.
 */
export function findOriginalProblems(
  originals: readonly OriginalText[],
  articles: ReadonlyMap<string, Article>,
  paragraphsOf: (articleId: string) => number,
): string[] {
  return originals.flatMap(({ articleId, language, filePath, paragraphCount }) => {
    const article = articles.get(articleId);
    if (!article) {
      return [
        `${filePath}: file name: there is no article "${articleId}"; name the original after its article, <article id>.${language}.md`,
      ];
    }
    if (!article.translation) {
      return [
        `${filePath}: translation: ${article.filePath} is not marked as a translation; add translation: { from: ${language}, method: ... } to its frontmatter`,
      ];
    }
    if (article.translation.from.toLowerCase() !== language.toLowerCase()) {
      return [
        `${filePath}: file name: the original is in "${language}" but ${article.filePath} is translated from "${article.translation.from}"; rename the file or fix translation.from`,
      ];
    }
    const translated = paragraphsOf(articleId);
    if (paragraphCount !== translated) {
      return [
        `${filePath}: body: ${paragraphCount} paragraphs, but the translation has ${translated}; write one paragraph of the original for each paragraph of the translation, in the same order`,
      ];
    }
    return [];
  });
}
