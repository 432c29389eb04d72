import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// Paths are relative (no leading slash) so every test runs both at `/` and under `/archive/`.
const SEED_TITLE = /^Zhou Pengju emphasized at the city’s science and technology work conference/;

async function search(page: Page, words: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Words to find' }).fill(words);
}

const results = (page: Page) => page.getByRole('region', { name: 'Results' }).getByRole('listitem');

test.describe('searching the archive', () => {
  test('finds the seed article by a word from its text, with date, speakers and the match marked', async ({
    page,
  }) => {
    await page.goto('search/');
    await search(page, 'gazelles');
    await expect(page.getByRole('status')).toHaveText('1 article found for “gazelles”');
    const result = results(page).first();
    await expect(result.getByRole('link', { name: SEED_TITLE })).toBeVisible();
    await expect(result).toContainText('17 April 2023');
    await expect(result).toContainText('Zhou Pengju, Zhang Jianjun, Matthew Quan, Zhang Shihui');
    await expect(result.locator('mark')).toHaveText([/gazelles/]);
  });

  test('narrows the results to one speaker and counts what each filter would leave', async ({ page }) => {
    await page.goto('search/');
    await search(page, 'meeting');
    await expect(results(page)).toHaveCount(3);
    const speakers = page.getByRole('group', { name: 'Speaker' });
    await expect(speakers.getByRole('checkbox', { name: 'Zhou Pengju (2)' })).toBeVisible();
    await expect(
      page.getByRole('group', { name: 'Mentioned' }).getByRole('checkbox', { name: 'Hao Peng (1)' }),
    ).toBeVisible();
    await speakers.getByRole('checkbox', { name: 'Zhou Pengju (2)' }).check();
    await expect(results(page)).toHaveCount(2);
    for (const result of await results(page).all()) await expect(result).toContainText('Zhou Pengju');
    await expect(page.getByRole('status')).toHaveText('2 articles found for “meeting”');
  });

  test('sorts the results by date', async ({ page }) => {
    await page.goto('search/');
    await search(page, 'meeting');
    await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Oldest first' });
    await expect(titles(page)).toHaveText([
      'Fixture: a county meeting addressed by a namesake',
      SEED_TITLE,
      'Fixture: the municipal government holds an executive meeting',
    ]);
    await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Newest first' });
    await expect(titles(page).first()).toHaveText(
      'Fixture: the municipal government holds an executive meeting',
    );
  });

  test('finds a word in every year it occurs in: one index per year, searched as one', async ({ page }) => {
    await page.goto('search/?q=meeting');
    await expect(titles(page)).toHaveCount(3);
    // The county meeting is from 2022, the executive meeting and the seed article from 2023.
    await expect(titles(page)).toContainText([
      'Fixture: a county meeting addressed by a namesake',
      'Fixture: the municipal government holds an executive meeting',
    ]);
  });

  for (const [label, order, years] of [
    ['Newest first', 'newest', ['2023', '2022', '2021', '2020']],
    ['Oldest first', 'oldest', ['2020', '2021', '2022', '2023']],
  ] as const) {
    test(`lists results ${label.toLowerCase()} across the years, on the first page and after "Show more"`, async ({
      page,
    }) => {
      await page.goto('search/?q=fixture');
      await page.getByRole('combobox', { name: 'Order' }).selectOption({ label });
      await expect(page).toHaveURL(new RegExp(`sort=${order}$`));
      await expect(results(page)).toHaveCount(20);
      await page.getByRole('button', { name: 'Show more results' }).click();
      await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
      const total = Number(/^(\d+) articles/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
      await expect(results(page)).toHaveCount(total);
      const days = (await results(page).locator('.meta').allTextContents()).map(dayOf);
      const sorted = [...days].sort();
      expect(days).toEqual(order === 'newest' ? sorted.reverse() : sorted);
      expect([...new Set(days.map((day) => day.slice(0, 4)))]).toEqual(years);
    });
  }

  test("quotes the article's text in the excerpts, not its Who took part block", async ({ page }) => {
    await page.goto('search/?q=mayor');
    await expect(results(page).first()).toBeVisible();
    for (const result of await results(page).all()) {
      await expect(result).not.toContainText('Who took part');
      await expect(result).not.toContainText('Words not reported');
    }
  });

  test('opens the article from a result link', async ({ page }) => {
    await page.goto('search/');
    await search(page, 'unicorns');
    await results(page).first().getByRole('link', { name: SEED_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  });

  test('searches from the box in the header of any page', async ({ page }) => {
    await page.goto('people/');
    const box = page.getByRole('search', { name: 'Search the archive' }).getByRole('searchbox');
    await box.fill('fluorine');
    await box.press('Enter');
    await expect(page).toHaveURL(/search\/\?q=fluorine$/);
    await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('fluorine');
    await expect(results(page).getByRole('link', { name: SEED_TITLE })).toBeVisible();
  });

  test('indexes articles only, not the lists that repeat their titles, and pages through many results', async ({
    page,
  }) => {
    // 22 fixture bulletins; the front page, page 2, the Talent theme and the 2021 pages list them too.
    await page.goto('search/?q=bulletin');
    await expect(page.getByRole('status')).toHaveText('22 articles found for “bulletin”');
    await expect(page.getByRole('button', { name: 'Show more results' })).toBeVisible();
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(results(page)).toHaveCount(22);
  });
});

const titles = (page: Page) => results(page).getByRole('heading', { level: 3 });

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The day a result's details line gives (`17 April 2023 · Zhou Pengju`), as `2023-04-17`. */
function dayOf(details: string): string {
  const [, day = '', month = '', year = ''] = /(\d{1,2}) (\p{L}+) (\d{4})/u.exec(details) ?? [];
  return `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

test.describe('a search in the address', () => {
  test('keeps the words, ticked boxes and order in the address; a reload shows the same; back and forward step through them', async ({
    page,
  }) => {
    await page.goto('search/');
    await search(page, 'meeting');
    await expect(results(page)).toHaveCount(3);
    const zhou = page.getByRole('group', { name: 'Speaker' }).getByRole('checkbox', { name: /^Zhou Pengju/ });
    await zhou.check();
    await expect(page).toHaveURL(/search\/\?q=meeting&speaker=Zhou\+Pengju$/);
    await expect(results(page)).toHaveCount(2);
    await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Oldest first' });
    await expect(page).toHaveURL(/search\/\?q=meeting&speaker=Zhou\+Pengju&sort=oldest$/);
    await expect(titles(page)).toHaveText([
      SEED_TITLE,
      'Fixture: the municipal government holds an executive meeting',
    ]);

    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('meeting');
    await expect(zhou).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Order' })).toHaveValue('oldest');
    await expect(page.getByRole('status')).toHaveText('2 articles found for “meeting”');
    await expect(titles(page)).toHaveText([
      SEED_TITLE,
      'Fixture: the municipal government holds an executive meeting',
    ]);

    await page.goBack();
    await expect(page).toHaveURL(/search\/\?q=meeting&speaker=Zhou\+Pengju$/);
    await expect(page.getByRole('combobox', { name: 'Order' })).toHaveValue('relevance');
    await expect(zhou).toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/search\/\?q=meeting$/);
    await expect(zhou).not.toBeChecked();
    await expect(results(page)).toHaveCount(3);
    await page.goForward();
    await expect(zhou).toBeChecked();
    await expect(results(page)).toHaveCount(2);
  });

  test('opens a shared address filtering by a person mentioned and a year, with no words typed', async ({
    page,
  }) => {
    await page.goto('search/?mentioned=Hao+Peng&year=2023');
    await expect(page.getByRole('status')).toHaveText('1 article matches the filters');
    await expect(titles(page)).toHaveText([SEED_TITLE]);
    await expect(
      page.getByRole('group', { name: 'Mentioned' }).getByRole('checkbox', { name: /^Hao Peng/ }),
    ).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2023');
    await expect(page.getByRole('combobox', { name: 'To' })).toHaveValue('2023');
  });

  test('filters by a range of years', async ({ page }) => {
    await page.goto('search/?q=meeting');
    await expect(results(page)).toHaveCount(3);
    await page.getByRole('combobox', { name: 'From' }).selectOption('2023');
    await expect(page).toHaveURL(/\?q=meeting&year=2023-$/);
    await expect(titles(page)).toHaveCount(2);
    await page.getByRole('combobox', { name: 'From' }).selectOption('2020');
    await page.getByRole('combobox', { name: 'To' }).selectOption('2022');
    await expect(page).toHaveURL(/\?q=meeting&year=2020-2022$/);
    await expect(titles(page)).toHaveText(['Fixture: a county meeting addressed by a namesake']);
  });

  test('clears every filter at once and keeps the words', async ({ page }) => {
    await page.goto('search/?q=meeting&speaker=Zhou+Pengju&year=2023-');
    await expect(results(page)).toHaveCount(2);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/search\/\?q=meeting$/);
    await expect(results(page)).toHaveCount(3);
    await expect(
      page.getByRole('group', { name: 'Speaker' }).getByRole('checkbox', { checked: true }),
    ).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });
});

test.describe('names and passages', () => {
  test('finds a person’s articles by their name in Chinese characters', async ({ page }) => {
    await page.goto('search/');
    await search(page, '周鹏举');
    await expect(page.getByRole('status')).toHaveText('2 articles found for “周鹏举”');
    await expect(titles(page)).toContainText([SEED_TITLE]);
    await search(page, '郝鹏');
    await expect(titles(page)).toHaveText([SEED_TITLE]);
  });

  test('links a result to the passage the words were found in', async ({ page }) => {
    await page.goto('search/?q=gazelles');
    const passage = results(page).getByRole('link', { name: 'Go to the matching passage' });
    // The paragraph of the mayor's speech that has the word, not the glossary term itself.
    await expect(passage).toHaveAttribute('href', /#paragraph-3$/);
    await passage.click();
    await expect(page).toHaveURL(/#paragraph-3$/);
    await expect(page.locator('#speech-zhou-pengju-1 #paragraph-3')).toContainText('gazelles');
  });
});

test.describe('the filters on a narrow screen', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  test('are folded away so the results come first, and unfold on request', async ({ page }) => {
    await page.goto('search/?q=meeting');
    await expect(results(page)).toHaveCount(3);
    const speakers = page.getByRole('group', { name: 'Speaker' });
    await expect(speakers).toBeHidden();
    await expect(results(page).first()).toBeInViewport();
    await page.getByText('Show the filters').click();
    await expect(speakers).toBeVisible();
    await expect(page.getByText('Hide the filters')).toBeVisible();
  });
});

test.describe('the search page while results arrive', () => {
  for (const viewport of [
    { width: 412, height: 823 },
    { width: 1280, height: 800 },
  ]) {
    test(`keeps still at ${viewport.width} px: results and filters fill room kept for them`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript(() => {
        const shifts = { total: 0 };
        (window as unknown as { shifts: typeof shifts }).shifts = shifts;
        new PerformanceObserver((entries) => {
          for (const entry of entries.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput) shifts.total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // Pagefind is held back until the page has been painted, so results surely arrive after it.
      let release = () => {};
      const painted = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/pagefind/shards.json', async (route) => {
        await painted;
        await route.continue();
      });
      await page.goto('search/?q=meeting&speaker=Zhou+Pengju');
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      release();
      await expect(results(page)).toHaveCount(2);
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const shift = await page.evaluate(
        () => (window as unknown as { shifts: { total: number } }).shifts.total,
      );
      expect(shift).toBeLessThan(0.02);
    });
  }
});

test.describe('the search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says search needs JavaScript and links to the people, theme and year indexes', async ({ page }) => {
    await page.goto('search/');
    const notice = page.getByRole('region', { name: 'Search needs JavaScript' });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('region', { name: 'Results' })).toBeHidden();
    await expect(notice.getByRole('listitem').filter({ hasText: 'Articles by year' })).toHaveText(
      'Articles by year: 2023202220212020',
    );
    await expect(
      notice.getByRole('listitem').filter({ hasText: 'Articles by year' }).getByRole('listitem'),
    ).toHaveText(['2023', '2022', '2021', '2020']);
    await notice.getByRole('link', { name: '2023' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Articles from 2023' })).toBeVisible();
    await page.goBack();
    await expect(notice.getByRole('link', { name: 'People, A to Z' })).toBeVisible();
    await expect(notice.getByRole('link', { name: 'Themes' })).toBeVisible();
  });
});

/** The Content-Security-Policy `public/_headers` sends with every page. */
function headersPolicy(): string {
  const match = /^\/\*\n(?:\s+.*\n)*?\s+Content-Security-Policy: (.+)$/m.exec(
    readFileSync('public/_headers', 'utf8'),
  );
  if (!match?.[1]) throw new Error('public/_headers: no Content-Security-Policy for /*');
  return match[1];
}

test.describe('the Content-Security-Policy in public/_headers', () => {
  test('lets the search page and an article work without a single violation', async ({ page }) => {
    const policy = headersPolicy();
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': policy },
      });
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    await page.goto('search/?q=gazelles');
    await expect(results(page).getByRole('link', { name: SEED_TITLE })).toBeVisible();
    expect(await violations()).toEqual([]);
    await results(page).getByRole('link', { name: SEED_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
    await expect(page.getByRole('banner')).toBeVisible();
    // Every file of the article (its stylesheet last) is loaded under the policy before checking.
    await page.waitForLoadState('load');
    expect(await violations()).toEqual([]);
    // Let requests still passing through the handler finish before the page closes.
    await page.unrouteAll({ behavior: 'wait' });
  });
});
