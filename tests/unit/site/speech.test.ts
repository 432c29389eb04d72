import { describe, expect, test } from 'vitest';
import type { Passage } from '../../../src/core/body-facts.ts';
import { sayingsByPerson } from '../../../src/site/speech.ts';
import { article } from '../../support/archive.ts';

// Newest first, as getArchiveViews orders them.
const ARTICLES = [article('newer', '2024-01-02'), article('older', '2023-04-17')];

describe('sayingsByPerson', () => {
  test('groups passages by speaker, newest article first, then in body order', () => {
    const passage = (personId: string, n: number): Passage => ({
      personId,
      anchor: `speech-${personId}-${n}`,
      opening: `Said ${n}.`,
    });
    const passages: Record<string, Passage[]> = {
      newer: [passage('zhou-pengju', 1)],
      older: [passage('zhou-pengju', 1), passage('hao-peng', 1), passage('zhou-pengju', 2)],
    };
    const sayings = sayingsByPerson(ARTICLES, (id) => passages[id] ?? []);
    expect(
      sayings.get('zhou-pengju')?.map(({ article: from, passage: said }) => `${from.id}#${said.anchor}`),
    ).toEqual(['newer#speech-zhou-pengju-1', 'older#speech-zhou-pengju-1', 'older#speech-zhou-pengju-2']);
    expect(sayings.get('hao-peng')).toHaveLength(1);
    expect(sayings.has('xi-jinping')).toBe(false);
  });
});
