/**
 * Prepares the end-to-end run: checks a browser is available, assembles the test content (the
 * real `content/` plus fixtures) and builds it twice, at `/` and under `/archive/`.
 * Run by `npm run test:e2e` before Playwright starts.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { buildSite } from '../../scripts/build-site.ts';
import { E2E_CONTENT_DIR, E2E_SITES } from './sites.ts';

/** Enough short fixture articles to push the front page onto a second page. */
const BULLETIN_COUNT = 22;

function checkBrowser(): void {
  const configured =
    process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  if (configured ? existsSync(configured) : existsSync(chromium.executablePath())) return;
  console.error(
    [
      'test:e2e: no Chromium found for the browser tests.',
      '  On Debian or Ubuntu: sudo apt-get install -y chromium   (used from /usr/bin/chromium)',
      '  Elsewhere:           npx playwright install chromium',
      '  Or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}

function bulletin(n: number): string {
  const day = String(1 + (n % 28)).padStart(2, '0');
  const month = String(1 + (n % 12)).padStart(2, '0');
  return [
    '---',
    `title: 'Fixture bulletin ${n}: a short test article'`,
    `published: '2021-${month}-${day}'`,
    'source: fuxin-news-network',
    'themes: [talent]',
    '---',
    '',
    `Fixture bulletin number ${n}, written for the end-to-end tests. It fills the front page.`,
    '',
  ].join('\n');
}

function assembleContent(): void {
  rmSync(E2E_CONTENT_DIR, { recursive: true, force: true });
  cpSync('content', E2E_CONTENT_DIR, { recursive: true });
  cpSync('tests/fixtures/e2e-content', E2E_CONTENT_DIR, { recursive: true });
  mkdirSync(`${E2E_CONTENT_DIR}/articles/2021`, { recursive: true });
  for (let n = 1; n <= BULLETIN_COUNT; n += 1) {
    writeFileSync(`${E2E_CONTENT_DIR}/articles/2021/2021-fixture-bulletin-${n}.md`, bulletin(n));
  }
}

checkBrowser();
assembleContent();
for (const site of E2E_SITES) {
  rmSync(site.dir, { recursive: true, force: true });
  const { status, output } = buildSite({ outDir: site.dir, base: site.base, content: E2E_CONTENT_DIR });
  if (status !== 0) {
    console.error(output);
    console.error(`test:e2e: building the "${site.name}" site failed`);
    process.exit(status);
  }
  console.log(`test:e2e: built ${site.name} site (base ${site.base}) into ${site.dir}`);
}
