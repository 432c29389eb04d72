import { expect, test } from '@playwright/test';

// Paths are relative (no leading slash) so every test runs both at `/` and under `/archive/`.
const SEED = 'articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/';
const SEED_TITLE = /^Zhou Pengju emphasized at the city’s science and technology work conference/;
const MAYOR_SPEECH = 'Speaker: Zhou Pengju, Deputy Secretary of the Municipal Party Committee and Mayor';

test.describe('who said what', () => {
  test("reads who gave the mayor's speech on the seed article", async ({ page }) => {
    await page.goto(SEED);
    const speech = page.getByRole('region', { name: MAYOR_SPEECH, exact: true });
    await expect(speech).toContainText(
      'Zhou Pengju emphasized that first, we must improve our political standing',
    );
    await expect(speech).toContainText('Second, we must focus on key tasks');
    await expect(speech).toContainText('Third, we must strengthen our practical responsibilities');
    await expect(speech).not.toContainText('presided over the meeting');
    await speech.getByRole('link', { name: 'Zhou Pengju', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zhou Pengju' })).toBeVisible();
  });

  test("follows What they said from the mayor's page to the passage", async ({ page }) => {
    await page.goto('people/zhou-pengju/');
    const said = page.getByRole('region', { name: 'What they said' });
    await expect(said).toContainText('17 April 2023');
    await said
      .getByRole('link', {
        name: /^Zhou Pengju emphasized that first, we must improve our political standing/,
      })
      .click();
    await expect(page).toHaveURL(/#speech-zhou-pengju-1$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
    await expect(page.getByRole('region', { name: MAYOR_SPEECH, exact: true })).toBeInViewport();
  });

  test('follows a name in the article text to the person it refers to', async ({ page }) => {
    await page.goto(SEED);
    await page.locator('.article-body').getByRole('link', { name: 'Hao Peng', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hao Peng' })).toBeVisible();
  });

  test('shows how long the article is', async ({ page }) => {
    await page.goto(SEED);
    await expect(page.locator('.facts')).toContainText(/\d[\d,]* words, about \d+ minutes? to read/);
  });
});

test.describe('the glossary', () => {
  test('explains a translated term from the article, without scripts, and lists the articles using it', async ({
    page,
  }) => {
    await page.goto(SEED);
    await page.locator('.article-body').getByRole('link', { name: 'stuck neck', exact: true }).click();
    await expect(page).toHaveURL(/#glossary-note-stuck-neck$/);
    const note = page.locator('#glossary-note-stuck-neck');
    await expect(note).toBeInViewport();
    await expect(note).toContainText('core technologies');
    await note.getByRole('link', { name: 'In the glossary (stuck neck)' }).click();
    await expect(page).toHaveURL(/glossary\/#stuck-neck$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    const entry = page.locator('#stuck-neck');
    await expect(entry).toBeInViewport();
    await expect(entry).toContainText('卡脖子');
    await expect(entry).toContainText('core technologies');
    await entry.getByRole('link', { name: SEED_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  });

  test('is in the main navigation and lists every seeded term', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
    for (const term of [
      'stuck neck',
      'revealing the list and taking command',
      'young eagles',
      'gazelles',
      'unicorns',
      'one game of chess',
      'Two Sessions',
      'primary productive forces',
    ]) {
      await expect(page.getByRole('term').filter({ hasText: term }).first()).toBeVisible();
    }
  });
});
