import { describe, expect, it } from 'vitest';
import { builtFileOf, lastmodFromHtml } from '../../../src/integrations/sitemap-lastmod.ts';

describe('lastmodFromHtml', () => {
  it('reads the day of the page’s og:updated_time', () => {
    expect(
      lastmodFromHtml('<head><meta property="og:updated_time" content="2023-04-17T00:00:00.000Z"></head>'),
    ).toBe('2023-04-17');
  });
  it('is undefined for a page without one', () =>
    expect(lastmodFromHtml('<head><title>x</title></head>')).toBeUndefined());
});

describe('builtFileOf', () => {
  it.each([
    ['https://x.org/archive/', 'https://x.org/archive/', 'dist', 'dist/index.html'],
    [
      'https://x.org/archive/people/zhou-pengju/',
      'https://x.org/archive/',
      'dist',
      'dist/people/zhou-pengju/index.html',
    ],
    ['https://x.org/articles/a/', 'https://x.org/', '/tmp/out', '/tmp/out/articles/a/index.html'],
    ['https://x.org/rss.xml', 'https://x.org/', 'dist', undefined],
    ['https://other.org/a/', 'https://x.org/', 'dist', undefined],
    ['https://x.org/a/%2E%2E/%2E%2E/', 'https://x.org/', 'dist', undefined],
  ])('%s under %s', (url, root, outDir, file) => expect(builtFileOf(url, root, outDir)).toBe(file));
});
