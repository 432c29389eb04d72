/**
 * A build that reuses the previous build's caches must write the same site as a cold build of the
 * same content: after adding one article, `astro build` without `--force` over the last output
 * equals `astro build --force` into an empty folder, file for file and byte for byte.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build-site.ts';
import { comparedFiles, differingFiles } from '../support/compare-sites.ts';

const WORK = '.tmp/build-tests/incremental';
const CONTENT = `${WORK}/content`;
const SEED_ID = '2023-04-17-zhou-pengju-science-and-technology-work-conference';
const ADDED_ID = '2023-05-02-zhou-pengju-added-after-the-first-build';

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

let first: ReturnType<typeof buildSite>;
let again: ReturnType<typeof buildSite>;
let cold: ReturnType<typeof buildSite>;
beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync('content', CONTENT, { recursive: true });
  first = buildSite({ outDir: `${WORK}/incremental`, content: CONTENT });

  const seed = readFileSync(`${CONTENT}/articles/2023/${SEED_ID}.md`, 'utf8');
  writeFileSync(
    `${CONTENT}/articles/2023/${ADDED_ID}.md`,
    seed
      .replace(/^title: .*$/m, "title: 'An article added after the first build'")
      .replace(/^published: .*$/m, "published: '2023-05-02'"),
  );
  again = buildSite({ outDir: `${WORK}/incremental`, content: CONTENT, force: false });
  cold = buildSite({ outDir: `${WORK}/cold`, content: CONTENT });
});

describe('a build after adding one article', () => {
  it('gives the same site as a cold build of the same content', () => {
    for (const build of [first, again, cold]) expect(build.status, build.output).toBe(0);
    const files = comparedFiles(`${WORK}/cold`);
    expect(files).toContain(`articles/${ADDED_ID}/index.html`);
    expect(comparedFiles(`${WORK}/incremental`)).toEqual(files);
    expect(differingFiles(files, `${WORK}/incremental`, `${WORK}/cold`)).toEqual([]);
  });
});
