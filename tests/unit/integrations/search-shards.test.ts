import { describe, expect, it } from 'vitest';
import {
  fileOfArticleUrl,
  groupByYear,
  indexedLine,
  isArticleAddress,
  lastBuildPagesFile,
  parseLastBuildPages,
  pageDigest,
  parseShardCacheManifest,
  pathWithoutBase,
  planShards,
  sameIndexedPages,
  shardsFile,
  yearHash,
  urlOfArticleFile,
  yearInPage,
  yearOfArticlePage,
  type IndexedPage,
} from '../../../src/integrations/search-shards.ts';

const page = (url: string, year: string, digest = 'a'): IndexedPage => ({ url, year, digest });

describe('yearInPage', () => {
  it("reads a page's year filter, and gives nothing for a page without one", () => {
    expect(yearInPage('<span data-pagefind-filter="year">2022</span>')).toBe('2022');
    expect(yearInPage('<span data-pagefind-filter="year">22</span>')).toBeUndefined();
  });
});

describe('yearOfArticlePage', () => {
  it('reads the year filter SearchMetadata.astro writes', () => {
    const html =
      '<div hidden data-pagefind-ignore><span data-pagefind-filter="theme">Talent</span><span data-pagefind-filter="year">2023</span></div>';
    expect(yearOfArticlePage(html, 'articles/seed/index.html')).toBe('2023');
  });

  it.each([
    ['no year at all', '<article data-pagefind-body><h1>周鹏举</h1></article>'],
    ['a year that is not four digits', '<span data-pagefind-filter="year">23</span>'],
    ['another filter only', '<span data-pagefind-filter="theme">2023</span>'],
  ])('names the page when it has %s', (_, html) =>
    expect(() => yearOfArticlePage(html, 'articles/cut-short/index.html')).toThrow(
      /^articles\/cut-short\/index\.html: no <span data-pagefind-filter="year">/,
    ),
  );
});

describe('groupByYear', () => {
  it('is empty for an archive without articles', () => expect(groupByYear([])).toEqual(new Map()));

  it('puts each page in its year, years oldest first and pages in address order', () => {
    const grouped = groupByYear([
      page('/articles/b/', '2023'),
      page('/articles/c/', '2021'),
      page('/articles/a/', '2023'),
    ]);
    expect([...grouped.keys()]).toEqual(['2021', '2023']);
    expect(grouped.get('2023')?.map(({ url }) => url)).toEqual(['/articles/a/', '/articles/b/']);
  });
});

describe('pageDigest', () => {
  it('is the same for a rendered page and its file’s bytes, so the live index and the folder agree', () => {
    const html = '<main><h1>周鹏举 at the conference</h1></main>';
    expect(pageDigest(html)).toBe(pageDigest(new TextEncoder().encode(html)));
    expect(pageDigest(html)).not.toBe(pageDigest(html.replace('周', '朱')));
  });
});

describe('yearHash', () => {
  const pages = [page('/articles/a/', '2023', '1'), page('/articles/b/', '2023', '2')];

  it('does not depend on the order the pages were read in', () =>
    expect(yearHash([...pages].reverse())).toBe(yearHash(pages)));

  it.each([
    ['a page changes', [pages[0], page('/articles/b/', '2023', '3')]],
    ['a page is added', [...pages, page('/articles/c/', '2023', '1')]],
    ['a page is removed', [pages[0]]],
    ['a page moves to another address', [pages[0], page('/articles/B/', '2023', '2')]],
  ])('changes when %s', (_, changed) => expect(yearHash(changed as IndexedPage[])).not.toBe(yearHash(pages)));
});

describe('parseShardCacheManifest', () => {
  it('reads a manifest it wrote', () =>
    expect(parseShardCacheManifest('{"indexer":"pagefind 1.6.0","years":{"2023":"abc"}}')).toEqual({
      indexer: 'pagefind 1.6.0',
      years: { '2023': 'abc' },
    }));

  it.each([
    ['no file', undefined],
    ['broken JSON', '{"indexer":'],
    ['null', 'null'],
    ['no indexer', '{"years":{}}'],
    ['a hash that is not text', '{"indexer":"x","years":{"2023":1}}'],
  ])('gives nothing to reuse for %s', (_, text) => expect(parseShardCacheManifest(text)).toBeUndefined());
});

