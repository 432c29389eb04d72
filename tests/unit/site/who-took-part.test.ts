import { describe, expect, it } from 'vitest';
import { whoTookPart } from '../../../src/site/who-took-part.ts';
import { person } from '../../support/archive.ts';

const people = new Map(
  [
    person('zhou-pengju', 'Zhou Pengju'),
    person('matthew-quan', 'Matthew Quan', { doubt: 'A machine rendering of a Chinese name.' }),
    person('xi-jinping', 'Xi Jinping'),
    person('wang', '王小明'),
  ].map((entry) => [entry.id, entry]),
);

const cast = {
  speakers: [
    { person: 'zhou-pengju', role: 'Mayor', act: 'delivered a speech' },
    { person: 'matthew-quan', role: 'president of the university', act: 'delivered a speech' },
  ],
  mentions: [
    { person: 'xi-jinping', role: 'General Secretary' },
    { person: 'zhou-pengju' },
    { person: 'wang' },
  ],
};

const passages = [
  { personId: 'zhou-pengju', anchor: 'speech-zhou-pengju-1', opening: 'First, …' },
  { personId: 'zhou-pengju', anchor: 'speech-zhou-pengju-2', opening: 'Finally, …' },
];

describe('who took part in an article', () => {
  it("links each speaker to every passage of theirs, in body order, and gives none to a speaker whose words the text doesn't report", () => {
    const { speakers } = whoTookPart(cast, people, passages);
    expect(speakers.map(({ person: { id }, passages: anchors }) => [id, anchors])).toEqual([
      ['zhou-pengju', ['speech-zhou-pengju-1', 'speech-zhou-pengju-2']],
      ['matthew-quan', []],
    ]);
  });

  it('keeps the role and act as the article states them, and the doubt of the person file', () => {
    const [, quan] = whoTookPart(cast, people, passages).speakers;
    expect(quan).toMatchObject({
      role: 'president of the university',
      act: 'delivered a speech',
      person: { doubt: 'A machine rendering of a Chinese name.' },
    });
  });

  it('lists people only mentioned apart, with their stated role or none, leaving out a mentioned speaker', () => {
    const { mentioned } = whoTookPart(cast, people, passages);
    expect(mentioned.map(({ person: { name }, role }) => [name, role])).toEqual([
      ['Xi Jinping', 'General Secretary'],
      ['王小明', undefined],
    ]);
  });

  it('is empty for an article with no people', () => {
    expect(whoTookPart({ speakers: [], mentions: [] }, people, [])).toEqual({
      speakers: [],
      mentioned: [],
      passagesMarked: true,
    });
  });

  it("says the passages are marked once the text has one or its speakers are checked, and not while an import's speakers await review", () => {
    expect(whoTookPart(cast, people, passages).passagesMarked).toBe(true);
    expect(whoTookPart({ ...cast, review: ['speakers'] }, people, passages).passagesMarked).toBe(true);
    expect(whoTookPart({ ...cast, review: ['themes'] }, people, []).passagesMarked).toBe(true);
    expect(whoTookPart({ ...cast, review: ['speakers', 'themes'] }, people, []).passagesMarked).toBe(false);
  });
});
