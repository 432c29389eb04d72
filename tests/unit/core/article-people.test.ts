import { describe, expect, it } from 'vitest';
import { participantsOf, personIdsOf } from '../../../src/core/article-people.ts';
import { person } from '../../support/archive.ts';

const people = new Map(
  [person('zhou-pengju', 'Zhou Pengju'), person('xi-jinping', 'Xi Jinping'), person('wang', '王小明')].map(
    (entry) => [entry.id, entry],
  ),
);

const cast = {
  speakers: [
    { person: 'zhou-pengju', role: 'Mayor', act: 'delivered a speech' },
    { person: 'nobody-known', role: 'Guest', act: 'spoke' },
  ],
  mentions: [
    { person: 'xi-jinping', role: 'General Secretary' },
    { person: 'zhou-pengju' },
    { person: 'wang' },
  ],
};

describe("an article's people", () => {
  it('lists speakers first, then people only mentioned, each once, with their records', () => {
    expect(participantsOf(cast, people)).toEqual([
      { person: people.get('zhou-pengju'), as: 'speaker', role: 'Mayor', act: 'delivered a speech' },
      { person: people.get('xi-jinping'), as: 'mentioned', role: 'General Secretary' },
      { person: people.get('wang'), as: 'mentioned', role: undefined },
    ]);
  });

  it('leaves out ids with no person record', () => {
    expect(participantsOf(cast, people).map(({ person: { id } }) => id)).not.toContain('nobody-known');
  });

  it('is empty for an article with no speakers or mentions', () => {
    expect(participantsOf({ speakers: [], mentions: [] }, people)).toEqual([]);
  });

  it('gives every id once in frontmatter order, known or not', () => {
    expect(personIdsOf(cast)).toEqual(['zhou-pengju', 'nobody-known', 'xi-jinping', 'wang']);
  });
});
