/**
 * JavaScript budget per page: everything a page loads once all its islands have hydrated,
 * gzipped, must stay within 100 KB. Search is excepted: its index and WebAssembly (/pagefind/),
 * and Pagefind's search UI (`ui-core`, @pagefind/default-ui), which Starlight's search button
 * preloads when the browser is idle, whether or not the reader ever searches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { BASE, DIST, sitemapPages } from './site-pages.ts';

const LIMIT = 100 * 1024;

for (const path of sitemapPages()) {
  test(`/${path} loads at most 100 KB of gzipped JavaScript`, async ({ page }) => {
    await page.goto(path);
    const height = await page.evaluate(() => document.body.scrollHeight);
    for (let y = 0; y <= height; y += 600) await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForLoadState('networkidle');
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith('.js') || p.endsWith('.mjs')),
    );
    let total = 0;
    for (const p of new Set(scripts)) {
      if (p.includes('/pagefind/') || /\/ui-core\.[\w-]+\.js$/.test(p)) continue;
      const file = join(DIST, decodeURIComponent(p.slice(BASE.length)));
      total += gzipSync(readFileSync(file), { level: 9 }).length;
    }
    console.log(`/${path}: ${scripts.length} scripts, ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(total).toBeLessThanOrEqual(LIMIT);
  });
}
