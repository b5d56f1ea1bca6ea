/**
 * Site-wide quality gates over every page in the sitemap: a clean console, no request to any other origin (the site works offline), and a CSP that
 * allows no third-party origin and no unhashed inline script.
 */
import { expect, test } from '@playwright/test';
import { visitAll, watchConsole } from './helpers.ts';
import { sitemapPages } from './site-pages.ts';

const pages = sitemapPages();

test('the sitemap lists the chapters', () => {
  expect(pages).toContain('');
  expect(pages).toContain('pixels/');
  expect(pages.length).toBeGreaterThanOrEqual(3);
});

// Accessibility (axe, all rules, two widths, both themes) and layout: layout.spec.ts.
for (const path of pages) {
  test(`/${path}: clean console, no request to another origin, CSP without third parties`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? 'http://localhost').origin;
    const foreign: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    const consoleWatch = watchConsole(page);
    await page.goto(path);
    await visitAll(page);
    expect(foreign, `requests to other origins from /${path}`).toEqual([]);
    consoleWatch.expectClean();
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toBeTruthy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
    const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    // Every inline script on the page is covered by a hash in the policy (none ran blocked: the
    // console is clean above, and the browser reports blocked scripts as errors).
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].length);
    expect(scriptSrc.match(/'sha256-/g)?.length ?? 0).toBeGreaterThanOrEqual(Math.min(1, inline));
  });
}
