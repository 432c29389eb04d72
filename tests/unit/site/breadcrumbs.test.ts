import { describe, expect, it } from 'vitest';
import { shorten, trails } from '../../../src/site/breadcrumbs.ts';

describe('breadcrumb trails', () => {
  it('lead from home to a person', () => {
    expect(trails.person('zhou-pengju', 'Zhou Pengju')).toEqual([
      { label: 'Home', href: '/' },
      { label: 'People', href: '/people/' },
      { label: 'Zhou Pengju', href: '/people/zhou-pengju/' },
    ]);
  });

  it('lead from home through the year to a month', () => {
    expect(trails.month('2023', '04').map((crumb) => crumb.label)).toEqual([
      'Home',
      'By date',
      '2023',
      'April 2023',
    ]);
  });

  it('shorten a long article title at a word', () => {
    const title =
      'Zhou Pengju emphasized at the city’s science and technology work conference to fight the battle';
    const [, crumb] = trails.article('a', title);
    expect(crumb?.label).toBe('Zhou Pengju emphasized at the city’s science and technology…');
    expect(crumb?.href).toBe('/articles/a/');
  });

  it('leave a short label alone', () => {
    expect(shorten('Talent')).toBe('Talent');
  });

  it('adds a "Page n" crumb to a theme or source listing after its first page', () => {
    expect(trails.theme('talent', 'Talent', 1)).toEqual(trails.theme('talent', 'Talent'));
    expect(trails.theme('talent', 'Talent', 3).slice(-2)).toEqual([
      { label: 'Talent', href: '/themes/talent/' },
      { label: 'Page 3', href: '/themes/talent/page/3/' },
    ]);
    expect(trails.source('fnn', 'Fuxin News Network', 2).at(-1)).toEqual({
      label: 'Page 2',
      href: '/sources/fnn/page/2/',
    });
  });

  it('lead from home to every article, with a "Page n" crumb after the first page', () => {
    expect(trails.articles()).toEqual([
      { label: 'Home', href: '/' },
      { label: 'All articles', href: '/articles/' },
    ]);
    expect(trails.articles(4).at(-1)).toEqual({ label: 'Page 4', href: '/articles/page/4/' });
  });
});