describe('planShards', () => {
  const hashes = new Map([
    ['2021', 'h2021'],
    ['2022', 'h2022'],
    ['2023', 'h2023-new'],
  ]);
  const manifest = {
    indexer: 'pagefind 1.6.0',
    years: { '2020': 'h2020', '2021': 'h2021', '2023': 'h2023' },
  };

  it('reuses unchanged years, indexes changed and new ones, and drops years no longer there', () =>
    expect(planShards(hashes, 'pagefind 1.6.0', manifest, false)).toEqual({
      index: ['2022', '2023'],
      reuse: ['2021'],
      drop: ['2020'],
    }));

  it('reuses nothing in a cold build', () =>
    expect(planShards(hashes, 'pagefind 1.6.0', manifest, true)).toEqual({
      index: ['2021', '2022', '2023'],
      reuse: [],
      drop: ['2020'],
    }));

  it('reuses nothing made by another Pagefind or other index options', () =>
    expect(planShards(hashes, 'pagefind 1.7.0', manifest, false).reuse).toEqual([]));

  it('indexes everything when there is no cache yet', () =>
    expect(planShards(hashes, 'pagefind 1.6.0', undefined, false)).toEqual({
      index: ['2021', '2022', '2023'],
      reuse: [],
      drop: [],
    }));

  it('has nothing to do for an archive without articles', () =>
    expect(planShards(new Map(), 'pagefind 1.6.0', manifest, false)).toEqual({
      index: [],
      reuse: [],
      drop: ['2020', '2021', '2023'],
    }));
});

describe('shardsFile', () => {
  it('lists the years newest first with their bundle folder and page count', () =>
    expect(
      JSON.parse(
        shardsFile(
          new Map([
            ['2021', 22],
            ['2023', 3],
            ['2022', 2],
          ]),
        ),
      ),
    ).toEqual({
      shards: [
        { year: '2023', path: '2023/', pages: 3 },
        { year: '2022', path: '2022/', pages: 2 },
        { year: '2021', path: '2021/', pages: 22 },
      ],
    }));

  it('is the same text for the same years, whatever their order', () =>
    expect(
      shardsFile(
        new Map([
          ['2022', 2],
          ['2023', 1],
        ]),
      ),
    ).toBe(
      shardsFile(
        new Map([
          ['2023', 1],
          ['2022', 2],
        ]),
      ),
    ));

  it('lists no years for an archive without articles', () =>
    expect(JSON.parse(shardsFile(new Map()))).toEqual({ shards: [] }));
});

describe('indexedLine', () => {
  it('starts with the words the benchmark reads, then says how many years were indexed, while the pages rendered, and reused', () =>
    expect(indexedLine(10_000, 2.14, 3, 7, 2)).toBe(
      'Indexed 10000 pages for search in 2.1 s (3 of 10 years, 2 while the pages rendered; 7 reused)',
    ));

  it('says year for a single year', () =>
    expect(indexedLine(1, 0.04, 1, 0, 1)).toBe(
      'Indexed 1 pages for search in 0.0 s (1 of 1 year, 1 while the pages rendered; 0 reused)',
    ));
});

describe('isArticleAddress', () => {
  it("takes an article page's address, and no other page's or file's", () => {
    expect(isArticleAddress('/articles/2023-04-17-zhou-pengju/')).toBe(true);
    expect(isArticleAddress('/articles/%E5%91%A8/')).toBe(true);
    for (const other of [
      '/articles/',
      '/articles/page/2/',
      '/articles/2023-04-17-zhou-pengju/index.json',
      '/articles/2023-04-17-zhou-pengju',
      '/people/zhou-pengju/',
      '/sub/articles/2023-04-17-zhou-pengju/',
      '/articles/../',
      '/articles/./',
      '/',
    ]) {
      expect(isArticleAddress(other), other).toBe(false);
    }
  });
});

