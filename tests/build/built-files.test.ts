/**
 * Checks on the built files themselves (no browser): feeds, sitemap, robots.txt, JSON-LD and page
 * metadata of the archive the end-to-end tests use (`tests/support/e2e-content.ts`), built here
 * at `/` and under `/archive/` into `.tmp/build-tests/built-files/<site>`.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../../scripts/build-site.ts';
import { UNUSED_BUNDLE_FILES } from '../../src/integrations/pagefind-year.ts';
import { DEFAULT_SITE } from '../../src/core/deploy-settings.ts';
import { assembleE2EContent, TEST_BASES } from '../support/e2e-content.ts';
import { xmlWellFormednessError } from '../support/well-formed-xml.ts';

const WORK = '.tmp/build-tests/built-files';
const CONTENT = `${WORK}/content`;

/** One build: its deploy base and the folder it was built into. */
interface BuiltSite {
  name: string;
  base: string;
  dir: string;
}

const SITES: BuiltSite[] = TEST_BASES.map(({ name, base }) => ({ name, base, dir: `${WORK}/${name}` }));
/** Each site's build log, by name. */
const buildLogs = new Map<string, string>();

beforeAll(() => {
  assembleE2EContent(CONTENT);
  for (const site of SITES) {
    rmSync(site.dir, { recursive: true, force: true });
    const { status, output } = buildSite({ outDir: site.dir, base: site.base, content: CONTENT });
    if (status !== 0)
      throw new Error(`building the ${site.name} site (base ${site.base}) failed:\n${output}`);
    buildLogs.set(site.name, output);
  }
});

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** Every file under `dir`, as paths relative to it with `/` separators. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The built file an absolute URL of the site points to, or `undefined` when it is outside the site. */
function fileOf(url: string, site: BuiltSite): string | undefined {
  const root = new URL(site.base, DEFAULT_SITE).href;
  if (!url.startsWith(root)) return undefined;
  const path = decodeURIComponent(url.slice(root.length));
  return join(site.dir, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

const pagesOf = (site: BuiltSite) =>
  filesUnder(site.dir).filter(
    (file) => file.endsWith('.html') && file !== '404.html' && !file.startsWith('pagefind/'),
  );

function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (match) => JSON.parse(match[1] ?? '') as Record<string, unknown>,
  );
}

