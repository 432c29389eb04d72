/** Who said what: the passages attributed to each person, for the "What they said" lists. */
import type { Passage } from '../core/body-facts.ts';
import type { Article } from '../core/schemas.ts';

/** One passage a person spoke, with the article it is in. */
export interface Saying {
  article: Article;
  passage: Passage;
}

/**
 * Groups passages by speaker: newest article first (the order of `articles`), then in body order.
 * People with no passage have no key.
 */
export function sayingsByPerson(
  articles: readonly Article[],
  passagesOf: (articleId: string) => readonly Passage[],
): Map<string, Saying[]> {
  const sayings = new Map<string, Saying[]>();
  for (const article of articles) {
    for (const passage of passagesOf(article.id)) {
      const list = sayings.get(passage.personId) ?? [];
      list.push({ article, passage });
      sayings.set(passage.personId, list);
    }
  }
  return sayings;
}
