import { expect, test } from '@playwright/test';

// Paths are relative (no leading slash) so every test runs both at `/` and under `/archive/`.
const SEED_PATH = 'articles/2023-04-17-zhou-pengju-science-and-technology-work-conference/';

test.describe('following people, themes and the archive', () => {
  test('a person page advertises and links the person’s feed', async ({ page, baseURL }) => {
    await page.goto('people/zhou-pengju/');
    const basePath = new URL(baseURL ?? '/').pathname;
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute(
      'href',
      new RegExp(`${basePath}people/zhou-pengju/rss\\.xml$`),
    );
    const follow = page.getByRole('link', { name: 'Follow Zhou Pengju (RSS feed)' });
    const response = await page.request.get(
      new URL((await follow.getAttribute('href')) ?? '', page.url()).href,
    );
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('<title>Zhou Pengju · Liaoning News Archive</title>');
  });

  test('a theme page advertises its feed, and every page the archive’s RSS and Atom feeds', async ({
    page,
  }) => {
    await page.goto('themes/talent/');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Follow Talent (RSS feed)' })).toBeVisible();
    await page.goto('archive/2023/');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1);
    const footer = page.getByRole('contentinfo');
    for (const name of ['RSS feed', 'Atom feed']) {
      const href = (await footer.getByRole('link', { name }).getAttribute('href')) ?? '';
      expect((await page.request.get(new URL(href, page.url()).href)).status(), name).toBe(200);
    }
  });
});

test.describe('citing an article', () => {
  test('shows a permalink and a Chicago-style citation', async ({ page }) => {
    await page.goto(SEED_PATH);
    const cite = page.getByRole('region', { name: 'Cite this article' });
    const permalink = cite.getByRole('link', { name: /^http/ });
    await expect(permalink).toHaveAttribute('href', new RegExp(`${SEED_PATH}$`));
    await expect(cite).toContainText(
      '“Zhou Pengju emphasized at the city’s science and technology work conference to fight the battle',
    );
    await expect(cite.locator('i')).toHaveText('Fuxin News Network');
    await expect(cite).toContainText(
      'Fuxin News Network, April 17, 2023. Machine translation from Chinese. Liaoning News Archive.',
    );
  });

  test('carries Highwire tags for reference managers, and canonical and sharing metadata', async ({
    page,
  }) => {
    await page.goto(SEED_PATH);
    const meta = (name: string) => page.locator(`meta[name="${name}"], meta[property="${name}"]`);
    await expect(meta('citation_title')).toHaveAttribute('content', /^Zhou Pengju emphasized/);
    await expect(meta('citation_author')).toHaveAttribute('content', 'Fuxin News Network');
    await expect(meta('citation_publication_date')).toHaveAttribute('content', '2023/04/17');
    await expect(meta('citation_publisher')).toHaveAttribute('content', 'Fuxin News Network');
    await expect(meta('citation_language')).toHaveAttribute('content', 'en');
    await expect(meta('citation_public_url')).toHaveAttribute(
      'content',
      new RegExp(`^https?://.+/${SEED_PATH}$`),
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`^https?://.+/${SEED_PATH}$`),
    );
    await expect(meta('og:type')).toHaveAttribute('content', 'article');
    await expect(meta('og:title')).toHaveAttribute('content', /^Zhou Pengju emphasized/);
    await expect(meta('og:description')).toHaveAttribute('content', /^On April 14/);
    await expect(meta('twitter:card')).toHaveAttribute('content', 'summary');
  });
});
