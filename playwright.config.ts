import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, resolveChromium } from './tests/e2e/browser.ts';

const port = Number(process.env.E2E_PORT ?? 4399);
const base = `/${(process.env.BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
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
