import { describe, expect, it } from 'vitest';
import { daysWaiting, reviewCountLine, reviewItems } from '../../../src/core/review.ts';

const article = (review: string, imported?: string) =>
  `---\ntitle: A\npublished: '2023-01-05'\nreview: ${review}\n${imported ? `imported: '${imported}'\n` : ''}---\n\nText.\n`;

describe('reviewItems', () => {
  it('lists articles, people and sources with fields left to check, longest waiting first', () => {
    const items = reviewItems([
      { path: 'articles/2023/2023-01-05-b.md', text: article('[speakers, themes]', '2024-03-01') },
      { path: 'articles/2023/2023-01-05-a.md', text: article('[source]', '2024-02-01') },
      { path: 'articles/2023/2023-01-06-done.md', text: article('[]', '2024-02-01') },
      {
        path: 'people/hu-tao.yaml',
        text: "name: Hu Tao\ndescription: x\nreview: [name]\nimported: '2024-02-01'\n",
      },
      { path: 'people/checked.yaml', text: 'name: Checked\ndescription: x\n' },
      {
        path: 'sources.yaml',
        text: 'known:\n  label: K\n  description: d\nliaoning-daily:\n  label: L\n  description: d\n  review: [description]\n',
      },
      { path: 'themes.yaml', text: 'talent:\n  label: T\n  description: d\n' },
    ]);
    expect(items).toEqual([
      {
        kind: 'article',
        id: '2023-01-05-a',
        file: 'articles/2023/2023-01-05-a.md',
        fields: ['source'],
        since: '2024-02-01',
      },
      {
        kind: 'article',
        id: '2023-01-05-b',
        file: 'articles/2023/2023-01-05-b.md',
        fields: ['speakers', 'themes'],
        since: '2024-03-01',
      },
      { kind: 'person', id: 'hu-tao', file: 'people/hu-tao.yaml', fields: ['name'], since: '2024-02-01' },
      {
        kind: 'source',
        id: 'liaoning-daily',
        file: 'sources.yaml',
        fields: ['description'],
        since: undefined,
      },
    ]);
  });

  it('names the file whose YAML cannot be read', () => {
    expect(() =>
      reviewItems([{ path: 'people/bad.yaml', text: 'name: [unclosed\nreview: [name]\n' }]),
    ).toThrow(/^people\/bad\.yaml: cannot read it as YAML/);
  });

  it('does not parse a file that never says review (the content sync reports its YAML)', () => {
    expect(reviewItems([{ path: 'people/bad.yaml', text: 'name: [unclosed\n' }])).toEqual([]);
  });
});

describe('daysWaiting', () => {
  const item = { kind: 'article' as const, id: 'a', file: 'a.md', fields: ['source'] };

  it('counts the days from the import day to the day given', () => {
    expect(daysWaiting({ ...item, since: '2024-02-27' }, '2024-03-02')).toBe(4);
  });

  it('is unknown when the file records no import day', () => {
    expect(daysWaiting(item, '2024-03-02')).toBeUndefined();
  });
});

describe('reviewCountLine', () => {
  it('counts each kind in one line', () => {
    const items = reviewItems([
      { path: 'articles/a.md', text: article('[source]') },
      { path: 'articles/b.md', text: article('[themes]') },
      { path: 'people/p.yaml', text: 'name: P\ndescription: x\nreview: [name]\n' },
    ]);
    expect(reviewCountLine(items)).toBe(
      '2 articles, 1 person and 0 sources await review (npm run review lists them)',
    );
  });

  it('says so when nothing awaits review', () => {
    expect(reviewCountLine([])).toBe('nothing awaits review');
  });
});
