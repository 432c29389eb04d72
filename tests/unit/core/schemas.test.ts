import { describe, expect, it } from 'vitest';
import {
  isoDay,
  personSchema,
  repeatedSpeakers,
  sourceSchema,
  themeSchema,
  translationSchema,
} from '../../../src/core/schemas.ts';

describe('isoDay', () => {
  it('accepts a quoted real day', () => expect(isoDay.parse('2023-04-17')).toBe('2023-04-17'));

  it('refuses an impossible day and says how to write one', () => {
    const result = isoDay.safeParse('2023-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /"2023-02-30" is not a real calendar day; write it as 'YYYY-MM-DD'/,
    );
  });

  it('refuses an unquoted YAML date and says to quote it', () => {
    const result = isoDay.safeParse(new Date('2023-04-17'));
    expect(result.error?.issues[0]?.message).toMatch(/write the day in quotes/);
  });
});

describe('collection schemas', () => {
  it('fills defaults for a person with only a name and description', () => {
    expect(personSchema.parse({ name: 'Zhou Pengju', description: 'Mayor.' })).toEqual({
      name: 'Zhou Pengju',
      description: 'Mayor.',
      aliases: [],
    });
  });

  it('keeps a Chinese original name', () => {
    expect(
      personSchema.parse({ name: 'Xi Jinping', originalName: '习近平', description: 'Leader.' }).originalName,
    ).toBe('习近平');
  });

  it('requires a description for a person, to tell namesakes apart', () => {
    expect(personSchema.safeParse({ name: 'Zhang Jianjun' }).success).toBe(false);
  });

  it('keeps a Wikidata id as the authority record of a person', () => {
    expect(
      personSchema.parse({ name: 'Xi Jinping', description: 'Leader.', wikidata: 'Q15031' }).wikidata,
    ).toBe('Q15031');
  });

  it.each(['https://www.wikidata.org/wiki/Q15031', 'q15031', 'Q0', '15031'])(
    'refuses %s as a Wikidata id, saying how to write one',
    (wikidata) => {
      const result = personSchema.safeParse({ name: 'Xi Jinping', description: 'Leader.', wikidata });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        path: ['wikidata'],
        message: expect.stringContaining('a Q and its number like "Q15031"'),
      });
    },
  );

  it('accepts the three translation methods only', () => {
    expect(translationSchema.safeParse({ from: 'zh', method: 'machine' }).success).toBe(true);
    expect(translationSchema.safeParse({ from: 'zh', method: 'robot' }).success).toBe(false);
    expect(translationSchema.safeParse({ from: 'chinese!', method: 'human' }).success).toBe(false);
  });

  it('checks source URLs and kinds', () => {
    expect(sourceSchema.safeParse({ label: 'X', description: 'Y', url: 'not a url' }).success).toBe(false);
    expect(sourceSchema.safeParse({ label: 'X', description: 'Y', kind: 'newspaper' }).success).toBe(true);
  });

  it('gives a theme no keywords by default', () => {
    expect(themeSchema.parse({ label: 'Talent', description: 'People.' }).keywords).toEqual([]);
  });

  it('finds a person listed twice as a speaker', () => {
    expect(repeatedSpeakers(['a', 'b', 'a', 'a'])).toEqual([
      { index: 2, id: 'a' },
      { index: 3, id: 'a' },
    ]);
    expect(repeatedSpeakers([])).toEqual([]);
  });
});
