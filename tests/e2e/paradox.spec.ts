/**
 * The paradox scale on the home page: it times the random map on this device, its settings
 * round-trip through "Copy link", and it can use the reader's measured device as the hardware.
 */
import { expect, test } from '@playwright/test';
import { computeParadox } from '../../src/components/paradox/paradox-model.ts';
import { formatRatio } from '../../src/lib/index.ts';
import { waitHydrated, watchConsole } from './helpers.ts';

test("the random map is timed on this device and the operations ratio is the engine's", async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('#paradox');
  await waitHydrated(page, 'paradox');
  await expect(page.locator('#paradox .paradox__notes')).toContainText('median of 7 runs in a Web Worker');
  await expect(page.getByTestId('paradox-announce')).toContainText('SDXL');
  // The operations ratio does not depend on timing: it must equal the engine's.
  const expected = computeParadox({
    model: 'sdxl',
    side: 1024,
    steps: 20,
    guidance: true,
    hardware: 'h100-sxm',
    randomSeconds: 1,
  });
  await expect(page.getByTestId('paradox-ratio-operations')).toHaveText(formatRatio(expected.ratios.operations));
  consoleWatch.expectClean();
});

test('a link copied from the paradox scale reproduces its settings in a fresh page', async ({ page, context }) => {
  await page.goto('#paradox');
  await waitHydrated(page, 'paradox');
  await page.getByLabel('Model').selectOption('flux-dev');
  await page.getByLabel('Image size').selectOption('512');
  await page.getByLabel('Classifier-free guidance').selectOption('off');
  await page.getByLabel('Hardware for the image').selectOption('rtx-4090');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.locator('#paradox .demo__share-text').inputValue();
  expect(link).toContain('paradox.model=flux-dev');
  expect(link).toMatch(/#paradox$/);
  const ratio = await page.getByTestId('paradox-ratio-operations').textContent();
  const fresh = await context.newPage();
  await fresh.goto(link);
  await waitHydrated(fresh, 'paradox');
  await expect(fresh.getByLabel('Model')).toHaveValue('flux-dev');
  await expect(fresh.getByLabel('Image size')).toHaveValue('512');
  await expect(fresh.getByLabel('Classifier-free guidance')).toHaveValue('off');
  await expect(fresh.getByLabel('Hardware for the image')).toHaveValue('rtx-4090');
  await expect(fresh.getByTestId('paradox-ratio-operations')).toHaveText(ratio ?? '');
});

test('after measuring this device, the paradox scale can use it as the hardware', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('hardware/#your-device');
  await waitHydrated(page, 'device');
  await page
    .locator('#device')
    .getByRole('button', { name: /^Measure (this device|again)$/ })
    .click();
  await expect(page.locator('#device').getByTestId('device-result')).toBeVisible({ timeout: 20_000 });
  await page.goto('?paradox.hw=your-device#paradox');
  await waitHydrated(page, 'paradox');
  const select = page.getByLabel('Hardware for the image');
  await expect(select).toHaveValue('your-device');
  await expect(select.locator('option[value="your-device"]')).toContainText('Your device');
  await expect(page.locator('#paradox .demo__notices')).toHaveCount(0);
  await expect(page.getByTestId('paradox-announce')).toContainText('Your device');
  consoleWatch.expectClean();
});
