/**
 * The benchmark's stock Astro site (`npm run bench -- --vs-stock`) must really build the four page
 * types from the same content, or the side-by-side ratio compares against nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stockSiteFiles } from '../../scripts/lib/stock-site.ts';
import { writeCorpus } from '../../scripts/generate-corpus.ts';

const WORK = resolve('.tmp/build-tests/stock-site');
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

let build: ReturnType<typeof spawnSync>;
beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  writeCorpus(`${WORK}/content`, 12, 3);
  for (const file of stockSiteFiles(`${WORK}/content`)) {
    const path = join(WORK, 'stock', file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: `${WORK}/stock`,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
});

const pagesUnder = (dir: string) =>
  readdirSync(join(WORK, 'stock/dist', dir), { recursive: true }).filter((file) =>
    String(file).endsWith('index.html'),
  ).length;

describe('the stock Astro site of the side-by-side benchmark', () => {
  it('builds an index, every article and a page per person and per theme from the corpus', () => {
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
    expect(existsSync(join(WORK, 'stock/dist/index.html'))).toBe(true);
    expect(pagesUnder('articles')).toBe(12);
    expect(pagesUnder('people')).toBe(readdirSync(`${WORK}/content/people`).length);
    expect(pagesUnder('themes')).toBe(
      Object.keys(parse(readFileSync(`${WORK}/content/themes.yaml`, 'utf8')) as object).length,
    );
  });
});
