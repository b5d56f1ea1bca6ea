/**
 * Finds a Chromium for Playwright, in this order:
 *   1. the CHROMIUM_PATH environment variable (PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH also works);
 *   2. /usr/bin/chromium (Debian's package: apt-get install -y chromium);
 *   3. Playwright's own browsers (npx playwright install chromium), where that download works.
 * With none, it throws a message that says how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export function resolveChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright throws when its browsers are not installed; fall through to the message.
  }
  throw new Error(
    'No Chromium found for the browser tests. Set CHROMIUM_PATH to a Chromium or Chrome binary, ' +
      "or install Debian's package (sudo apt-get install -y chromium), or run `npx playwright install chromium` " +
      'where downloads are allowed.',
  );
}
