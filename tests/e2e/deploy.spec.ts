/**
 * Hosting anywhere: run against the normal build and against one built under a base path
 * (`npm run test:base` builds with BASE=/pixel-map-efficiency/). Every page loads with its demos
 * hydrated (workers included), every embed page works, and the search index answers.
 */
import { expect, test } from '@playwright/test';
import { DEMOS } from '../../src/components/demo/registry.ts';
import { waitHydrated, watchConsole } from './helpers.ts';
import { BASE, sitemapPages } from './site-pages.ts';

test(`every page under the base ${BASE} loads with all its demos hydrated and a clean console`, async ({ page }) => {
  let hydrated = 0;
  for (const path of sitemapPages()) {
    const consoleWatch = watchConsole(page);
    const response = await page.goto(path);
    expect(response?.status(), `/${path}`).toBe(200);
    expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
    for (const id of await page.locator('figure.demo').evaluateAll((els) => els.map((e) => e.id))) {
      await waitHydrated(page, id);
      hydrated++;
    }
    await page.waitForLoadState('networkidle');
    consoleWatch.expectClean();
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
    page.removeAllListeners('requestfailed');
    page.removeAllListeners('response');
  }
  expect(hydrated).toBeGreaterThanOrEqual(DEMOS.length);
});

test('the pattern explorer draws through its worker under the base path', async ({ page }) => {
  await page.goto('pixels/?patterns.pattern=smooth&patterns.size=64#patterns');
  await waitHydrated(page, 'patterns');
  await expect(page.getByTestId('patterns-announce')).toContainText('Smooth noise, 64×64×3');
});

test('site search finds a chapter', async ({ page }) => {
  await page.goto('');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('dialog[open] input[type="search"], dialog[open] input').first().fill('checkerboard');
  const result = page.locator('dialog[open] a[href*="structure"]').first();
  await expect(result).toBeVisible({ timeout: 15_000 });
  expect(new URL((await result.getAttribute('href')) as string, page.url()).pathname.startsWith(BASE)).toBe(true);
});
