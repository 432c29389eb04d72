import { describe, expect, it } from 'vitest';
import { articleId, matchSource, proposeThemes, slugify, uniqueId } from '../../../src/import/proposals.ts';

describe('slugify', () => {
  it.each([
    ['Zhou Pengju emphasized at the city’s conference', 'zhou-pengju-emphasized-at-the-citys-conference'],
    [
      'Wang Zhongkun: Anshan Strives — for “Breakthroughs”!',
      'wang-zhongkun-anshan-strives-for-breakthroughs',
    ],
    ['Café Señor Ürümqi', 'cafe-senor-urumqi'],
    ['阜新市科技工作会议召开', ''],
    ['The 14th Provincial People’s Congress', 'the-14th-provincial-peoples-congress'],
  ])('%s → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('keeps at most the given number of words', () => {
    expect(slugify('one two three four five', 3)).toBe('one-two-three');
  });
});

describe('articleId', () => {
  const title = 'The municipal government held an enlarged meeting of the party group';

  it('is the published day and the first eight words of the title', () => {
    expect(articleId('2023-01-19', title, () => false)).toBe(
      '2023-01-19-the-municipal-government-held-an-enlarged-meeting-of',
    );
  });

  it('stays unique for two articles with the same title on the same day', () => {
    const taken = new Set(['2023-01-19-the-municipal-government-held-an-enlarged-meeting-of']);
    const second = articleId('2023-01-19', title, (id) => taken.has(id));
    expect(second).toBe('2023-01-19-the-municipal-government-held-an-enlarged-meeting-of-2');
    taken.add(second);
    expect(articleId('2023-01-19', title, (id) => taken.has(id))).toBe(
      '2023-01-19-the-municipal-government-held-an-enlarged-meeting-of-3',
    );
  });

  it('gives a title without Latin letters a usable id', () => {
    expect(articleId('2023-04-17', '阜新市科技工作会议召开', () => false)).toBe('2023-04-17-article');
  });

  it('refuses to build an id that is not a slug', () => {
    expect(() => uniqueId('Not A Slug', () => false)).toThrow(/not a lower-case slug/);
  });
});

describe('proposeThemes', () => {
  const themes = [
    { id: 'talent', keywords: ['talent', 'talents'] },
    { id: 'four-advantageous-industries', keywords: ['new energy', 'green food'] },
    { id: 'empty', keywords: [] },
  ];

  it('proposes the themes whose keywords occur, the most frequent first', () => {
    expect(proposeThemes('New energy and green food need talent. More new energy.', themes)).toEqual([
      'four-advantageous-industries',
      'talent',
    ]);
  });

  it('matches whole words only', () => {
    expect(proposeThemes('Talented renewable energy people', themes)).toEqual([]);
  });
});

describe('matchSource', () => {
  const sources = [{ id: 'fuxin-news-network', label: 'Fuxin News Network' }];

  it('matches the label ignoring case and spacing, or the id', () => {
    expect(matchSource('fuxin  news network', sources)?.id).toBe('fuxin-news-network');
    expect(matchSource('Fuxin-News-Network', sources)?.id).toBe('fuxin-news-network');
    expect(matchSource('Liaoning Daily', sources)).toBeUndefined();
  });
});
