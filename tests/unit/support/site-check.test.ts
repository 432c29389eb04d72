import { describe, expect, it } from 'vitest';
import { extractLinks, findBrokenLinks, resolveTarget } from '../../support/site-check.ts';

describe('extractLinks', () => {
  it('finds links, images, stylesheets, scripts, forms and ids', () => {
    const { urls, ids } = extractLinks(
      '<link rel="stylesheet" href="/_astro/a.css"><a href="/people/">P</a><img src="x.png" srcset="x.png 1x, x2.png 2x">' +
        '<script src="/s.js"></script><form action="/search/"></form><h2 id="who">Who</h2>',
    );
    expect(urls).toEqual(['/_astro/a.css', '/people/', 'x.png', 'x.png', 'x2.png', '/s.js', '/search/']);
    expect([...ids]).toEqual(['who']);
  });
});

describe.each(['/', '/archive/'])('resolveTarget under %s', (base) => {
  it('maps a directory URL to its index.html', () => {
    expect(resolveTarget(`${base}people/zhou-pengju/`, 'index.html', base)).toEqual({
      file: 'people/zhou-pengju/index.html',
      fragment: undefined,
    });
  });

  it('resolves relative URLs against the page and keeps the fragment', () => {
    expect(resolveTarget('../b/#speech-1', 'articles/a/index.html', base)).toEqual({
      file: 'articles/b/index.html',
      fragment: 'speech-1',
    });
  });

  it('ignores other hosts and schemes', () => {
    expect(resolveTarget('https://example.org/x', 'index.html', base)).toBeNull();
    expect(resolveTarget('mailto:editor@example.org', 'index.html', base)).toBeNull();
  });
});

describe('findBrokenLinks', () => {
  const pages = new Map([
    [
      'index.html',
      '<a href="/archive/people/">People</a><a href="/archive/people/#z">Z</a><a href="/archive/gone/">Gone</a>',
    ],
    [
      'people/index.html',
      '<h2 id="a">A</h2><link href="/archive/_astro/site.css"><a href="/people/">wrong base</a><a href="#a">A</a><a href="#b">B</a>',
    ],
  ]);

  it('reports missing pages, missing files, missing ids and links outside the base path', () => {
    expect(findBrokenLinks(pages, '/archive/', (file) => file === '_astro/site.css')).toEqual([
      'index.html: /archive/people/#z (no id "z" on people/index.html)',
      'index.html: /archive/gone/ (no file gone/index.html)',
      'people/index.html: /people/ (outside the base path /archive/)',
      'people/index.html: #b (no id "b" on people/index.html)',
    ]);
  });

  it('finds nothing wrong in a consistent site', () => {
    expect(findBrokenLinks(new Map([['index.html', '<a href="/">Home</a>']]), '/', () => false)).toEqual([]);
  });
});
