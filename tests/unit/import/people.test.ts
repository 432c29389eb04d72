import { describe, expect, it } from 'vitest';
import { findUnknownNames, proposePeople, type KnownPerson } from '../../../src/import/people.ts';

const people: KnownPerson[] = [
  { id: 'zhou-pengju', name: 'Zhou Pengju', aliases: ['Zhou Peng-ju'] },
  { id: 'zhang-jianjun', name: 'Zhang Jianjun', aliases: [] },
  { id: 'xi-jinping', name: 'Xi Jinping', aliases: [] },
  { id: 'hao-peng', name: 'Hao Peng', aliases: [] },
];

describe('proposePeople', () => {
  it('reads the role after the name and the act that follows it', () => {
    const { speakers } = proposePeople(
      'On June 3, Zhou Pengju, deputy secretary of the municipal party committee and mayor, presided over the meeting and spoke.',
      people,
    );
    expect(speakers).toEqual([
      {
        personId: 'zhou-pengju',
        name: 'Zhou Pengju',
        role: 'deputy secretary of the municipal party committee and mayor',
        act: 'presided over the meeting',
      },
    ]);
  });

  it('reads a role of several comma-separated parts', () => {
    const { speakers } = proposePeople(
      'Zhou Pengju, Deputy Secretary of the Municipal Party Committee, Mayor and Secretary of the Party Group, delivered a speech.',
      people,
    );
    expect(speakers[0]).toMatchObject({
      role: 'Deputy Secretary of the Municipal Party Committee, Mayor and Secretary of the Party Group',
      act: 'delivered a speech',
    });
  });

  it('reads the role written before the name ("Mayor Zhou Pengju")', () => {
    const { speakers } = proposePeople(
      'Member of the Standing Committee of the Municipal Party Committee and Deputy Mayor Zhang Jianjun presided over the meeting. Mayor Zhou Pengju attended the meeting and delivered a speech.',
      people,
    );
    expect(speakers).toEqual([
      expect.objectContaining({
        personId: 'zhang-jianjun',
        role: 'Member of the Standing Committee of the Municipal Party Committee and Deputy Mayor',
        act: 'presided over the meeting',
      }),
      expect.objectContaining({ personId: 'zhou-pengju', role: 'Mayor', act: 'delivered a speech' }),
    ]);
  });

  it('lists people who are only referred to as mentions, with their role when given', () => {
    const { speakers, mentions } = proposePeople(
      'The meeting studied the important speech of General Secretary Xi Jinping and the requirements of Hao Peng, Secretary of the Provincial Party Committee, during his visit.',
      people,
    );
    expect(speakers).toEqual([]);
    expect(mentions).toEqual([
      { personId: 'xi-jinping', name: 'Xi Jinping', role: 'General Secretary' },
      { personId: 'hao-peng', name: 'Hao Peng', role: 'Secretary of the Provincial Party Committee' },
    ]);
  });

  it('makes a speaker whose role the text never gives a mention, so no role is invented', () => {
    const { speakers, mentions } = proposePeople('Zhou Pengju said that the roads come first.', people);
    expect(speakers).toEqual([]);
    expect(mentions).toEqual([{ personId: 'zhou-pengju', name: 'Zhou Pengju', role: undefined }]);
  });

  it('matches other spellings of a known name', () => {
    expect(proposePeople('Mayor Zhou Peng-ju visited the fair.', people).mentions[0]).toMatchObject({
      personId: 'zhou-pengju',
      name: 'Zhou Peng-ju',
    });
  });

  it('finds nobody in a text without names', () => {
    expect(proposePeople('', people)).toEqual({ speakers: [], mentions: [], unknownNames: [] });
  });
});

describe('findUnknownNames', () => {
  it('lists pinyin names in order of first appearance, once each', () => {
    expect(
      findUnknownNames(
        'Hu Tao and Li Lecheng met. Hu Tao, Secretary of the Municipal Party Committee, spoke; Governor Li Lecheng agreed.',
      ),
    ).toEqual(['Hu Tao', 'Li Lecheng']);
  });

  it('skips place names, English words and names known people already cover', () => {
    const text =
      'Mayor Zhou Pengju visited the Lei Feng Memorial Hall in Fushun City. The Long March museum and Sun Yu.';
    expect(findUnknownNames(text, [[6, 17]])).toEqual(['Sun Yu']);
  });
});
