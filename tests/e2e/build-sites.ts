/**
 * Prepares the end-to-end run: checks a browser is available, assembles the test content (the
 * real `content/` plus fixtures, `tests/support/e2e-content.ts`) and builds it twice, at `/` and
 * under `/archive/`.
 * Run by `npm run test:e2e` before Playwright starts.
 */
import { existsSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { buildSite } from '../../scripts/build-site.ts';
import { assembleE2EContent } from '../support/e2e-content.ts';
import { E2E_CONTENT_DIR, E2E_SITES } from './sites.ts';

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

checkBrowser();
assembleE2EContent(E2E_CONTENT_DIR);
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
