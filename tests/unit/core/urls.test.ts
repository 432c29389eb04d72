import { describe, expect, it } from 'vitest';
import { normaliseBase, readDeploySettings } from '../../../src/core/deploy-settings.ts';
import { absoluteUrl, createUrls } from '../../../src/core/urls.ts';

describe.each([
  ['/', '/'],
  ['/archive/', '/archive/'],
  ['/archive', '/archive/'],
])('URLs under base %j', (base, prefix) => {
  const urls = createUrls(base);
  it.each([
    [urls.home(), `${prefix}`],
    [urls.articles(), `${prefix}articles/`],
    [urls.articles(2), `${prefix}articles/page/2/`],
    [urls.article('2023-04-17-conference'), `${prefix}articles/2023-04-17-conference/`],
    [urls.person('zhou-pengju'), `${prefix}people/zhou-pengju/`],
    [urls.people(), `${prefix}people/`],
    [urls.theme('talent'), `${prefix}themes/talent/`],
    [urls.source('fuxin-news-network'), `${prefix}sources/fuxin-news-network/`],
    [urls.year('2023'), `${prefix}archive/2023/`],
    [urls.month('2023', '04'), `${prefix}archive/2023/04/`],
    [urls.overview(), `${prefix}overview/`],
    [urls.file('favicon.svg'), `${prefix}favicon.svg`],
    [
      urls.citation('2023-04-17-conference', 'csl.json'),
      `${prefix}articles/2023-04-17-conference/cite.csl.json`,
    ],
    [urls.articleData('2023-04-17-conference'), `${prefix}articles/2023-04-17-conference/index.json`],
    [urls.data(), `${prefix}data/`],
    [urls.dataFile('appearances.csv'), `${prefix}data/appearances.csv`],
    [urls.dataSchema('people.schema.json'), `${prefix}data/schemas/people.schema.json`],
    [urls.personAppearances('zhou-pengju'), `${prefix}people/zhou-pengju/appearances.csv`],
    [urls.themeAppearances('talent'), `${prefix}themes/talent/appearances.csv`],
  ])('makes %s', (actual, expected) => expect(actual).toBe(expected));
});

describe('URL details', () => {
  it('encodes characters that are not safe in a path segment', () => {
    expect(createUrls('/').person('a b/c')).toBe('/people/a%20b%2Fc/');
  });

  it('makes absolute URLs on the site origin', () => {
    expect(absoluteUrl('/archive/people/', 'https://news.example.org')).toBe(
      'https://news.example.org/archive/people/',
    );
  });
});

describe('deploy settings', () => {
  it('defaults to a local root site', () => {
    expect(readDeploySettings({})).toEqual({ site: 'http://localhost:4321', base: '/' });
  });

  it('reads SITE_URL and BASE_PATH', () => {
    expect(readDeploySettings({ SITE_URL: 'https://example.github.io/', BASE_PATH: 'news-archive' })).toEqual(
      {
        site: 'https://example.github.io',
        base: '/news-archive/',
      },
    );
  });

  it.each(['', '/', '//'])('treats BASE_PATH=%j as the root', (raw) => expect(normaliseBase(raw)).toBe('/'));

  it.each([
    [{ SITE_URL: 'news.example.org' }, /SITE_URL: "news.example.org" is not an absolute URL/],
    [{ SITE_URL: 'ftp://example.org' }, /SITE_URL: .* must start with https:\/\//],
    [{ BASE_PATH: '/a/../b/' }, /BASE_PATH: .* is not a plain URL path/],
    [{ BASE_PATH: '/news archive/' }, /BASE_PATH: .* is not a plain URL path/],
  ])('refuses %j with a message naming the setting', (env, message) => {
    expect(() => readDeploySettings(env)).toThrow(message);
  });
});

describe.each([
  ['/', '/'],
  ['/archive/', '/archive/'],
])('search, feed and sitemap URLs under base %j', (base, prefix) => {
  const urls = createUrls(base);
  it.each([
    [urls.search(), `${prefix}search/`],
    [urls.feed(), `${prefix}rss.xml`],
    [urls.atomFeed(), `${prefix}atom.xml`],
    [urls.personFeed('zhou-pengju'), `${prefix}people/zhou-pengju/rss.xml`],
    [urls.themeFeed('talent'), `${prefix}themes/talent/rss.xml`],
    [urls.sitemap(), `${prefix}sitemap-index.xml`],
    [urls.pagefindBundle(), `${prefix}pagefind/`],
  ])('makes %s', (actual, expected) => expect(actual).toBe(expected));

  it('makes the sitemap address absolute on the deployed origin', () => {
    expect(absoluteUrl(urls.sitemap(), 'https://example.org')).toBe(
      `https://example.org${prefix}sitemap-index.xml`,
    );
  });
});
