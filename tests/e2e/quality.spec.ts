/**
 * Quality gates on the built site, at `/` and under `/archive/`: accessibility (axe, WCAG 2.2 A
 * and AA) in light and dark, valid HTML, no broken internal links, and the article page budget.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { findBrokenLinks } from '../support/site-check.ts';
import { E2E_SITES, PAGE_TYPES, SEED_PAGE } from './sites.ts';

/** Most an article page may weigh, HTML plus CSS, in KB (docs/site.md, "Quality gates"). */
const ARTICLE_PAGE_BUDGET_KB = 48;

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

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of PAGE_TYPES) {
      test(`${path} has no WCAG 2.2 A or AA violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
          .analyze();
        const summary = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

test.describe('the built files', () => {
  test('every page is valid HTML', async ({}, testInfo) => {
    const { dir } = siteOf(testInfo.project.name);
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      // Headlines of news reports run long; the <title> keeps them whole rather than cut at 70 characters.
      rules: { 'long-title': 'off' },
    });
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

  test(`an article page ships no JavaScript and weighs under ${ARTICLE_PAGE_BUDGET_KB} KB with its CSS`, async ({}, testInfo) => {
    const { dir, base } = siteOf(testInfo.project.name);
    const html = readFileSync(join(dir, SEED_PAGE, 'index.html'), 'utf8');
    // JSON-LD blocks are data, not JavaScript.
    expect(html).not.toMatch(/<script\b(?![^>]*type="application\/ld\+json")/i);
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
