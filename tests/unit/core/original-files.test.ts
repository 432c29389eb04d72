import { describe, expect, it } from 'vitest';
import { originalFileId, originalFileOf } from '../../../src/core/content-files.ts';

describe.each([
  ['2023/2023-04-17-conference.zh.md', { articleId: '2023-04-17-conference', language: 'zh' }],
  ['2023-04-17-conference.zh-Hans.md', { articleId: '2023-04-17-conference', language: 'zh-Hans' }],
  ['2023/2023-04-17-conference.md', undefined],
  ['2023/2023-04-17-conference.zh.txt', undefined],
  ['2023/a.b.c.md', undefined],
])('the file name %j', (path, expected) => {
  it(
    expected ? `is the ${expected.language} original of ${expected.articleId}` : 'is not an original',
    () => {
      expect(originalFileOf(path)).toEqual(expected);
    },
  );
});

describe("an original's id", () => {
  it("is its article's id", () => {
    expect(originalFileId('content/articles')({ entry: '2023/2023-04-17-conference.zh.md' })).toBe(
      '2023-04-17-conference',
    );
  });

  it('refuses a second original of the same article, naming both files and the fix', () => {
    const id = originalFileId('./content/articles');
    id({ entry: '2023/2023-04-17-conference.zh.md' });
    expect(() => id({ entry: '2023/2023-04-17-conference.en.md' })).toThrow(
      'content/articles/2023/2023-04-17-conference.en.md: id: article "2023-04-17-conference" already has an original, content/articles/2023/2023-04-17-conference.zh.md; keep one of the two',
    );
  });

  it('refuses a file name that is no article id, with the fix', () => {
    expect(() => originalFileId('content/articles')({ entry: '2023/Conference.zh.md' })).toThrow(
      /Conference\.zh\.md: file name: .*like 2023-04-17-conference\.zh\.md/,
    );
  });
});
