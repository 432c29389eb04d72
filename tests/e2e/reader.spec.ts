import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './sites.ts';

// Paths are relative (no leading slash) so every test runs both at `/` and under `/archive/`.
const SEED_TITLE = /^Zhou Pengju emphasized at the city’s science and technology work conference/;
/** Scripts that run: everything but JSON-LD data blocks. */
// The citation's copy button is the one script allowed on a reading page: an enhancement, budgeted in
// quality.spec.ts, and the page reads without it (cite-data.spec.ts).
const SCRIPTS = 'script:not([type="application/ld+json"]):not(.cite *)';

test.describe('a reader browsing the archive', () => {
  test('opens the front page and sees the newest articles with their details', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
    const seedCard = page.getByRole('article').filter({ has: page.getByRole('link', { name: SEED_TITLE }) });
    await expect(seedCard).toContainText('17 April 2023');
    await expect(seedCard.getByRole('link', { name: 'Fuxin News Network' })).toBeVisible();
    await expect(seedCard.getByRole('link', { name: 'Zhou Pengju', exact: true })).toBeVisible();
    await expect(seedCard.getByRole('link', { name: 'Talent' })).toBeVisible();
    await expect(seedCard).toContainText(
      'On April 14, the city’s science and technology work conference was held.',
    );
  });

  test('follows the front page on to the next 20 articles of every article, and back', async ({ page }) => {
    await page.goto('./');
    const titles = page.locator('.article-list > li .card-title a');
    const frontPage = await titles.allTextContents();
    expect(frontPage).toHaveLength(20);
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    await pages.getByRole('link', { name: 'Older' }).click();
    // The front page's following pages are those of the list of every article, not a second copy.
    await expect(page).toHaveURL(/articles\/page\/2\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^All articles, page 2 of 2$/);
    await expect(page.locator('.lede')).toContainText(/Articles 21 to \d+ of \d+, newest first/);
    const next = await titles.allTextContents();
    expect(next.length).toBeGreaterThan(0);
    expect(next.filter((title) => frontPage.includes(title))).toEqual([]);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
    const notFound = await page.request.get('page/2/');
    expect(notFound.status()).toBe(404);
  });

  test('reads the seed article with its dates, notice, speakers and themes', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('link', { name: SEED_TITLE }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
    const facts = page.locator('.facts');
    const fact = (label: string) =>
      facts.locator('div').filter({ has: page.getByText(label, { exact: true }) });
    await expect(fact('Published by the source').locator('time[datetime="2023-04-17"]')).toHaveText(
      '17 Apr 2023',
    );
    await expect(fact('Event held').locator('time[datetime="2023-04-14"]')).toHaveText('14 Apr 2023');
    await expect(fact('Listed by the source').locator('time[datetime="2023-04-18"]')).toHaveText(
      '18 Apr 2023',
    );
    await expect(page.getByRole('complementary', { name: 'Translation notice' })).toHaveCount(1);
    await expect(page.getByRole('complementary', { name: 'Translation notice' })).toContainText(
      'Machine translation from Chinese. Names may be spelled as the translation rendered them',
    );
    const speakers = page.getByRole('region', { name: 'Speakers' });
    await expect(speakers.getByRole('listitem')).toHaveCount(4);
    await expect(speakers).toContainText(
      'Zhang Jianjun, Member of the Standing Committee of the Municipal Party Committee and Deputy Mayor: presided. Words not reported in this text.',
    );
    await expect(page.getByRole('region', { name: 'Mentioned' }).getByRole('link')).toHaveText([
      'Xi Jinping',
      'Hao Peng',
    ]);
    await expect(page.getByRole('region', { name: 'Themes' }).getByRole('link')).toHaveCount(7);
    await expect(page.locator('.article-body')).toContainText('“stuck neck”');
    await expect(page.locator(SCRIPTS)).toHaveCount(0);
  });

  test('goes from an article to a speaker and on to another of their appearances', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('link', { name: SEED_TITLE }).first().click();
    await page
      .getByRole('region', { name: 'Speakers' })
      .getByRole('link', { name: 'Zhou Pengju', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zhou Pengju' })).toBeVisible();
    const roles = page.getByRole('region', { name: 'Roles over time' });
    await expect(roles).toContainText('Deputy Secretary of the Municipal Party Committee and Mayor');
    await expect(roles).toContainText(/Mayor\s+9 May 2023/);
    const spokeAt = page.getByRole('region', { name: /^Spoke at/ }).getByRole('listitem');
    await expect(spokeAt).toHaveCount(2);
    await expect(spokeAt.first()).toContainText('9 May 2023 (day of the event), as Mayor: presided');
    await spokeAt.first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Fixture: the municipal government holds an executive meeting',
    );
  });

  test('tells two people with the same name apart', async ({ page }) => {
    await page.goto('people/');
    await expect(page.getByRole('link', { name: 'Zhang Jianjun', exact: true })).toHaveCount(2);
    await page.goto('people/zhang-jianjun-county/');
    await expect(page.getByRole('region', { name: /^Spoke at/ }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('main')).not.toContainText('science and technology work conference');
  });

  test('browses a theme from an article', async ({ page }) => {
    await page.goto('articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/');
    await page
      .getByRole('region', { name: 'Themes' })
      .getByRole('link', { name: 'Enterprise cultivation' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Enterprise cultivation' })).toBeVisible();
    const titles = page.getByRole('main').getByRole('heading', { level: 3 });
    await expect(titles).toHaveText([/^Fixture: the municipal government/, SEED_TITLE]);
  });

  test('pages through a theme too long for one page, every article exactly once', async ({ page }) => {
    await page.goto('themes/talent/');
    const summary = page.getByRole('heading', { level: 2, name: /^Articles 1 to 20 of \d+, newest first$/ });
    const total = Number(/of (\d+)/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(20);
    const titles = page.getByRole('main').getByRole('heading', { level: 3 });
    const firstPage = await titles.allTextContents();
    expect(firstPage).toHaveLength(20);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Older' }).click();
    await expect(page).toHaveURL(/themes\/talent\/page\/2\/$/);
    await expect(page).toHaveTitle(/^Talent, page 2 of 2 /);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      `Articles 21 to ${total} of ${total}, newest first`,
    );
    const secondPage = await titles.allTextContents();
    expect(new Set([...firstPage, ...secondPage]).size).toBe(total);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Page 2');
    await page.getByRole('link', { name: 'Newer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Talent', exact: true })).toBeVisible();
  });

  test('browses by year and month to the article', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'By date' }).click();
    await page.getByRole('link', { name: '2023', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Articles from 2023' })).toBeVisible();
    await page.getByRole('link', { name: 'April', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Articles from April 2023' })).toBeVisible();
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  });

  test('steps to the previous and next article by date', async ({ page }) => {
    await page.goto('articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/');
    const steps = page.getByRole('navigation', { name: 'Previous and next articles' });
    await steps.getByRole('link', { name: /^Fixture: the municipal government/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Fixture: the municipal government/);
    await page
      .getByRole('navigation', { name: 'Previous and next articles' })
      .getByRole('link', { name: SEED_TITLE })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  });

  test('gets a helpful 404 page for an unknown address', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Latest articles' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
  });
});

test.describe('every page type', () => {
  const pages = PAGE_TYPES.filter((path) => !path.startsWith('search/'));
  for (const path of pages) {
    test(`${path} has one h1, landmarks, a skip link, a language and no script`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();
      await expect(page.locator(SCRIPTS)).toHaveCount(0);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
      const basePath = new URL(baseURL ?? '/').pathname;
      const internal = await page
        .locator('a[href^="/"], link[href^="/"]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
      expect(internal.filter((href) => !href.startsWith(basePath))).toEqual([]);
    });
  }

  test('stays readable at 320 px wide without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [
      './',
      'articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/',
      'people/zhou-pengju/',
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('switches to a dark palette when the reader prefers it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./');
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe(light);
  });

  test('prints an article without navigation chrome', async ({ page }) => {
    await page.goto('articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.locator('.article-body')).toBeVisible();
  });
});
