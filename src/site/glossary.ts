/** The glossary page's data: every term with its related terms and the articles that use it. */
import { SLUG_PATTERN } from '../core/schemas.ts';
import type { Article, GlossaryTerm } from '../core/schemas.ts';
import { compareText } from '../core/text.ts';

/** A term as the glossary page lists it. */
export interface GlossaryEntry {
  term: GlossaryTerm;
  /** Related terms that exist in the glossary. */
  related: GlossaryTerm[];
  /** Articles whose body uses the term, newest first. */
  articles: Article[];
}

/**
 * Every term A to Z (ignoring case), each with the articles (in the order given, newest first)
 * whose body uses it according to `termIdsOf`.
 */
export function buildGlossary(
  terms: readonly GlossaryTerm[],
  articles: readonly Article[],
  termIdsOf: (articleId: string) => readonly string[],
): GlossaryEntry[] {
  const byId = new Map(terms.map((term) => [term.id, term]));
  const usage = new Map<string, Article[]>(terms.map((term) => [term.id, []]));
  for (const article of articles) {
    for (const id of new Set(termIdsOf(article.id))) usage.get(id)?.push(article);
  }
  return [...terms]
    .sort((a, b) => compareText(a.term, b.term) || (a.id < b.id ? -1 : 1))
    .map((term) => ({
      term,
      related: term.related.flatMap((id) => byId.get(id) ?? []),
      articles: usage.get(term.id) ?? [],
    }));
}

/**
 * Ids that are not slugs and related ids that name no term, one line each (`file: field: problem`).
 * @returns an empty list when the glossary is consistent.
 */
export function findGlossaryProblems(
  terms: readonly GlossaryTerm[],
  file = 'content/glossary.yaml',
): string[] {
  const ids = new Set(terms.map((term) => term.id));
  const problems: string[] = [];
  for (const term of terms) {
    if (!SLUG_PATTERN.test(term.id)) {
      problems.push(`${file}: id "${term.id}": not a lower-case slug; use a-z, 0-9 and single hyphens`);
    }
    for (const related of term.related) {
      if (!ids.has(related)) {
        problems.push(
          `${file}: ${term.id}: related: unknown term "${related}"; add it to the glossary or remove it`,
        );
      }
    }
  }
  return problems;
}
