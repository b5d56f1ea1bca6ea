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
