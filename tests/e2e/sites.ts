/** The two builds the end-to-end tests run against: at the domain root and under a sub-path. */
import { TEST_BASES } from '../support/e2e-content.ts';

export interface E2ESite {
  name: string;
  base: string;
  dir: string;
  port: number;
  url: string;
}

const site = (name: string, base: string, port: number): E2ESite => ({
  name,
  base,
  dir: `.tmp/e2e/${name}`,
  port,
  url: `http://127.0.0.1:${port}${base}`,
});

/** First of the two ports; set E2E_PORT_BASE to run two checkouts' tests side by side. */
const portBase = Number(process.env['E2E_PORT_BASE'] ?? 4400);

export const E2E_SITES: E2ESite[] = TEST_BASES.map(({ name, base }, index) =>
  site(name, base, portBase + index),
);

/** Where the end-to-end content (real content plus test fixtures) is assembled. */
export const E2E_CONTENT_DIR = '.tmp/e2e/content';

/** The seed article's page, relative to a site's base. */
export const SEED_PAGE = 'articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/';

/** One page of each type, relative to a site's base (only the search page needs scripts; the article page's copy button is an enhancement). */
export const PAGE_TYPES = [
  './',
  'articles/',
  'articles/page/2/',
  SEED_PAGE,
  // An article with its original beside the translation.
  'articles/2022-06-12-fixture-river-cleaning-campaign/',
  'people/',
  'people/zhou-pengju/',
  'people/xi-jinping/',
  'overview/',
  'themes/',
  'themes/talent/',
  'themes/talent/page/2/',
  'sources/',
  'sources/fuxin-news-network/',
  'sources/fuxin-news-network/page/2/',
  'archive/',
  'archive/2023/',
  'archive/2023/04/',
  'glossary/',
  'data/',
  'search/?q=meeting',
  'no-such-page/',
];
