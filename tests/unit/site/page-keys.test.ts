import { describe, expect, it } from 'vitest';
import { pageKey, recordsOf } from '../../../src/site/page-keys.ts';
import { archiveOf, article, conference } from '../../support/archive.ts';

const digests = new Map([['2023-04-17-conference', 'digest-1']]);
const digestOf = (id: string) => digests.get(id) ?? `digest-of-${id}`;

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

describe('the records a page renders', () => {
  const archive = archiveOf();
  const [shown] = archive.articles;

  it('holds the articles, their digests, and the people, themes and source they name', () => {
    const records = recordsOf([shown!], archive, digestOf);
    expect(records.articles).toEqual([shown]);
    expect(records.digests).toEqual([digestOf(shown!.id)]);
    expect(records.people.length).toBeGreaterThan(0);
    expect(records.people).toContainEqual(archive.people.get(shown!.speakers[0]!.person));
    expect(records.themes).toEqual([...shown!.themes].sort().map((id) => archive.themes.get(id)));
    expect(records.sources).toEqual([archive.sources.get(shown!.source)]);
  });

  it('changes the key when a named record changes, and only then', () => {
    const before = pageKey(recordsOf([shown!], archive, digestOf));
    const theme = shown!.themes[0]!;
    const relabelled = archiveOf();
    relabelled.themes.set(theme, { ...relabelled.themes.get(theme)!, label: 'Relabelled' });
    expect(pageKey(recordsOf([shown!], relabelled, digestOf))).not.toBe(before);

    const unrelated = archiveOf();
    unrelated.themes.set('unused', { id: 'unused', label: 'Unused', description: '', keywords: [] });
    expect(pageKey(recordsOf([shown!], unrelated, digestOf))).toBe(before);
  });

  it('changes the key when an article’s file changes', () => {
    const before = pageKey(recordsOf([shown!], archive, digestOf));
    expect(pageKey(recordsOf([shown!], archive, (id) => `${digestOf(id)}-edited`))).not.toBe(before);
  });

  it('lists each person, theme and source once, whatever the order of the articles', () => {
    const other = article('2023-05-01-other', '2023-05-01', {
      speakers: conference().speakers,
      themes: shown!.themes,
    });
    const forwards = recordsOf([shown!, other], archive, digestOf);
    const backwards = recordsOf([other, shown!], archive, digestOf);
    expect(forwards.people).toEqual(backwards.people);
    expect(new Set(forwards.themes).size).toBe(forwards.themes.length);
  });
});
