import { describe, expect, test } from 'vitest';
import type { GlossaryTerm } from '../../../src/core/schemas.ts';
import { buildGlossary, findGlossaryProblems } from '../../../src/site/glossary.ts';
import { article } from '../../support/archive.ts';

const term = (id: string, name: string, related: string[] = []): GlossaryTerm => ({
  id,
  term: name,
  renderings: [],
  meaning: `Meaning of ${name}.`,
  related,
});

// Newest first, as getArchiveViews orders them.
const ARTICLES = [article('newer', '2024-01-02'), article('older', '2023-04-17')];

describe('buildGlossary', () => {
  test('lists every term A to Z, ignoring case, with the articles that use it newest first', () => {
    const uses: Record<string, string[]> = {
      newer: ['stuck-neck'],
      older: ['two-sessions', 'stuck-neck', 'stuck-neck'],
    };
    const glossary = buildGlossary(
      [
        term('two-sessions', 'Two Sessions'),
        term('stuck-neck', 'stuck neck', ['two-sessions', 'missing']),
        term('unicorns', 'unicorns'),
      ],
      ARTICLES,
      (id) => uses[id] ?? [],
    );
    expect(glossary.map((entry) => entry.term.id)).toEqual(['stuck-neck', 'two-sessions', 'unicorns']);
    expect(glossary[0]?.articles.map((used) => used.id)).toEqual(['newer', 'older']);
    expect(glossary[0]?.related.map((related) => related.id)).toEqual(['two-sessions']);
    expect(glossary[2]?.articles).toEqual([]);
  });

  test('an empty glossary is an empty list', () => {
    expect(buildGlossary([], ARTICLES, () => [])).toEqual([]);
  });

  test('reports ids that are not slugs and related terms that do not exist', () => {
    expect(findGlossaryProblems([term('Stuck-Neck', 'stuck neck', ['unicorns'])])).toEqual([
      'content/glossary.yaml: id "Stuck-Neck": not a lower-case slug; use a-z, 0-9 and single hyphens',
      'content/glossary.yaml: Stuck-Neck: related: unknown term "unicorns"; add it to the glossary or remove it',
    ]);
  });
});
