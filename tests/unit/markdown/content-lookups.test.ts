import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContentLookups } from '../../../src/markdown/content-lookups.ts';

describe('readContentLookups', () => {
  test('reads people (with aliases, from sub-folders) and glossary terms', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lookups-'));
    mkdirSync(join(dir, 'people', 'liaoning'), { recursive: true });
    writeFileSync(
      join(dir, 'people', 'zhou-pengju.yaml'),
      'name: Zhou Pengju\naliases: [Zhou Peng-ju]\ndescription: Mayor.\n',
    );
    writeFileSync(
      join(dir, 'people', 'liaoning', 'hao-peng.yml'),
      'name: Hao Peng\ndescription: Secretary.\n',
    );
    writeFileSync(join(dir, 'people', '_draft.yaml'), 'name: Draft\ndescription: Skipped.\n');
    writeFileSync(join(dir, 'people', 'broken.yaml'), 'name: [unclosed\n');
    writeFileSync(join(dir, 'people', 'no-description.yaml'), 'name: Nobody\n');
    writeFileSync(
      join(dir, 'glossary.yaml'),
      '- id: two-sessions\n  term: Two Sessions\n  meaning: Yearly sessions.\n  original: 两会\n- term: no id\n  meaning: skipped\n',
    );
    expect(readContentLookups(dir)).toEqual({
      people: [
        { id: 'hao-peng', name: 'Hao Peng', aliases: [] },
        { id: 'zhou-pengju', name: 'Zhou Pengju', aliases: ['Zhou Peng-ju'] },
      ],
      glossary: [
        {
          id: 'two-sessions',
          term: 'Two Sessions',
          renderings: [],
          meaning: 'Yearly sessions.',
          original: '两会',
          related: [],
        },
      ],
    });
  });

  test('a content folder without people or glossary gives empty lookups', () => {
    expect(readContentLookups(mkdtempSync(join(tmpdir(), 'lookups-')))).toEqual({ people: [], glossary: [] });
  });
});
