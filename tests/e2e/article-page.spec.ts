import { expect, test } from '@playwright/test';
import { SEED_PAGE } from './sites.ts';

// Paths are relative (no leading slash) so every test runs both at `/` and under `/archive/`.
const MAYOR_SPEECH = 'Speaker: Zhou Pengju, Deputy Secretary of the Municipal Party Committee and Mayor';

test.describe("a researcher reading an article's header", () => {
  test("goes from Who took part to the mayor's passage and on to his page", async ({ page }) => {
    await page.goto(SEED_PAGE);
    const who = page.getByRole('region', { name: 'Who took part' });
    const mayor = who.getByRole('region', { name: 'Speakers' }).getByRole('listitem').filter({
      hasText: 'Zhou Pengju',
    });
    await expect(mayor).toContainText(
      'Zhou Pengju, Deputy Secretary of the Municipal Party Committee and Mayor: delivered a speech.',
    );
    await mayor.getByRole('link', { name: 'Their words in the text (Zhou Pengju)' }).click();
    await expect(page).toHaveURL(/#speech-zhou-pengju-1$/);
    const speech = page.getByRole('region', { name: MAYOR_SPEECH, exact: true });
    await expect(speech).toBeInViewport();
    await speech.getByRole('link', { name: 'Zhou Pengju', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zhou Pengju' })).toBeVisible();
  });

  test('is told whose words the text does not report, and sees the people mentioned beside the speakers', async ({
    page,
  }) => {
    await page.goto(SEED_PAGE);
    const who = page.getByRole('region', { name: 'Who took part' });
    const speakers = who.getByRole('region', { name: 'Speakers' }).getByRole('listitem');
    await expect(speakers.filter({ hasText: 'Words not reported in this text.' })).toHaveCount(3);
    await expect(speakers.filter({ hasText: 'Zhou Pengju' })).not.toContainText('not reported');
    await expect(who.getByRole('region', { name: 'Mentioned' }).getByRole('listitem')).toHaveText([
      'Xi Jinping, General Secretary',
      'Hao Peng, Secretary of the Provincial Party Committee',
    ]);
  });

  test('sees the doubt a person file records flagged beside the name', async ({ page }) => {
    await page.goto(SEED_PAGE);
    const quan = page
      .getByRole('region', { name: 'Speakers' })
      .getByRole('listitem')
      .filter({ hasText: 'Matthew Quan' });
    await expect(quan).toContainText(
      'Doubt: "Matthew Quan" is how the machine translation rendered a Chinese name',
    );
    const zhou = page.getByRole('region', { name: 'Speakers' }).getByRole('listitem').filter({
      hasText: 'Zhou Pengju',
    });
    await expect(zhou).not.toContainText('Doubt');
  });
});

test.describe('paragraph anchors', () => {
  test('a paragraph shows its self-link on focus, and the link is the address of that paragraph', async ({
    page,
  }) => {
    await page.goto(SEED_PAGE);
    const anchor = page.getByRole('link', { name: 'Paragraph 3', exact: true });
    await expect(anchor).toHaveCSS('opacity', '0');
    await anchor.focus();
    await expect(anchor).toHaveCSS('opacity', '1');
    await anchor.click();
    await expect(page).toHaveURL(/#paragraph-3$/);
    await expect(page.locator('#paragraph-3')).toContainText('Second, we must focus on key tasks');
    await expect(page.locator('#paragraph-3')).toBeInViewport();
  });

  test('a paragraph shows its self-link on hover', async ({ page }) => {
    await page.goto(SEED_PAGE);
    await page.locator('#paragraph-1').hover();
    await expect(page.getByRole('link', { name: 'Paragraph 1', exact: true })).toHaveCSS('opacity', '1');
  });
});

test.describe('every article', () => {
  test('lists every article once at articles/, 20 a page like the front page, the seed article among them', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('link', { name: 'All articles' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'All articles' })).toBeVisible();
    const total = Number((await page.locator('.lede').textContent())?.match(/of (\d+), newest first/)?.[1]);
    expect(total).toBeGreaterThan(20);
    const addresses: (string | null)[] = [];
    for (;;) {
      const links = page.locator('.article-list > li .card-title a');
      expect(await links.count()).toBeLessThanOrEqual(20);
      for (const link of await links.all()) addresses.push(await link.getAttribute('href'));
      const older = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Older' });
      if ((await older.count()) === 0) break;
      await older.click();
      await expect(page).toHaveURL(/articles\/page\/\d+\/$/);
    }
    expect(addresses).toHaveLength(total);
    expect(new Set(addresses).size).toBe(total);
    expect(addresses.some((href) => href?.endsWith(SEED_PAGE))).toBe(true);
  });
});

test.describe('an original beside its translation', () => {
  const BILINGUAL = 'articles/2022-06-12-fixture-river-cleaning-campaign/';

  test('on a wide screen, sets each paragraph of the original beside the paragraph it translates', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(BILINGUAL);
    const original = page.getByRole('region', { name: 'Original text (Chinese)' });
    await expect(original).toHaveAttribute('lang', 'zh');
    await expect(page.locator('.article-body')).toHaveAttribute('lang', 'en');
    for (const n of [1, 2, 3, 4]) {
      const translated = await page.locator(`#paragraph-${n}`).boundingBox();
      const beside = await page.locator(`#original-paragraph-${n}`).boundingBox();
      expect(beside?.y, `paragraph ${n}`).toBeCloseTo(translated?.y ?? -1, 0);
      expect(beside?.x ?? 0).toBeGreaterThan((translated?.x ?? 0) + (translated?.width ?? 0));
    }
    await expect(page.locator('#original-paragraph-3')).toHaveText(/^第二，各村发现排水沟堵塞/);
  });

  test('on a narrow screen, puts the original after the translation, under its own heading', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(BILINGUAL);
    const lastTranslated = await page.locator('#paragraph-4').boundingBox();
    const heading = page.getByRole('heading', { name: 'Original text (Chinese)' });
    await expect(heading).toBeVisible();
    const headingBox = await heading.boundingBox();
    expect(headingBox?.y ?? 0).toBeGreaterThan((lastTranslated?.y ?? 0) + (lastTranslated?.height ?? 0));
  });

  test('is part of the text the search indexes', async ({ page }) => {
    await page.goto(BILINGUAL);
    await expect(page.locator('[data-pagefind-body] .original-body')).toHaveCount(1);
    await expect(page.locator('[data-pagefind-ignore] .original-body')).toHaveCount(0);
  });
});
