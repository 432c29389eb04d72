import { describe, expect, it } from 'vitest';
import { createPageKeys, namedRecords, pageKey } from '../../../src/site/page-keys.ts';
import { archiveOf, article, conference } from '../../support/archive.ts';

const digestOf = (id: string) => `digest-of-${id}`;

describe('a page key', () => {
  it('is the same for the same data, built anew', () => {
    expect(pageKey({ a: 1, list: [1, 2] }, 'x')).toBe(pageKey({ a: 1, list: [1, 2] }, 'x'));
  });

  it('changes with any value, and with the contents of maps and sets', () => {
    const keys = [
      pageKey({ a: 1 }),
      pageKey({ a: 2 }),
      pageKey(new Map([['k', 1]])),
      pageKey(new Map([['k', 2]])),
      pageKey(new Set(['x'])),
      pageKey(new Set(['y'])),
      pageKey(undefined),
      pageKey(null, 'a'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the records an article names', () => {
  it('are its people, its themes and its source', () => {
    const archive = archiveOf();
    const [shown] = archive.articles;
    const records = namedRecords(shown!, archive);
    expect(records.people).toContainEqual(archive.people.get(shown!.speakers[0]!.person));
    expect(records.themes).toEqual(shown!.themes.map((id) => archive.themes.get(id)));
    expect(records.source).toEqual(archive.sources.get(shown!.source));
  });
});

describe("the archive's page keys", () => {
  const keyOf = (archive = archiveOf(), digests = digestOf) => {
    const key = createPageKeys(archive, digests);
    return key({ page: 1, items: archive.articles });
  };

  it('are the same for the same archive, counted anew', () => {
    expect(keyOf()).toBe(keyOf());
  });

  it('change when a theme, person or source an article names changes', () => {
    const before = keyOf();
    const [shown] = archiveOf().articles;
    const relabelled = archiveOf();
    const theme = shown!.themes[0]!;
    relabelled.themes.set(theme, { ...relabelled.themes.get(theme)!, label: 'Relabelled' });
    expect(keyOf(relabelled)).not.toBe(before);
    const renamed = archiveOf();
    const person = shown!.speakers[0]!.person;
    renamed.people.set(person, { ...renamed.people.get(person)!, description: 'Described anew.' });
    expect(keyOf(renamed)).not.toBe(before);
  });

  it('do not change for a theme no article on the page names', () => {
    const unrelated = archiveOf();
    unrelated.themes.set('unused', { id: 'unused', label: 'Unused', description: '', keywords: [] });
    expect(keyOf(unrelated)).toBe(keyOf());
  });

  it('change when an article’s file changes', () => {
    expect(keyOf(archiveOf(), (id) => `${digestOf(id)}-edited`)).not.toBe(keyOf());
  });

  it('count an article of the archive by its digest, and any other value in full', () => {
    const archive = archiveOf([conference(), article('2023-05-01-other', '2023-05-01')]);
    const key = createPageKeys(archive, digestOf);
    const [first, second] = archive.articles;
    expect(key(first)).not.toBe(key(second));
    // A copy is not the archive's article: it counts by its fields, which a title change alters.
    expect(key({ ...first!, title: 'Changed' })).not.toBe(key({ ...first! }));
  });
});
