import { expect, test } from '@playwright/test';
import { computeClaims } from '../../src/components/claims/claims.ts';
import { watchConsole } from './helpers.ts';

test('the claims page shows, for every claim, exactly the verdict and corrected figure the engine computes', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await page.goto('claims/');
  const claims = computeClaims();
  expect(claims.length).toBeGreaterThanOrEqual(12);
  for (const c of claims) {
    const article = page.locator(`#claim-${c.id}`);
    await expect(article).toHaveCount(1);
    await expect(article.locator('[data-corrected]')).toHaveText(c.corrected);
    await expect(article.locator('[data-verdict]')).toHaveText(c.verdict);
  }
  consoleWatch.expectClean();
});

test('every claim the outline makes with a number is covered', () => {
  const ids = computeClaims().map((c) => c.id);
  for (const id of [
    'random-flops',
    'five-pflops',
    'million-times',
    'seven-hundred-watts',
    'one-step',
    'optical',
    'tokenset',
    'rae',
    'consistency',
  ]) {
    expect(ids).toContain(id);
  }
});

test('"On this page" lists every claim under its topic, and each claim has a visible permalink', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('claims/');
  const toc = page.locator('starlight-toc nav');
  const claims = computeClaims();
  for (const c of claims) {
    await expect(toc.locator(`a[href="#claim-${c.id}"]`)).toHaveCount(1);
    const permalink = page.locator(`#claim-${c.id} .claim__permalink`);
    await expect(permalink).toBeVisible();
    await expect(permalink).toHaveAttribute('href', `#claim-${c.id}`);
  }
  for (const topic of new Set(claims.map((c) => c.topic))) {
    await expect(toc.getByRole('link', { name: topic, exact: true })).toHaveCount(1);
  }
  // The chapter's own headings stay in the list around the claims, in page order.
  const hrefs = await toc.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const after = hrefs.indexOf('#checking-a-figure-yourself');
  for (const c of claims) {
    const at = hrefs.indexOf(`#claim-${c.id}`);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(after);
  }
});
