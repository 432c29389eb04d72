import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let content = '';

beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'review-'));
  mkdirSync(join(content, 'articles', '2023'), { recursive: true });
  mkdirSync(join(content, 'people'));
});

afterEach(() => rmSync(content, { recursive: true, force: true }));

const review = () =>
  spawnSync(process.execPath, ['scripts/review.ts', '--content', content], { encoding: 'utf8' });

describe('npm run review', () => {
  it('lists each entry awaiting review with its fields and import day, then counts them', () => {
    writeFileSync(
      join(content, 'articles', '2023', '2023-01-05-fair.md'),
      "---\ntitle: Fair\npublished: '2023-01-05'\nsource: not-stated\nthemes: [unclassified]\nreview: [source, themes]\nimported: '2024-02-01'\n---\n\nText.\n",
    );
    writeFileSync(
      join(content, 'people', 'hu-tao.yaml'),
      "name: Hu Tao\ndescription: x\nreview: [name]\nimported: '2024-02-01'\n",
    );
    writeFileSync(join(content, 'sources.yaml'), 'not-stated:\n  label: Not stated\n  description: d\n');
    const { status, stdout } = review();
    expect(status).toBe(0);
    expect(stdout).toMatch(/^article\s+2023-01-05-fair\s+source, themes\s+2024-02-01\s/m);
    expect(stdout).toMatch(/^person\s+hu-tao\s+name\s+2024-02-01\s/m);
    expect(stdout).toContain('1 article, 1 person and 0 sources await review');
  });

  it('says when nothing awaits review', () => {
    writeFileSync(join(content, 'sources.yaml'), 'known:\n  label: K\n  description: d\n');
    expect(review().stdout).toBe('Nothing awaits review.\n');
  });
});
