import { expect, test } from '@playwright/test';
import { canvasHash, waitHydrated, watchConsole } from './helpers.ts';

const CANVAS = '[data-testid="patterns-canvas"]';

async function settled(page: import('@playwright/test').Page) {
  // The announcement is written after each frame is drawn.
  await expect(page.getByTestId('patterns-time')).not.toHaveText('—');
  await expect(page.locator('.demo__readout[aria-busy="false"]')).toHaveCount(1);
}

async function hashAfter(page: import('@playwright/test').Page, change: () => Promise<unknown>) {
  const before = await canvasHash(page, CANVAS);
  await change();
  await expect.poll(() => canvasHash(page, CANVAS)).not.toBe(before);
  await settled(page);
  return canvasHash(page, CANVAS);
}

for (const path of ['pixels/', 'structure/']) {
  test(`${path} loads without console errors and the explorer draws`, async ({ page }) => {
    const consoleWatch = watchConsole(page);
    await page.goto(path);
    await waitHydrated(page, 'patterns');
    await settled(page);
    const hash = await canvasHash(page, CANVAS);
    expect(hash.startsWith('256x256:')).toBe(true);
    consoleWatch.expectClean();
  });
}

test('changing each control of the explorer changes the canvas pixels', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('pixels/');
  await waitHydrated(page, 'patterns');
  await settled(page);
  await hashAfter(page, () =>
    page
      .getByLabel('Seed', { exact: true })
      .fill('7')
      .then(() => page.keyboard.press('Tab')),
  );
  await hashAfter(page, () => page.getByRole('button', { name: 'Next seed' }).click());
  await hashAfter(page, () => page.getByLabel('Channels').selectOption('1'));
  await hashAfter(page, () => page.getByLabel('Size (pixels per side)').selectOption('64'));
  await hashAfter(page, () => page.getByLabel('Pattern', { exact: true }).selectOption('smooth'));
  await hashAfter(page, () => page.getByLabel(/Smoothing sigma/).fill('12'));
  await hashAfter(page, () => page.getByLabel('Pattern', { exact: true }).selectOption('gradient'));
  await hashAfter(page, () => page.getByLabel(/Angle/).fill('-90'));
  await hashAfter(page, () => page.getByLabel('Gradient kind').selectOption('radial'));
  await hashAfter(page, () => page.getByLabel('Pattern', { exact: true }).selectOption('checkerboard'));
  await hashAfter(page, () => page.getByLabel(/Cell size/).fill('5'));
  await expect(page.getByTestId('patterns-flops')).toHaveText('0');
  consoleWatch.expectClean();
});

test('random noise reports integer operations and zero floating-point operations', async ({ page }) => {
  await page.goto('pixels/');
  await waitHydrated(page, 'patterns');
  await settled(page);
  await expect(page.getByTestId('patterns-flops')).toHaveText('0');
  await expect(page.getByTestId('patterns-intops')).toHaveText('688 k');
  await expect(page.getByTestId('patterns-announce')).toContainText('Random noise, 256×256×3, seed 1');
});

test('the keyboard alone operates the explorer, and results are announced', async ({ page }) => {
  await page.goto('pixels/');
  await waitHydrated(page, 'patterns');
  await settled(page);
  await page.getByRole('button', { name: 'Copy link' }).focus();
  // Tab through to the pattern select and change it with the arrow keys.
  const order: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || ''));
    if (order.at(-1) === 'patterns-pattern') break;
  }
  expect(order).toContain('patterns-pattern');
  const before = await canvasHash(page, CANVAS);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Pattern', { exact: true })).toHaveValue('smooth');
  await expect.poll(() => canvasHash(page, CANVAS)).not.toBe(before);
  await expect(page.getByTestId('patterns-announce')).toContainText('Smooth noise');
  // Tab on to the sigma slider and move it with the arrow keys.
  let reached = false;
  for (let i = 0; i < 8 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'patterns-sigma');
  }
  expect(reached).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel(/Smoothing sigma/)).toHaveValue('4.5');
  await expect(page.getByTestId('patterns-announce')).toContainText('sigma 4.5 px');
});

test('the default state is prerendered as an image and works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('structure/');
  const img = page.locator('#patterns img');
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('alt', /Smooth noise, 256×256×3, seed 1, sigma 4 px/);
  const loaded = await img.evaluate((el) => (el as HTMLImageElement).naturalWidth);
  expect(loaded).toBe(256);
  await expect(page.locator('#patterns .demo__nojs')).toContainText('interactive with JavaScript on');
  await context.close();
});

test('Download PNG saves the current image', async ({ page }) => {
  await page.goto('pixels/');
  await waitHydrated(page, 'patterns');
  await settled(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('pixel-map-random-256x256x3-seed1.png');
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
});
