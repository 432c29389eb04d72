import { afterEach, describe, expect, it } from 'vitest';
import { handOverRenderedPage, receiveRenderedPages } from '../../../src/core/rendered-pages.ts';

afterEach(() => receiveRenderedPages(undefined));

const page = (body: string, init: ResponseInit = {}) =>
  new Response(body, { headers: { 'Content-Type': 'text/html' }, ...init });

/** A receiver that wants the addresses under /articles/ and records what it is given. */
function recorder() {
  const taken: [string, string][] = [];
  receiveRenderedPages({
    wants: (pathname) => pathname.startsWith('/articles/'),
    take: (pathname, html) => {
      taken.push([pathname, html]);
    },
  });
  return taken;
}

describe('handOverRenderedPage', () => {
  it('returns the response untouched when no build step is receiving (astro dev)', async () => {
    const response = page('<p>text</p>');
    const returned = await handOverRenderedPage('/articles/a/', response);
    expect(returned).toBe(response);
    expect(await returned.text()).toBe('<p>text</p>');
  });

  it("hands a wanted page's HTML over and still returns its whole body to Astro", async () => {
    const taken = recorder();
    const response = page('<p>周 text</p>', { headers: { 'Content-Type': 'text/html', 'X-Kept': 'yes' } });
    const returned = await handOverRenderedPage('/articles/a/', response);
    expect(taken).toEqual([['/articles/a/', '<p>周 text</p>']]);
    expect(returned).toBe(response);
    expect(returned.headers.get('X-Kept')).toBe('yes');
    expect(await returned.text()).toBe('<p>周 text</p>');
  });

  it('hands over no page it does not want, no failed page and nothing but HTML', async () => {
    const taken = recorder();
    await handOverRenderedPage('/people/a/', page('<p>person</p>'));
    await handOverRenderedPage('/articles/missing/', page('<p>not found</p>', { status: 404 }));
    await handOverRenderedPage(
      '/articles/a/index.json',
      new Response('{}', { headers: { 'Content-Type': 'application/json' } }),
    );
    expect(taken).toEqual([]);
  });

  it('tells the receiver of every page it does not take, and of no page it takes', async () => {
    const passed: string[] = [];
    receiveRenderedPages({
      wants: (pathname) => pathname.startsWith('/articles/'),
      take: () => {},
      passed: (pathname) => passed.push(pathname),
    });
    await handOverRenderedPage('/people/a/', page('<p>person</p>'));
    await handOverRenderedPage('/articles/missing/', page('<p>not found</p>', { status: 404 }));
    await handOverRenderedPage('/articles/a/', page('<p>article</p>'));
    await handOverRenderedPage(
      '/articles/a/index.json',
      new Response('{}', { headers: { 'Content-Type': 'application/json' } }),
    );
    expect(passed).toEqual(['/people/a/', '/articles/missing/', '/articles/a/index.json']);
  });

  it('returns the response only once the receiver has taken the page, so a slow step slows the rendering', async () => {
    let release = () => {};
    receiveRenderedPages({
      wants: () => true,
      take: () => new Promise<void>((resolve) => (release = resolve)),
    });
    let returned = false;
    const handing = handOverRenderedPage('/articles/a/', page('<p>x</p>')).then(() => (returned = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(returned).toBe(false);
    release();
    await handing;
    expect(returned).toBe(true);
  });

  it('stops handing over once the receiver is removed', async () => {
    const taken = recorder();
    receiveRenderedPages(undefined);
    await handOverRenderedPage('/articles/a/', page('<p>x</p>'));
    expect(taken).toEqual([]);
  });
});
