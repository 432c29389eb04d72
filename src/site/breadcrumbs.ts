/** Breadcrumb trails, built from `urls` so every page's trail agrees with the URL scheme. */
import { formatMonthOf } from '../core/dates.ts';
import { urls } from './urls.ts';

export interface Crumb {
  label: string;
  href: string;
}

const home: Crumb = { label: 'Home', href: urls.home() };

/** Longest crumb label, in characters; longer titles are cut at a word. */
export const CRUMB_MAX_LENGTH = 60;

/** Cuts a long label at the last word that fits, adding an ellipsis. */
export function shorten(label: string, maxLength = CRUMB_MAX_LENGTH): string {
  if (label.length <= maxLength) return label;
  const cut = label.lastIndexOf(' ', maxLength - 1);
  return `${label.slice(0, cut > 0 ? cut : maxLength - 1)}…`;
}

/** `trail` itself for page 1 of a listing, with a "Page n" crumb after it for later pages. */
function withPage(trail: Crumb[], n: number, href: string): Crumb[] {
  return n <= 1 ? trail : [...trail, { label: `Page ${n}`, href }];
}

/** Trails for each kind of page; the last crumb is the page itself. */
export const trails = {
  home: (): Crumb[] => [home],
  /** Every article; its pages after the first add a "Page n" crumb. */
  articles: (n = 1): Crumb[] =>
    withPage([home, { label: 'All articles', href: urls.articles() }], n, urls.articles(n)),
  article: (id: string, title: string): Crumb[] => [home, { label: shorten(title), href: urls.article(id) }],
  people: (): Crumb[] => [home, { label: 'People', href: urls.people() }],
  data: (): Crumb[] => [home, { label: 'Data', href: urls.data() }],
  person: (id: string, name: string): Crumb[] => [...trails.people(), { label: name, href: urls.person(id) }],
  themes: (): Crumb[] => [home, { label: 'Themes', href: urls.themes() }],
  /** A theme's listing; its pages after the first add a "Page n" crumb. */
  theme: (id: string, label: string, n = 1): Crumb[] =>
    withPage([...trails.themes(), { label, href: urls.theme(id) }], n, urls.theme(id, n)),
  sources: (): Crumb[] => [home, { label: 'Sources', href: urls.sources() }],
  /** A source's listing; its pages after the first add a "Page n" crumb. */
  source: (id: string, label: string, n = 1): Crumb[] =>
    withPage([...trails.sources(), { label, href: urls.source(id) }], n, urls.source(id, n)),
  glossary: (): Crumb[] => [home, { label: 'Glossary', href: urls.glossary() }],
  archive: (): Crumb[] => [home, { label: 'By date', href: urls.archive() }],
  overview: (): Crumb[] => [home, { label: 'Overview', href: urls.overview() }],
  search: (): Crumb[] => [home, { label: 'Search', href: urls.search() }],
  year: (year: string): Crumb[] => [...trails.archive(), { label: year, href: urls.year(year) }],
  month: (year: string, month: string): Crumb[] => [
    ...trails.year(year),
    { label: formatMonthOf(`${year}-${month}`), href: urls.month(year, month) },
  ],
};
