import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { E2E_SITES } from './tests/e2e/sites.ts';

/**
 * The browser: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium when present, else
 * Playwright's own Chromium (`npx playwright install chromium`) on machines that can download it.
 */
const executablePath =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    javaScriptEnabled: true,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: E2E_SITES.map((site) => ({ name: site.name, use: { baseURL: site.url } })),
  webServer: E2E_SITES.map((site) => ({
    command: `node scripts/serve.ts --dir ${site.dir} --base ${site.base} --port ${site.port}`,
    url: site.url,
    reuseExistingServer: false,
    timeout: 30_000,
  })),
});
