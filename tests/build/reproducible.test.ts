/** A calendar day is not an instant: the built HTML must not depend on the build machine's time zone. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build-site.ts';
import { APPLIED_MESSAGE } from '../../src/integrations/content-store-from-disk.ts';

const WORK = '.tmp/build-tests/time-zones';

/**
 * Pagefind writes its filter and metadata indexes in hash-map order, which changes from run to run
 * whatever the time zone (Pagefind issue #638); its page fragments, which hold the text and dates,
 * are stable, so they are compared and the rest of `pagefind/` is not.
 */
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

let honolulu: ReturnType<typeof buildSite>;
let shanghai: ReturnType<typeof buildSite>;
beforeAll(() => {
  honolulu = buildSite({ outDir: `${WORK}/honolulu`, timeZone: 'Pacific/Honolulu' });
  shanghai = buildSite({ outDir: `${WORK}/shanghai`, timeZone: 'Asia/Shanghai' });
});

describe('a static build', () => {
  it("reads Astro's content store from its file instead of bundling it (src/integrations/content-store-from-disk.ts)", () => {
    expect(honolulu.status, honolulu.output).toBe(0);
    expect(honolulu.output).toContain(APPLIED_MESSAGE);
    expect(honolulu.output).not.toMatch(/content store module .* was not loaded/);
  });
});

describe('builds in different time zones', () => {
  it('give byte-identical sites under TZ=Pacific/Honolulu and TZ=Asia/Shanghai', () => {
    expect(honolulu.status, honolulu.output).toBe(0);
    expect(shanghai.status, shanghai.output).toBe(0);

    const files = filesUnder(`${WORK}/honolulu`);
    expect(files).toEqual(filesUnder(`${WORK}/shanghai`));
    expect(files).toContain(
      'articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/index.html',
    );
    expect(files.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    const differing = files.filter(
      (file) =>
        !readFileSync(join(`${WORK}/honolulu`, file)).equals(readFileSync(join(`${WORK}/shanghai`, file))),
    );
    expect(differing).toEqual([]);

    const article = readFileSync(
      `${WORK}/honolulu/articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/index.html`,
      'utf8',
    );
    expect(article).toContain('<time datetime="2023-04-17">17 April 2023</time>');
    expect(article).toContain('<time datetime="2023-04-14">14 Apr 2023</time>');
  });
});
