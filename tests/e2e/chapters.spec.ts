/**
 * The chapter map (src/sidebar.ts, from DESIGN.md) against the built site: every chapter exists
 * with a title and a description, opens by saying what the reader will be able to answer, ends
 * with self-check questions, and never overflows horizontally at 360 px or 1280 px.
 */
import { expect, test } from '@playwright/test';
import { chapters } from '../../src/sidebar.ts';

test('the chapter map lists the eleven chapters of the design', () => {
  expect(chapters.map((c) => c.slug)).toEqual([
    '',
    'pixels',
    'structure',
    'constraints',
    'diffusion',
    'counting-flops',
    'hardware',
    'efficient-methods',
    'try-it',
    'claims',
    'references',
  ]);
});

for (const chapter of chapters) {
  const path = chapter.slug ? `${chapter.slug}/` : '';
  test(`/${path} exists with a title, a description, its opening question and self-check questions`, async ({
    page,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const title = await page.locator('h1').first().textContent();
    expect(title?.trim().length).toBeGreaterThan(3);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0).toBeGreaterThan(40);
    await expect(page.locator('main .sl-markdown-content p').first()).toContainText(
      'After this chapter you can answer',
    );
    const checks = page.locator('xpath=//h2[@id="check-yourself"]/following::details');
    await expect(page.locator('h2#check-yourself')).toHaveCount(1);
    expect(await checks.count()).toBeGreaterThanOrEqual(2);
    // Answers are revealed on request.
    const first = checks.first();
    await expect(first).not.toHaveAttribute('open', '');
    await first.locator('summary').click();
    await expect(first).toHaveAttribute('open', '');
  });

  for (const width of [360, 1280]) {
    test(`/${path} does not overflow horizontally at ${width} px`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(path);
      const height = await page.evaluate(() => document.body.scrollHeight);
      for (let y = 0; y <= height; y += 800) await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `page wider than the viewport by ${overflow} px`).toBeLessThanOrEqual(0);
      await context.close();
    });
  }
}
