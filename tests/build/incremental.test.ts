/**
 * A build that reuses the previous build's caches must write the same site as a cold build of the
 * same content: after adding one article, `astro build` without `--force` over the last output
 * equals `astro build --force` into an empty folder, file for file and byte for byte. The content
 * has articles in two years and the added one lands in the newer, so the search index of the
 * other year is reused from the cache rather than built again.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build-site.ts';
import { comparedFiles, differingFiles } from '../support/compare-sites.ts';

const WORK = '.tmp/build-tests/incremental';
const CONTENT = `${WORK}/content`;
const SEED_ID = '2023-04-17-zhou-pengju-science-and-technology-work-conference';
const ADDED_ID = '2023-05-02-zhou-pengju-added-after-the-first-build';
const OTHER_YEAR_ID = '2022-09-01-an-article-of-another-year';

/** An article of 2022 that shares no person or theme with the added one, so its page stays the same. */
const OTHER_YEAR_ARTICLE = [
  '---',
  "title: 'An article of another year'",
  "published: '2022-09-01'",
  'source: fuxin-news-network',
  'themes: [enterprise-cultivation]',
  '---',
  '',
  'An article published in 2022, in a year of its own in the search index.',
  '',
].join('\n');

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

let first: ReturnType<typeof buildSite>;
let again: ReturnType<typeof buildSite>;
let cold: ReturnType<typeof buildSite>;
beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync('content', CONTENT, { recursive: true });
  mkdirSync(`${CONTENT}/articles/2022`);
  writeFileSync(`${CONTENT}/articles/2022/${OTHER_YEAR_ID}.md`, OTHER_YEAR_ARTICLE);
  first = buildSite({ outDir: `${WORK}/incremental`, content: CONTENT });

  const seed = readFileSync(`${CONTENT}/articles/2023/${SEED_ID}.md`, 'utf8');
  writeFileSync(
    `${CONTENT}/articles/2023/${ADDED_ID}.md`,
    seed
      .replace(/^title: .*$/m, "title: 'An article added after the first build'")
      .replace(/^published: .*$/m, "published: '2023-05-02'")
      .replace(/^themes:\n(?: {2}- .*\n)+/m, 'themes: [talent]\n'),
  );
  again = buildSite({ outDir: `${WORK}/incremental`, content: CONTENT, force: false });
  cold = buildSite({ outDir: `${WORK}/cold`, content: CONTENT });
});

describe('a build after adding one article', () => {
  it('gives the same site as a cold build of the same content', () => {
    for (const build of [first, again, cold]) expect(build.status, build.output).toBe(0);
    const files = comparedFiles(`${WORK}/cold`);
    expect(files).toContain(`articles/${ADDED_ID}/index.html`);
    expect(files.some((file) => file.startsWith('pagefind/2023/fragment/'))).toBe(true);
    expect(comparedFiles(`${WORK}/incremental`)).toEqual(files);
    expect(differingFiles(files, `${WORK}/incremental`, `${WORK}/cold`)).toEqual([]);
  });

  it('indexes only the year of the added article for search and reuses the other', () => {
    expect(again.output).toMatch(/Indexed 3 pages for search in [\d.]+ s \(1 of 2 years; 1 reused\)/);
    expect(cold.output).toMatch(/Indexed 3 pages for search in [\d.]+ s \(2 of 2 years; 0 reused\)/);
  });

  it("writes the reused year's search bundle byte for byte as the cold build indexed it", () => {
    // Every file of the bundle, its filter and metadata indexes too (comparedFiles leaves those out).
    const bundle = readdirSync(`${WORK}/cold/pagefind/2022`, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(`${WORK}/cold`, join(entry.parentPath, entry.name)));
    expect(bundle).toContain('pagefind/2022/pagefind-entry.json');
    expect(differingFiles(bundle, `${WORK}/incremental`, `${WORK}/cold`)).toEqual([]);
  });
});
