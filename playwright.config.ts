import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, resolveChromium } from './tests/e2e/browser.ts';

const port = Number(process.env.E2E_PORT ?? 4399);
const base = `/${(process.env.BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // On CI (.ci/run sets CI=1) a failed test gets one more try, and the report lists it as
  // "flaky": a headless browser there once stopped delivering frames for a minute. Locally,
  // none, so a flaky test shows up as a failure where it can be looked at.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}${base}`,
    browserName: 'chromium',
    launchOptions: { executablePath: resolveChromium(), args: CHROMIUM_FLAGS },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve.ts`,
    env: { PORT: String(port), BASE: base, DIST: process.env.DIST ?? 'dist' },
    url: `http://localhost:${port}${base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
