import { describe, expect, it } from 'vitest';
import { idFromPath, uniqueFileId, contentDir } from '../../../src/core/content-files.ts';
import {
  isoDay,
  personSchema,
  repeatedSpeakers,
  slugId,
  sourceSchema,
  themeSchema,
  translationSchema,
} from '../../../src/core/schemas.ts';
import { ContentError, findContentProblems } from '../../../src/site/validate.ts';
import { article } from '../../support/archive.ts';

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

describe('ids', () => {
  it.each(['zhou-pengju', 'zhang-jianjun-2', '2023-04-17-conference'])('accepts %j', (id) => {
    expect(slugId.safeParse(id).success).toBe(true);
  });

  it.each(['Zhou-Pengju', 'zhou pengju', 'zhou--pengju', '-zhou', 'zhou_pengju', '周鹏举', ''])(
    'refuses %j',
    (id) => {
      expect(slugId.safeParse(id).success).toBe(false);
    },
  );

  it('takes an id from the file name, whatever the folder', () => {
    expect(idFromPath('2023/2023-04-17-conference.md')).toBe('2023-04-17-conference');
    expect(idFromPath('zhou-pengju.yaml')).toBe('zhou-pengju');
  });

  it('refuses two files with the same name in different folders, naming both', () => {
    const generateId = uniqueFileId('./content/articles');
    expect(generateId({ entry: '2023/2023-04-17-a.md' })).toBe('2023-04-17-a');
    expect(() => generateId({ entry: '2024/2023-04-17-a.md' })).toThrow(
      'content/articles/2024/2023-04-17-a.md: id: "2023-04-17-a" is already used by content/articles/2023/2023-04-17-a.md; rename one of the two files',
    );
  });

  it('gives the same file the same id when it is loaded again (as in dev)', () => {
    const generateId = uniqueFileId('content/people');
    expect(generateId({ entry: 'zhou-pengju.yaml' })).toBe(generateId({ entry: 'zhou-pengju.yaml' }));
  });

  it('refuses ids that differ from a slug only by case', () => {
    const generateId = uniqueFileId('content/people');
    expect(() => generateId({ entry: 'Zhou-Pengju.yaml' })).toThrow(
      /content\/people\/Zhou-Pengju.yaml: file name: "Zhou-Pengju" is not a lower-case slug/,
    );
  });

  it('reads the content folder from ARCHIVE_CONTENT_DIR', () => {
    expect(contentDir({})).toBe('./content');
    expect(contentDir({ ARCHIVE_CONTENT_DIR: '.tmp/bench/content/' })).toBe('.tmp/bench/content');
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
