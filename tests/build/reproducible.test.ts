/** A calendar day is not an instant: the built HTML must not depend on the build machine's time zone. */
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/build-site.ts';
import { comparedFiles, differingFiles } from '../support/compare-sites.ts';
import { APPLIED_MESSAGE } from '../../src/integrations/content-store-from-disk.ts';

const WORK = '.tmp/build-tests/time-zones';

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

    const files = comparedFiles(`${WORK}/honolulu`);
    expect(files).toEqual(comparedFiles(`${WORK}/shanghai`));
    expect(files).toContain(
      'articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/index.html',
    );
    expect(files).toContain('pagefind/shards.json');
    expect(files.some((file) => file.startsWith('pagefind/2023/fragment/'))).toBe(true);
    expect(differingFiles(files, `${WORK}/honolulu`, `${WORK}/shanghai`)).toEqual([]);

    const article = readFileSync(
      `${WORK}/honolulu/articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/index.html`,
      'utf8',
    );
    expect(article).toContain('<time datetime="2023-04-17">17 April 2023</time>');
    expect(article).toContain('<time datetime="2023-04-14">14 Apr 2023</time>');
  });
});
