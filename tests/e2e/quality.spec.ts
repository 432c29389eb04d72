/**
 * Quality gates on the built site, at `/` and under `/archive/`: accessibility (axe, WCAG 2.2 A
 * and AA) in light and dark, valid HTML, no broken internal links, and the article page budget;
 * the search page is checked as built and as a filtered search renders it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { findBrokenLinks } from '../support/site-check.ts';
import { E2E_SITES, PAGE_TYPES, SEED_PAGE } from './sites.ts';

/** Most an article page may weigh, HTML plus CSS, in KB (docs/site.md, "Quality gates"). */
const ARTICLE_PAGE_BUDGET_KB = 48;
/** Most script an article page may carry, in bytes: the citation's copy button, an enhancement. */
const ARTICLE_SCRIPT_BUDGET_BYTES = 2048;

function siteOf(projectName: string) {
  const site = E2E_SITES.find((candidate) => candidate.name === projectName);
  if (!site) throw new Error(`no e2e site for project ${projectName}`);
  return site;
}

function htmlPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      const path = join(entry.parentPath, entry.name);
      pages.set(path.slice(dir.length + 1), readFileSync(path, 'utf8'));
    }
  }
  return pages;
}

/** Axe's WCAG 2.2 A and AA violations on the page as it is now, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  // Headlines of news reports run long; the <title> keeps them whole rather than cut at 70 characters.
  rules: { 'long-title': 'off' },
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of PAGE_TYPES) {
      test(`${path} has no WCAG 2.2 A or AA violations`, async ({ page }) => {
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

/** A search as a shared address opens it: words, a ticked speaker and a year. */
const FILTERED_SEARCH = 'search/?q=meeting&speaker=Zhou+Pengju&year=2023';

test.describe('the search page in its filtered state', () => {
  async function openFiltered(page: Page): Promise<void> {
    await page.goto(FILTERED_SEARCH);
    await expect(page.getByRole('status')).toHaveText('2 articles found for “meeting”');
    await expect(page.getByRole('checkbox', { name: /^Zhou Pengju/ })).toBeChecked();
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.2 A or AA violations in the ${colorScheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openFiltered(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('is valid HTML, and every link in it resolves', async ({ page }, testInfo) => {
    const { dir, base } = siteOf(testInfo.project.name);
    await openFiltered(page);
    const rendered = await page.content();
    // A browser writes boolean attributes out as `open=""`: a matter of style, not validity.
    const report = await validator.validateString(rendered, FILTERED_SEARCH, {
      rules: { 'attribute-boolean-style': 'off', 'attribute-empty-style': 'off' },
    });
    const errors = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
      ),
    );
    expect(errors).toEqual([]);
    const pages = htmlPages(dir);
    pages.set('search/index.html', rendered);
    const broken = findBrokenLinks(pages, base, (file) => existsSync(join(dir, file)));
    expect(broken.filter((problem) => problem.startsWith('search/index.html:'))).toEqual([]);
  });
});

test.describe('the built files', () => {
  test('every page is valid HTML', async ({}, testInfo) => {
    const { dir } = siteOf(testInfo.project.name);
    const errors: string[] = [];
    for (const [path, html] of htmlPages(dir)) {
      const report = await validator.validateString(html, path);
      for (const result of report.results) {
        for (const message of result.messages) {
          errors.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(errors).toEqual([]);
  });

  test('every internal link, image, stylesheet and script resolves', async ({}, testInfo) => {
    const { dir, base } = siteOf(testInfo.project.name);
    const pages = htmlPages(dir);
    expect(pages.size).toBeGreaterThan(20);
    expect(findBrokenLinks(pages, base, (file) => existsSync(join(dir, file)))).toEqual([]);
  });

  test(`an article page needs no JavaScript, carries under ${ARTICLE_SCRIPT_BUDGET_BYTES} bytes of it, and weighs under ${ARTICLE_PAGE_BUDGET_KB} KB with its CSS`, async ({}, testInfo) => {
    const { dir, base } = siteOf(testInfo.project.name);
    const html = readFileSync(join(dir, SEED_PAGE, 'index.html'), 'utf8');
    // JSON-LD blocks are data, not JavaScript. Reading without JavaScript is checked in cite-data.spec.ts.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
      ([, attributes]) => !/type="application\/ld\+json"/.test(attributes ?? ''),
    );
    const scriptBytes = scripts.reduce((sum, [, attributes, body]) => {
      const src = /\bsrc="([^"]+)"/.exec(attributes ?? '')?.[1];
      return sum + (src ? statSync(join(dir, src.slice(base.length))).size : Buffer.byteLength(body ?? ''));
    }, 0);
    expect(scripts.length).toBeLessThanOrEqual(1);
    expect(scriptBytes).toBeLessThan(ARTICLE_SCRIPT_BUDGET_BYTES);
    const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
      (match) => match[1] ?? '',
    );
    const cssBytes = stylesheets.reduce(
      (sum, href) => sum + statSync(join(dir, href.slice(base.length))).size,
      0,
    );
    const totalKB = (Buffer.byteLength(html) + cssBytes) / 1024;
    expect(totalKB).toBeLessThan(ARTICLE_PAGE_BUDGET_KB);
  });
});