describe.each(SITES)('the site built at $base', (site) => {
  describe('built feeds', () => {
    test('every RSS and Atom feed parses, links back to itself, and every item links to a built page', () => {
      const feeds = filesUnder(site.dir).filter(
        (file) => file.endsWith('rss.xml') || file.endsWith('atom.xml'),
      );
      expect(feeds).toEqual(
        expect.arrayContaining([
          'rss.xml',
          'atom.xml',
          'people/zhou-pengju/rss.xml',
          'themes/talent/rss.xml',
        ]),
      );
      let items = 0;
      for (const file of feeds) {
        const xml = readFileSync(join(site.dir, file), 'utf8');
        expect(xmlWellFormednessError(xml), file).toBeUndefined();
        const self = new URL(`${site.base}${file}`, DEFAULT_SITE).href;
        const links = file.endsWith('atom.xml')
          ? (() => {
              const feed = parseAtomFeed(xml);
              expect(feed.links?.find((link) => link.rel === 'self')?.href, file).toBe(self);
              return (feed.entries ?? []).map((entry) => entry.links?.[0]?.href ?? '');
            })()
          : (() => {
              const feed = parseRssFeed(xml);
              expect(feed.atom?.links?.find((link) => link.rel === 'self')?.href, file).toBe(self);
              for (const item of feed.items ?? []) {
                expect(item.pubDate, file).toMatch(
                  /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 \+0000$/,
                );
                expect(item.categories?.length, file).toBeGreaterThan(0);
              }
              return (feed.items ?? []).map((item) => item.link ?? '');
            })();
        for (const link of links) {
          const target = fileOf(link, site);
          expect(target && existsSync(target), `${file}: ${link}`).toBe(true);
          items += 1;
        }
      }
      expect(items).toBeGreaterThan(feeds.length);
    });

    test('a person’s feed holds exactly the articles they appear in, newest first', () => {
      const feed = parseRssFeed(readFileSync(join(site.dir, 'people/zhou-pengju/rss.xml'), 'utf8'));
      expect(feed.items?.map((item) => item.title)).toEqual([
        'Fixture: the municipal government holds an executive meeting',
        expect.stringMatching(/^Zhou Pengju emphasized/),
      ]);
    });
  });

  describe('built sitemap and robots.txt', () => {
    test('lists every built page with a lastmod, and nothing that was not built', () => {
      const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
      const index = parser.parse(readFileSync(join(site.dir, 'sitemap-index.xml'), 'utf8')) as {
        sitemapindex: { sitemap: { loc: string }[] };
      };
      const entries = index.sitemapindex.sitemap.flatMap(({ loc }) => {
        const file = fileOf(loc, site);
        if (!file) throw new Error(`sitemap-index.xml: ${loc} is outside the site`);
        return (
          parser.parse(readFileSync(file, 'utf8')) as { urlset: { url: { loc: string; lastmod?: string }[] } }
        ).urlset.url;
      });
      const listed = entries
        .map(({ loc }) =>
          relative(site.dir, fileOf(loc, site) ?? '')
            .split(sep)
            .join('/'),
        )
        .sort();
      expect(listed).toEqual(pagesOf(site).sort());
      for (const { loc, lastmod } of entries)
        expect(lastmod, loc).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
      const seed = entries.find(({ loc }) =>
        loc.endsWith('/articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/'),
      );
      expect(seed?.lastmod).toBe('2023-04-17T00:00:00.000Z');
      expect(entries.find(({ loc }) => loc === new URL(site.base, DEFAULT_SITE).href)?.lastmod).toBe(
        '2023-05-10T00:00:00.000Z',
      );
    });

    test('robots.txt points crawlers at the sitemap', () => {
      const robots = readFileSync(join(site.dir, 'robots.txt'), 'utf8');
      expect(robots).toContain(`Sitemap: ${new URL(`${site.base}sitemap-index.xml`, DEFAULT_SITE).href}`);
    });
  });

  describe('built structured data', () => {
    const isoDay = /^\d{4}-\d{2}-\d{2}$/;
    const required: Record<string, (data: Record<string, unknown>, where: string) => void> = {
      BreadcrumbList: (data, where) => {
        const items = data['itemListElement'] as { position: number; name: string; item: string }[];
        expect(items.length, where).toBeGreaterThan(0);
        items.forEach((item, index) => {
          expect(item.position, where).toBe(index + 1);
          expect(item.name, where).not.toBe('');
          expect(() => new URL(item.item), where).not.toThrow();
        });
      },
      NewsArticle: (data, where) => {
        expect(data['headline'], where).toEqual(expect.any(String));
        expect(data['datePublished'], where).toMatch(isoDay);
        expect(data['inLanguage'], where).toEqual(expect.any(String));
        expect(data['publisher'], where).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
        expect(data['about'], where).toEqual(
          expect.arrayContaining([expect.objectContaining({ name: expect.any(String) })]),
        );
        expect(data['mentions'], where).toEqual(expect.any(Array));
      },
      ProfilePage: (data, where) => {
        expect(data['mainEntity'], where).toMatchObject({
          '@type': 'Person',
          name: expect.any(String),
          hasOccupation: expect.any(Array),
        });
      },
      CollectionPage: (data, where) => {
        expect(data['name'], where).toEqual(expect.any(String));
        expect(data['mainEntity'], where).toMatchObject({
          '@type': 'ItemList',
          numberOfItems: expect.any(Number),
        });
      },
    };

    test('every JSON-LD block parses, is a known schema.org type and has its required fields', () => {
      const pages = pagesOf(site);
      for (const file of pages) {
        const blocks = jsonLdOf(readFileSync(join(site.dir, file), 'utf8'));
        const types = blocks.map((block) => String(block['@type']));
        for (const block of blocks) {
          expect(block['@context'], file).toBe('https://schema.org');
          const check = required[String(block['@type'])];
          expect(check, `${file}: unexpected @type ${String(block['@type'])}`).toBeDefined();
          check?.(block, file);
        }
        if (file !== 'index.html') expect(types, file).toContain('BreadcrumbList');
        // An article's own page, not the listing of every article (articles/, articles/page/<n>/).
        if (/^articles\/(?!page\/)[^/]+\/index\.html$/.test(file))
          expect(types, file).toContain('NewsArticle');
        if (/^people\/[^/]+\/index\.html$/.test(file)) expect(types, file).toContain('ProfilePage');
        if (/^(themes|sources)\/[^/]+\/index\.html$/.test(file))
          expect(types, file).toContain('CollectionPage');
      }
    });

    test('the seed article’s NewsArticle has its event day, the Chinese original and its people', () => {
      const html = readFileSync(
        join(site.dir, 'articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/index.html'),
        'utf8',
      );
      const article = jsonLdOf(html).find((block) => block['@type'] === 'NewsArticle');
      expect(article?.['datePublished']).toBe('2023-04-17');
      expect(article?.['translationOfWork']).toMatchObject({ '@type': 'CreativeWork', inLanguage: 'zh' });
      expect(article?.['about']).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ '@type': 'Event', startDate: '2023-04-14', inLanguage: 'en' }),
        ]),
      );
      expect((article?.['mentions'] as { name: string }[]).map((person) => person.name)).toEqual([
        'Zhou Pengju',
        'Zhang Jianjun',
        'Matthew Quan',
        'Zhang Shihui',
        'Xi Jinping',
        'Hao Peng',
      ]);
    });
  });

  describe('built page metadata', () => {
    test('every page names its own absolute address as canonical and has a description and sharing tags', () => {
      for (const file of pagesOf(site)) {
        const html = readFileSync(join(site.dir, file), 'utf8');
        const address = new URL(`${site.base}${file.replace(/index\.html$/, '')}`, DEFAULT_SITE).href;
        expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1], file).toBe(address);
        expect(/<meta property="og:url" content="([^"]+)"/.exec(html)?.[1], file).toBe(address);
        for (const tag of [
          'name="description"',
          'property="og:title"',
          'property="og:description"',
          'name="twitter:card"',
        ]) {
          expect(html, `${file}: ${tag}`).toMatch(new RegExp(`<meta ${tag} content="[^"]+"`));
        }
      }
      expect(readFileSync(join(site.dir, '404.html'), 'utf8')).not.toContain('rel="canonical"');
    });
  });
});

describe('the search index', () => {
  test("ships each year's bundle without Pagefind's ready-made interfaces, and with what the search page loads", () => {
    for (const site of SITES) {
      const files = filesUnder(join(site.dir, 'pagefind'));
      const years = [
        ...new Set(files.filter((file) => /^\d{4}\//.test(file)).map((file) => file.slice(0, 4))),
      ];
      expect(years.length).toBeGreaterThan(1);
      for (const year of years) {
        expect(files).toContain(`${year}/pagefind.js`);
        expect(files).toContain(`${year}/pagefind-worker.js`);
        for (const unused of UNUSED_BUNDLE_FILES) expect(files).not.toContain(`${year}/${unused}`);
      }
    }
  });

  test('indexes every year while the pages render, under every base path, leaving none for after the pages', () => {
    for (const site of SITES) {
      const years = readdirSync(join(site.dir, 'pagefind')).filter((name) => /^\d{4}$/.test(name)).length;
      expect(buildLogs.get(site.name), site.name).toContain(
        `(${years} of ${years} years, ${years} while the pages rendered; 0 reused)`,
      );
    }
  });
});
