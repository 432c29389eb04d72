import { expect, test } from '@playwright/test';

// Paths are relative (no leading slash) so every test runs both at `/` and under `/archive/`.
const SEED = 'articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/';
const SEED_TITLE = /^Zhou Pengju emphasized at the city’s science and technology work conference/;

test.describe('a person’s career', () => {
  test('follows a speaker from an article to their roles and timeline, and back', async ({ page }) => {
    await page.goto(SEED);
    await page.getByRole('region', { name: 'Speakers' }).getByRole('link', { name: 'Zhang Jianjun' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zhang Jianjun' })).toBeVisible();

    const roles = page.getByRole('region', { name: 'Roles over time' });
    const deputyMayor = roles.getByRole('listitem').filter({ hasText: /^Deputy Mayor\.?\s/ });
    await expect(deputyMayor).toContainText(
      '5 March 2023 to 9 May 2023; 2 articles (spoke at 1 event, mentioned in 1 article)',
    );
    await expect(deputyMayor.getByRole('list')).toContainText('“Deputy Mayor.”');
    await expect(deputyMayor.getByRole('list')).toContainText('“Deputy Mayor”');
    // The seed states a longer role: a separate group, dated by the event day, not publication.
    await expect(
      roles.getByRole('listitem').filter({ hasText: /^Member of the Standing Committee/ }),
    ).toContainText('14 April 2023; 1 article');

    const timeline = page.getByRole('img', { name: 'Zhang Jianjun’s appearances by month' });
    await expect(timeline).toBeVisible();
    await page.getByText('Zhang Jianjun’s appearances by month: the data as a table').click();
    const table = page.getByRole('table', { name: 'Zhang Jianjun’s appearances by month' });
    await expect(table.getByRole('row', { name: /^March 2023 1 0 1\. Deputy Mayor\.?$/ })).toBeVisible();
    await expect(
      table.getByRole('row', { name: /^April 2023 1 0 2\. Member of the Standing Committee/ }),
    ).toBeVisible();
    await expect(table.getByRole('row', { name: /^May 2023 0 1 1\. Deputy Mayor\.?$/ })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(4);

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  });

  test('says in words how someone took part, spoke at and mentioned in apart', async ({ page }) => {
    await page.goto('people/zhang-jianjun/');
    await expect(page.locator('.facts')).toContainText('Spoke at 2 events; mentioned in 1 other article.');
    await expect(page.getByRole('region', { name: /^Spoke at/ }).getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('region', { name: /^Mentioned in/ }).getByRole('listitem')).toHaveCount(1);

    await page.goto('people/xi-jinping/');
    await expect(page.locator('.facts')).toContainText(
      'Mentioned in 1 article; spoke at none of the events.',
    );
    await expect(page.getByRole('region', { name: /^Spoke at/ })).toHaveCount(0);
  });

  test('counts as taking part together only people who spoke at the same event', async ({ page }) => {
    await page.goto('people/xi-jinping/');
    await expect(page.getByRole('region', { name: 'Took part with' })).toHaveCount(0);
    await expect(
      page
        .getByRole('region', { name: 'Named in the same articles' })
        .getByRole('link', { name: 'Matthew Quan' }),
    ).toBeVisible();

    await page.goto('people/zhou-pengju/');
    const tookPart = page.getByRole('region', { name: 'Took part with' });
    await expect(tookPart.getByRole('link', { name: 'Matthew Quan' })).toBeVisible();
    await expect(tookPart.getByRole('link', { name: 'Xi Jinping' })).toHaveCount(0);
  });

  test('links the Wikidata item a person file names', async ({ page }) => {
    await page.goto('people/xi-jinping/');
    await expect(page.getByRole('link', { name: 'Q15031' })).toHaveAttribute(
      'href',
      'https://www.wikidata.org/wiki/Q15031',
    );
    const profile = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((nodes) =>
        nodes.map((node) => JSON.parse(node.textContent ?? '{}') as Record<string, unknown>),
      );
    const person = profile.find((data) => data['@type'] === 'ProfilePage')?.['mainEntity'] as Record<
      string,
      unknown
    >;
    expect(person['sameAs']).toEqual(['https://www.wikidata.org/wiki/Q15031']);
    expect(JSON.stringify(person['hasOccupation'])).not.toContain('endDate');
  });
});

test.describe('the overview', () => {
  test('is in the main navigation, with each chart named and its data as a table', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    for (const name of ['Articles per month', 'The most frequent speakers', 'Themes over time']) {
      await expect(page.getByRole('img', { name })).toBeVisible();
      await page.getByText(`${name}: the data as a table`).click();
      await expect(page.getByRole('table', { name })).toBeVisible();
    }
    const speakers = page.getByRole('table', { name: 'The most frequent speakers' });
    await expect(speakers.getByRole('row', { name: 'Zhou Pengju 2 0', exact: true })).toBeVisible();
    await expect(speakers.getByRole('link', { name: 'Xi Jinping' })).toHaveCount(0);
    await speakers.getByRole('link', { name: 'Zhou Pengju' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zhou Pengju' })).toBeVisible();
  });

  test('stays readable at 320 px wide: the charts scroll in their frame, the page does not', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['overview/', 'people/zhang-jianjun/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