describe('pathWithoutBase', () => {
  it('takes the base path off, keeping the leading slash', () => {
    expect(pathWithoutBase('/sub/articles/x/', '/sub/')).toBe('/articles/x/');
    expect(pathWithoutBase('/sub/articles/x/', '/sub')).toBe('/articles/x/');
    expect(pathWithoutBase('/a/b/articles/x/', '/a/b/')).toBe('/articles/x/');
  });

  it('leaves an address under the root base, or outside the base, as it is', () => {
    expect(pathWithoutBase('/articles/x/', '/')).toBe('/articles/x/');
    expect(pathWithoutBase('/subway/articles/x/', '/sub/')).toBe('/subway/articles/x/');
  });

  it('decodes percent-escapes, as the page file is named, and keeps an address it cannot decode', () => {
    expect(pathWithoutBase('/sub/articles/%E5%91%A8-2023/', '/sub/')).toBe('/articles/周-2023/');
    expect(pathWithoutBase('/articles/%E5%91/', '/')).toBe('/articles/%E5%91/');
  });
});

describe('sameIndexedPages', () => {
  const pages = [page('/articles/a/', '2023', 'd1'), page('/articles/b/', '2023', 'd2')];
  it('holds for the same pages in the same order with the same digests', () =>
    expect(
      sameIndexedPages(
        pages.map(({ url, digest }) => ({ url, digest })),
        pages,
      ),
    ).toBe(true));

  it('fails for a page more or less, another order, another digest, or nothing indexed', () => {
    expect(sameIndexedPages(pages.slice(0, 1), pages)).toBe(false);
    expect(sameIndexedPages([...pages, page('/articles/c/', '2023')], pages)).toBe(false);
    expect(sameIndexedPages([...pages].reverse(), pages)).toBe(false);
    expect(sameIndexedPages([pages[0]!, { ...pages[1]!, digest: 'other' }], pages)).toBe(false);
    expect(sameIndexedPages(undefined, pages)).toBe(false);
    expect(sameIndexedPages([], [])).toBe(true);
  });
});

describe('urlOfArticleFile and fileOfArticleUrl', () => {
  it("turn an article page's file into its address in the index and back", () => {
    expect(urlOfArticleFile('articles/2023-04-17-fuxin/index.html')).toBe('/articles/2023-04-17-fuxin/');
    expect(fileOfArticleUrl('/articles/2023-04-17-fuxin/')).toBe('articles/2023-04-17-fuxin/index.html');
    expect(fileOfArticleUrl(urlOfArticleFile('articles/阜新/index.html'))).toBe('articles/阜新/index.html');
  });
});

describe('lastBuildPagesFile and parseLastBuildPages', () => {
  const years = new Map([
    ['2023', [{ url: '/articles/b/' }, { url: '/articles/a/' }]],
    ['2022', [{ url: '/articles/c/' }]],
  ]);

  it("record each year's pages in address order, for the same output folder", () => {
    const text = lastBuildPagesFile('/site/dist/', years);
    expect(parseLastBuildPages(text, '/site/dist/')).toEqual(
      new Map([
        ['2023', ['/articles/a/', '/articles/b/']],
        ['2022', ['/articles/c/']],
      ]),
    );
  });

  it('give nothing for another output folder, a missing file or a broken one', () => {
    const text = lastBuildPagesFile('/site/dist/', years);
    expect(parseLastBuildPages(text, '/site/other/')).toBeUndefined();
    expect(parseLastBuildPages(undefined, '/site/dist/')).toBeUndefined();
    expect(parseLastBuildPages('{"outDir":"/site/dist/"', '/site/dist/')).toBeUndefined();
    expect(
      parseLastBuildPages('{"outDir":"/site/dist/","years":{"2023":[1]}}', '/site/dist/'),
    ).toBeUndefined();
    expect(parseLastBuildPages('null', '/site/dist/')).toBeUndefined();
    const outside = '{"outDir":"/site/dist/","years":{"2023":["/articles/a/","/articles/../../x/"]}}';
    expect(parseLastBuildPages(outside, '/site/dist/')).toBeUndefined();
  });
});
