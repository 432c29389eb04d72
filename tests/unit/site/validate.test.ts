import { describe, expect, it } from 'vitest';
import { ContentError, findContentProblems } from '../../../src/site/validate.ts';
import { article } from '../../support/archive.ts';

describe('cross-collection checks', () => {
  const known = {
    people: new Set(['zhou-pengju']),
    themes: new Set(['talent']),
    sources: new Set(['fuxin-news-network']),
  };

  it('finds nothing wrong in consistent content, including an empty archive', () => {
    expect(findContentProblems([], known)).toEqual([]);
    expect(
      findContentProblems(
        [
          article('a', '2023-04-17', {
            speakers: [{ person: 'zhou-pengju', role: 'Mayor', act: 'presided' }],
          }),
        ],
        known,
      ),
    ).toEqual([]);
  });

  it('names the file, the field and the fix for each unknown id', () => {
    const broken = article('a', '2023-04-17', {
      source: 'xinhua',
      speakers: [
        { person: 'zhou-pengju', role: 'Mayor', act: 'presided' },
        { person: 'Zhou-Pengju', role: 'Mayor', act: 'x' },
      ],
      mentions: [{ person: 'hao-peng' }],
      themes: ['talent', 'science'],
    });
    expect(findContentProblems([broken], known)).toEqual([
      'content/articles/2023/a.md: source: unknown source "xinhua"; add it to content/sources.yaml or use one of: fuxin-news-network',
      'content/articles/2023/a.md: speakers[1].person: unknown person "Zhou-Pengju"; create content/people/Zhou-Pengju.yaml or fix the id',
      'content/articles/2023/a.md: mentions[0].person: unknown person "hao-peng"; create content/people/hao-peng.yaml or fix the id',
      'content/articles/2023/a.md: themes[1]: unknown theme "science"; add it to content/themes.yaml or use one of: talent',
    ]);
  });

  it('refuses theme and source ids that are not slugs', () => {
    expect(findContentProblems([], { ...known, themes: new Set(['Talent']) })).toEqual([
      'content/themes.yaml: theme id "Talent": not a lower-case slug; use a-z, 0-9 and single hyphens',
    ]);
  });

  it('reports every problem at once, one per line', () => {
    const error = new ContentError(['a.md: x: one', 'b.md: y: two']);
    expect(error.message.split('\n')).toEqual([
      "The archive's content has 2 problems:",
      'a.md: x: one',
      'b.md: y: two',
    ]);
  });
});
