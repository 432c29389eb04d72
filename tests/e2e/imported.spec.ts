import { expect, test } from '@playwright/test';

// Paths are relative (no leading slash) so every test runs both at `/` and under `/archive/`.

test.describe('an imported article', () => {
  test('shows its subtitle and says that its text breaks off', async ({ page }) => {
    await page.goto('articles/2020-03-02-fixture-imported-page-cut-short/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Fixture: an imported page whose text was cut short',
    );
    await expect(page.getByText('A second headline the source printed under the title')).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Incomplete text' })).toContainText(
      'breaks off here',
    );
    await expect(page.getByText('*stars*, _underscores_ and [brackets] stay literal')).toBeVisible();
  });

  test('says which of its facts the importer guessed and nobody has checked', async ({ page }) => {
    await page.goto('articles/2020-03-02-fixture-imported-page-cut-short/');
    await expect(page.getByRole('complementary', { name: 'Not yet checked' })).toContainText(
      'Themes proposed from keywords; not yet checked.',
    );
  });

  test('has no such note once everything is checked', async ({ page }) => {
    await page.goto('articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Not yet checked' })).toHaveCount(0);
  });

  test('has no incomplete-text note when the text is whole', async ({ page }) => {
    await page.goto('articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Incomplete text' })).toHaveCount(0);
  });
});
