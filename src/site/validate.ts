/** Checks that span collections: every id an article uses must exist. */
import type { Article } from '../core/schemas.ts';
import { SLUG_PATTERN } from '../core/schemas.ts';
import { countOf } from '../core/text.ts';

/** What the articles may refer to. */
export interface KnownIds {
  people: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

/** Content the build cannot use; its message has one line per problem: `file: field: problem; fix`. */
export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The archive's content has ${countOf(problems.length, 'problem')}:\n${problems.join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/**
 * Lists every broken reference and malformed id in the content, one line each.
 * @returns an empty list when the content is consistent.
 */
export function findContentProblems(articles: readonly Article[], known: KnownIds): string[] {
  const problems: string[] = [];
  for (const [collection, file, ids] of [
    ['theme', 'content/themes.yaml', known.themes],
    ['source', 'content/sources.yaml', known.sources],
  ] as const) {
    for (const id of ids) {
      if (!SLUG_PATTERN.test(id)) {
        problems.push(
          `${file}: ${collection} id "${id}": not a lower-case slug; use a-z, 0-9 and single hyphens`,
        );
      }
    }
  }
  for (const article of articles) {
    const at = (field: string, problem: string) => problems.push(`${article.filePath}: ${field}: ${problem}`);
    if (!known.sources.has(article.source)) {
      at(
        'source',
        `unknown source "${article.source}"; add it to content/sources.yaml or use one of: ${list(known.sources)}`,
      );
    }
    article.speakers.forEach(({ person }, index) => {
      if (!known.people.has(person)) at(`speakers[${index}].person`, unknownPerson(person));
    });
    article.mentions.forEach(({ person }, index) => {
      if (!known.people.has(person)) at(`mentions[${index}].person`, unknownPerson(person));
    });
    article.themes.forEach((themeId, index) => {
      if (!known.themes.has(themeId)) {
        at(
          `themes[${index}]`,
          `unknown theme "${themeId}"; add it to content/themes.yaml or use one of: ${list(known.themes)}`,
        );
      }
    });
  }
  return problems;
}

function unknownPerson(person: string): string {
  return `unknown person "${person}"; create content/people/${person}.yaml or fix the id`;
}

function list(ids: ReadonlySet<string>): string {
  const sorted = [...ids].sort();
  return sorted.length <= 12 ? sorted.join(', ') : `${sorted.slice(0, 12).join(', ')}, ...`;
}
