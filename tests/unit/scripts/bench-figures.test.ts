import { describe, expect, it } from 'vitest';
import {
  compareWithStock,
  median,
  medianWrittenMB,
  summariseBuild,
} from '../../../scripts/lib/bench-figures.ts';

describe('benchmark figures', () => {
  const measured = {
    articles: 2,
    buildMs: 12_345,
    peakRssKB: 1_536_000,
    distBytes: 3 * 1024 * 1024,
    htmlFiles: [
      { path: 'index.html', bytes: 4096 },
      { path: 'articles/a/index.html', bytes: 10 * 1024 },
      { path: 'articles/b/index.html', bytes: 12 * 1024 },
      { path: 'people/zhou-pengju/index.html', bytes: 2048 },
    ],
    buildOutput: '12:00:01 [archive:pagefind] Indexed 2 pages for search in 3.46 s\n',
  };

  it('reports pages, seconds, megabytes and the mean article page size', () => {
    expect(summariseBuild(measured)).toEqual({
      articles: 2,
      pages: 4,
      buildSeconds: 12.3,
      searchIndexSeconds: 3.5,
      peakRssMB: 1500,
      msPerPage: 3086.25,
      distMB: 3,
      articleHtmlKB: 11,
    });
  });

  it('reads the search time from the line of an index built year by year', () => {
    const output =
      '12:00:01 [archive:pagefind] Indexed 2 pages for search in 0.4 s (1 of 2 years, 1 while the pages rendered; 1 reused)\n';
    expect(summariseBuild({ ...measured, buildOutput: output }).searchIndexSeconds).toBe(0.4);
  });

  it('says when no search index was built', () => {
    expect(summariseBuild({ ...measured, buildOutput: '' }).searchIndexSeconds).toBeNull();
  });

  it('copes with an empty site', () => {
    expect(summariseBuild({ ...measured, htmlFiles: [] })).toMatchObject({
      pages: 0,
      msPerPage: 0,
      articleHtmlKB: 0,
    });
  });
});

describe('medians and the side-by-side with stock Astro', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(/no values/);
  });

  it('gives the median of what the builds wrote in MB, and nothing when any build went uncounted', () => {
    const mib = 1024 * 1024;
    expect(medianWrittenMB([1_500 * mib, 1_400 * mib, 1_437.4 * mib])).toBe(1_437);
    expect(medianWrittenMB([1_400 * mib, undefined, 1_500 * mib])).toBeUndefined();
    expect(medianWrittenMB([])).toBeUndefined();
  });

  it('reports each build as a median and the ratios as medians of paired runs', () => {
    const comparison = compareWithStock([
      { archiveMs: 60_000, stockMs: 40_000, stockSearchMs: 20_000 },
      { archiveMs: 30_000, stockMs: 50_000, stockSearchMs: 10_000 },
      { archiveMs: 45_000, stockMs: 45_000, stockSearchMs: 15_000 },
    ]);
    expect(comparison).toEqual({
      runs: 3,
      archiveSeconds: 45,
      stockSeconds: 45,
      stockWithSearchSeconds: 60,
      // Paired ratios 1.0, 0.5, 0.75 → 0.75; without search 1.5, 0.6, 1.0 → 1.0.
      ratioToStockWithSearch: 0.75,
      ratioToStock: 1,
    });
  });
});
