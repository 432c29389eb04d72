import { describe, expect, it } from 'vitest';
import { contentDir, idFromPath, uniqueFileId } from '../../../src/core/content-files.ts';
import { slugId } from '../../../src/core/schemas.ts';

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
