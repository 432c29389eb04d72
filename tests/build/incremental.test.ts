/**
 * A build that reuses the previous build's caches must write the same site as a cold build of the
 * same content: after adding one article, `astro build` without `--force` over the last output
 * equals `astro build --force` into an empty folder, file for file and byte for byte.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build-site.ts';

const WORK = '.tmp/build-tests/incremental';
const CONTENT = `${WORK}/content`;
const SEED_ID = '2023-04-17-zhou-pengju-science-and-technology-work-conference';
const ADDED_ID = '2023-05-02-zhou-pengju-added-after-the-first-build';

/** Pagefind's filter and metadata indexes change order from run to run (reproducible.test.ts). */
const isCompared = (file: string): boolean =>
  !file.startsWith('pagefind/') || file.startsWith('pagefind/fragment/');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter(isCompared)
    .sort();
}

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
    const files = filesUnder(`${WORK}/cold`);
    expect(files).toContain(`articles/${ADDED_ID}/index.html`);
    expect(filesUnder(`${WORK}/incremental`)).toEqual(files);
    const differing = files.filter(
      (file) =>
        !readFileSync(join(`${WORK}/incremental`, file)).equals(readFileSync(join(`${WORK}/cold`, file))),
    );
    expect(differing).toEqual([]);
  });
});
