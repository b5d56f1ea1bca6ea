import { expect, test } from '@playwright/test';

test('display and inline math on /pixels/ are KaTeX HTML, not code blocks', async ({ page }) => {
  await page.goto('pixels/');
  const display = page.locator('.katex-display');
  await expect(display.first()).toBeVisible();
  expect(await display.count()).toBeGreaterThanOrEqual(1);
  // Inline math: a .katex not inside a display block.
  const inline = page.locator('p .katex, li .katex, td .katex');
  expect(await inline.count()).toBeGreaterThan(3);
  // No TeX source left in code blocks or as raw text.
  await expect(page.locator('pre:has-text("\\\\mathbb"), code:has-text("\\\\mathbb")')).toHaveCount(0);
  // innerText is the rendered text: KaTeX's MathML keeps the TeX source in a hidden annotation,
  // which textContent would include.
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
  const text = await page.locator('main').innerText();
  expect(text).not.toContain('$$');
  expect(text).not.toContain('\\mathbb');
  // KaTeX's fonts come from this site.
  const fontUrls = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('KaTeX')),
  );
  expect(fontUrls.length).toBeGreaterThan(0);
  for (const url of fontUrls) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
});
