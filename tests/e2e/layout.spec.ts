/**
 * Every page in the sitemap, at the widths readers use (a 360 px phone, a 768 px tablet, a
 * 1280 px laptop, a 1920 px desktop): no content is clipped (tables, equations and code either
 * fit or sit in a visibly scrollable, keyboard-focusable box; see layout-check.ts; from 1280 px
 * up, where the wide column has room, none of them needs to scroll), and axe with
 * all its rules, best practices included, finds nothing on the phone and the laptop, in the light
 * and the dark theme. One page load per page, so the run stays short.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { layoutSettled, visitAll } from './helpers.ts';
import { findClipped, findScrolling } from './layout-check.ts';
import { sitemapPages } from './site-pages.ts';

const pages = sitemapPages();
const WIDTHS = [360, 768, 1280, 1920] as const;
const AXE_WIDTHS: ReadonlySet<number> = new Set([360, 1280]);

/** Switches Starlight's theme the way its theme menu does (data-theme on <html>). */
async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((t) => {
    document.documentElement.dataset.theme = t;
  }, theme);
  await layoutSettled(page);
}

test('the layout check finds clipped content and accepts a focusable scroll box', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.setContent(`<!doctype html><body style="margin:0">
    <p style="white-space:nowrap">a line of text that runs on past the right edge of a phone screen</p>
    <div style="overflow:hidden;width:200px"><span style="display:inline-block;width:400px">cut</span></div>
    <div id="unreachable" style="overflow-x:auto;width:200px"><span style="display:inline-block;width:400px">scrolls</span></div>
    <div id="fine" tabindex="0" style="overflow-x:auto;width:200px"><span style="display:inline-block;width:400px">scrolls</span></div>
  </body>`);
  const found = (await page.evaluate(findClipped)).map((c) => c.why);
  expect(found.some((w) => /text spans/.test(w))).toBe(true);
  expect(found.some((w) => /hides 200px/.test(w))).toBe(true);
  expect(found.filter((w) => /nothing in it is keyboard-focusable/.test(w))).toHaveLength(1);
});

test('the scroll check lists a box in main whose content is wider than it, and not one that fits', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.setContent(`<!doctype html><body><main>
    <div id="wide" tabindex="0" style="overflow-x:auto;width:300px"><span style="display:inline-block;width:500px">x</span></div>
    <div id="fits" tabindex="0" style="overflow-x:auto;width:300px"><span style="display:inline-block;width:200px">x</span></div>
  </main></body>`);
  expect(await page.evaluate(findScrolling)).toEqual(['wide: 500px of content in a 300px box']);
});

for (const path of pages) {
  test(`/${path}: nothing clipped at ${WIDTHS.join(', ')} px; axe (all rules) clean at 360 and 1280 px, light and dark`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(path);
    await visitAll(page);
    // Nothing skips its rendering while off screen (content-visibility), so a full-page
    // screenshot or a printout shows every section.
    const skipped = await page.evaluate(
      () =>
        [...document.querySelectorAll('main *')].filter((el) => getComputedStyle(el).contentVisibility !== 'visible')
          .length,
    );
    expect(skipped, 'elements with content-visibility other than visible').toBe(0);
    const violations: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width < 500 ? 800 : 720 });
      await layoutSettled(page);
      // Polled: some boxes settle a little after a resize (charts redraw to their new width).
      await expect
        .poll(async () => (await page.evaluate(findClipped)).map((c) => `${c.where} — ${c.why}`), {
          message: `clipped content on /${path} at ${width}px`,
        })
        .toEqual([]);
      if (width >= 1280)
        expect(await page.evaluate(findScrolling), `content that scrolls sideways on /${path} at ${width}px`).toEqual(
          [],
        );
      if (!AXE_WIDTHS.has(width)) continue;
      for (const theme of ['light', 'dark'] as const) {
        await setTheme(page, theme);
        const results = await new AxeBuilder({ page }).analyze();
        for (const v of results.violations)
          violations.push(
            `${width}px ${theme}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 4)
              .join(' | ')}`,
          );
      }
    }
    expect(violations, `axe violations on /${path}`).toEqual([]);
    await context.close();
  });
}
