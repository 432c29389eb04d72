import { describe, expect, it } from 'vitest';
import { createArticleIndex } from '../../../src/site/related.ts';
import { article } from '../../support/archive.ts';

const speaker = (person: string) => ({ person, role: 'Mayor', act: 'presided' });
const newestFirst = [
  article('e', '2023-06-01', { themes: ['other'] }),
  article('d', '2023-05-01', { themes: ['talent'] }),
  article('c', '2023-04-20', { themes: ['other'], speakers: [speaker('zhou-pengju')] }),
  article('b', '2023-04-17', { themes: ['talent'], speakers: [speaker('zhou-pengju')] }),
  article('a', '2023-01-01', { themes: ['talent'] }),
];
const index = createArticleIndex(newestFirst);
const byId = (id: string) => newestFirst.find((entry) => entry.id === id)!;

describe('neighbours in time', () => {
  it('gives the newer and older article', () => {
    const { newer, older } = index.neighbours(byId('b'));
    expect([newer?.id, older?.id]).toEqual(['c', 'a']);
  });

  it('has no newer article for the newest and no older for the oldest', () => {
    expect(index.neighbours(byId('e')).newer).toBeUndefined();
    expect(index.neighbours(byId('a')).older).toBeUndefined();
  });
});

describe('related articles', () => {
  it('ranks a shared person above a shared theme, then by closeness in time', () => {
    expect(index.related(byId('b')).map((entry) => entry.id)).toEqual(['c', 'd', 'a']);
  });

  it('never lists the article itself and respects the limit', () => {
    expect(index.related(byId('b'), 1).map((entry) => entry.id)).toEqual(['c']);
  });

  it('is empty for an article sharing nothing', () => {
    const lonely = createArticleIndex([article('x', '2023-01-01', { themes: ['x'] })]);
    expect(lonely.related(article('x', '2023-01-01', { themes: ['x'] }))).toEqual([]);
  });
});

describe('related articles in a large archive', () => {
  it('looks only at the nearest articles in time for each shared theme', async () => {
    const { RELATED_WINDOW } = await import('../../../src/site/related.ts');
    const many = Array.from({ length: RELATED_WINDOW * 4 }, (_, n) =>
      article(`t${String(n).padStart(4, '0')}`, `2023-01-01`, { themes: ['talent'] }),
    );
    const middle = many[RELATED_WINDOW * 2]!;
    const related = createArticleIndex(many).related(middle, 1000);
    expect(related).toHaveLength(RELATED_WINDOW * 2);
    expect(related).not.toContain(many[0]);
    expect(related).toContain(many[RELATED_WINDOW * 2 + RELATED_WINDOW]);
  });
});
