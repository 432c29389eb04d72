import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appendToCollectionFile,
  readArchiveKnowledge,
  writeNewFile,
} from '../../../src/import/content-store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'content-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('writeNewFile', () => {
  it('creates the file and its folders, leaving no temporary file behind', () => {
    const path = join(dir, 'articles', '2023', 'a.md');
    expect(writeNewFile(path, 'text\n')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('text\n');
    expect(readdirSync(join(dir, 'articles', '2023'))).toEqual(['a.md']);
  });

  it('never replaces an existing file', () => {
    const path = join(dir, 'a.md');
    writeFileSync(path, 'archivist edits\n');
    expect(writeNewFile(path, 'import\n')).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('archivist edits\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});

describe('appendToCollectionFile', () => {
  it('adds entries after the existing ones, keeping comments', () => {
    writeFileSync(join(dir, 'sources.yaml'), '# Publications.\na:\n  label: A\n  description: First.\n');
    appendToCollectionFile(dir, 'sources.yaml', 'b:\n  label: B\n  description: Second.\n');
    expect(readFileSync(join(dir, 'sources.yaml'), 'utf8')).toBe(
      '# Publications.\na:\n  label: A\n  description: First.\nb:\n  label: B\n  description: Second.\n',
    );
    expect(readdirSync(dir)).toEqual(['sources.yaml']);
  });
});

describe('readArchiveKnowledge', () => {
  it('reads people with their other spellings, themes, sources, article ids and content hashes', () => {
    const archive = readArchiveKnowledge('content');
    expect(archive.people.find((person) => person.id === 'zhou-pengju')).toEqual({
      id: 'zhou-pengju',
      name: 'Zhou Pengju',
      aliases: [],
    });
    expect(archive.themes.find((theme) => theme.id === 'talent')?.keywords).toContain('talent');
    expect(archive.sources).toContainEqual({
      id: 'fuxin-news-network',
      label: 'Fuxin News Network',
      translation: { from: 'zh', method: 'machine' },
    });
    expect(archive.articleIds.has('2023-04-17-zhou-pengju-science-and-technology-work-conference')).toBe(
      true,
    );
    expect(archive.hashes.get('1d864086e7287bc3e2e9c813f7b7b13915dd3e5025f314eda3e213febe183e21')).toBe(
      '2023-04-17-zhou-pengju-science-and-technology-work-conference',
    );
  });

  it('names the file when a data file is not YAML', () => {
    writeFileSync(join(dir, 'themes.yaml'), 'a: [unclosed\n');
    expect(() => readArchiveKnowledge(dir)).toThrow(
      new RegExp(`^${dir}/themes.yaml: cannot read it as YAML`),
    );
  });
});
