import { describe, expect, it } from 'vitest';
import { absoluteUrl, createUrls } from '~/lib/urls';

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
    expect(absoluteUrl(urls.sitemap(), 'https://example.org')).toBe(`https://example.org${prefix}sitemap-index.xml`);
  });
});
