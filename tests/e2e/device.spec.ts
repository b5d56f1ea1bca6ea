/**
 * The device benchmark in headless Chromium. The browser runs with --disable-gpu, so WebGPU
 * gives no adapter and the CPU paths (WebAssembly SIMD, else JavaScript) are what is measured.
 * Timings are only checked against sanity bounds, never as pass/fail performance targets.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { waitHydrated, watchConsole } from './helpers.ts';

const KEY = 'pixel-map-efficiency:your-device';
const RUN_TIMEOUT = 20_000;

const bench = (page: Page) => page.locator('#device');
const measureButton = (page: Page) => bench(page).getByRole('button', { name: /^Measure (this device|again)$/ });

async function openBench(page: Page, query = '') {
  await page.goto(`hardware/${query}`);
  await waitHydrated(page, 'device');
}

async function stored(page: Page): Promise<{ flopsPerSecond: number; path: string } | null> {
  const text = await page.evaluate((key) => localStorage.getItem(key), KEY);
  return text ? JSON.parse(text) : null;
}

/** Runs the benchmark and waits for its result. */
async function measure(page: Page) {
  await measureButton(page).click();
  const done = bench(page).locator('[data-testid="device-result"], [data-testid="device-error"]');
  await expect(done.first()).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(bench(page).getByTestId('device-error')).toHaveCount(0);
  await expect(bench(page).getByTestId('device-result')).toBeVisible();
  await expect(bench(page).getByRole('button', { name: 'Cancel' })).toHaveCount(0);
}

async function value(page: Page, testid: string): Promise<number> {
  return Number(await page.getByTestId(testid).getAttribute('data-value'));
}

test('the section has the your-device anchor and explains the measurement', async ({ page }) => {
  await openBench(page);
  await expect(page.locator('h2#your-own-device')).toHaveText('Your own device');
  // #your-device, the anchor the calculator and the chart link to, sits just above the heading.
  const [anchor, heading] = await Promise.all([
    page.locator('#your-device').boundingBox(),
    page.locator('h2#your-own-device').boundingBox(),
  ]);
  expect(Math.abs((anchor?.y ?? 0) - (heading?.y ?? 1e9))).toBeLessThan(80);
  await expect(page.locator('a[href="#your-own-device"]').first()).toBeAttached();
  await expect(bench(page)).toContainText('never sent anywhere');
  await expect(measureButton(page)).toBeEnabled();
  await expect(bench(page).getByTestId('device-result')).toHaveCount(0);
});

test('measure: the progress bar advances, then a plausible CPU result is shown and stored', async ({ page }) => {
  const watch = watchConsole(page);
  await openBench(page);
  await measureButton(page).click();
  const progress = bench(page).getByTestId('device-progress');
  await expect(progress).toBeVisible();
  await expect(bench(page).getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(measureButton(page)).toBeDisabled();
  await expect(progress).toHaveAccessibleName('Benchmark progress');
  // The bar moves while the timed repetitions run.
  await expect
    .poll(async () => Number(await progress.getAttribute('value')), { timeout: RUN_TIMEOUT })
    .toBeGreaterThan(20);
  await expect(bench(page).getByTestId('device-phase')).toContainText('products so far');

  await expect(bench(page).getByTestId('device-result')).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(progress).toBeHidden();
  const flops = await value(page, 'device-flops');
  expect(flops).toBeGreaterThan(1e6);
  expect(flops).toBeLessThan(1e13);
  const path = await bench(page).getByTestId('device-path').getAttribute('data-value');
  expect(['wasm-simd', 'javascript']).toContain(path);
  await expect(bench(page).getByTestId('device-sizes')).toHaveText(/^\d+×\d+ · \d+×\d+$/);
  await expect(bench(page).getByTestId('device-image')).toContainText('One 20-step SDXL image at 1024²');
  await expect(bench(page).getByTestId('device-image')).toContainText('H100 SXM5');
  await expect(bench(page).getByTestId('device-map')).toContainText('A random 1024 × 1024 RGB pixel map took');
  await expect(page.getByTestId('device-announce')).toContainText('Measured:');
  await expect(page.getByTestId('device-announce')).toHaveAttribute('aria-live', 'polite');

  const saved = await stored(page);
  expect(saved?.flopsPerSecond).toBe(flops);
  expect(saved?.path).toBe(path);
  watch.expectClean();
});

test('the measured result passes axe (WCAG 2.1 AA) in both themes', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await openBench(page);
    await measure(page);
    await bench(page).locator('details summary').first().click();
    const results = await new AxeBuilder({ page })
      .include('#device')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await context.close();
  }
});

test('the plain JavaScript kernel runs in the browser when asked for', async ({ page }) => {
  await openBench(page, '?device.path=javascript');
  await measure(page);
  await expect(bench(page).getByTestId('device-path')).toHaveText('javascript');
  expect(await value(page, 'device-flops')).toBeGreaterThan(1e6);
});

test('the calculator and the chart can select the measured device', async ({ page }) => {
  const watch = watchConsole(page);
  await openBench(page);
  await measure(page);
  const rate = (await stored(page))?.flopsPerSecond ?? Number.NaN;

  // The chart on the same page gains a "Your device" line.
  const chart = page.locator('#cost-chart');
  await chart.scrollIntoViewIfNeeded();
  const device = chart.getByRole('checkbox', { name: /^Your device/ });
  await device.check();
  await expect(page.getByTestId('chart-uplot')).toHaveAttribute('data-series', '3');
  await expect(page.getByTestId('chart-readout')).toContainText('Your device');
  await expect.poll(() => page.url()).toContain('cost-chart.hw=133');

  await page.goto('counting-flops/');
  await waitHydrated(page, 'calculator');
  const calc = page.locator('#calculator');
  const before = await value(page, 'calculator-seconds');
  await calc.getByLabel('Hardware').selectOption('your-device');
  await expect(calc.getByLabel(/Utilisation/)).toHaveValue('100');
  await expect(calc.getByLabel('Number format')).toHaveValue('fp32');
  await expect.poll(() => value(page, 'calculator-seconds')).not.toBe(before);
  await expect(page.getByTestId('calculator-announce')).toContainText('Your device (measured in this browser');
  const flops = await value(page, 'calculator-flops');
  const seconds = await value(page, 'calculator-seconds');
  // Compute-bound at any plausible browser rate: seconds = FLOPs / measured FLOP/s, plus the
  // latency model's per-kernel costs (well under 1% at browser rates).
  expect(seconds / (flops / rate)).toBeGreaterThanOrEqual(1);
  expect(seconds / (flops / rate)).toBeLessThan(1.01);
  await expect.poll(() => page.url()).toContain('calculator.hw=your-device');

  // The link survives a reload.
  await page.reload();
  await waitHydrated(page, 'calculator');
  await expect(calc.getByLabel('Hardware')).toHaveValue('your-device');
  await expect(calc.locator('.demo__notices')).toHaveCount(0);
  watch.expectClean();
});

test('cancel mid-run: no result, nothing stored, the button is enabled again', async ({ page }) => {
  const watch = watchConsole(page);
  // Count worker terminations: a cancelled run must end its worker, not just ignore it.
  await page.addInitScript(() => {
    const w = window as unknown as { __terminated: number };
    w.__terminated = 0;
    const terminate = Worker.prototype.terminate;
    Worker.prototype.terminate = function (this: Worker) {
      w.__terminated++;
      terminate.call(this);
    };
  });
  await openBench(page);
  await measureButton(page).click();
  const progress = bench(page).getByTestId('device-progress');
  await expect
    .poll(async () => Number(await progress.getAttribute('value')), { timeout: RUN_TIMEOUT })
    .toBeGreaterThan(0);
  await bench(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(bench(page).getByTestId('device-cancelled')).toBeVisible();
  await expect(measureButton(page)).toBeEnabled();
  await expect(measureButton(page)).toBeFocused();
  await expect(page.getByTestId('device-announce')).toContainText('cancelled');
  // The worker was terminated, so it can never report back.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __terminated: number }).__terminated)).toBe(1);
  await expect(bench(page).getByTestId('device-result')).toHaveCount(0);
  expect(await stored(page)).toBeNull();
  // A new run after a cancel works (a fresh worker).
  await measure(page);
  watch.expectClean();
});

test('forget: the stored result and the calculator option are gone', async ({ page }) => {
  await openBench(page);
  await measure(page);
  await bench(page).getByRole('button', { name: 'Forget' }).click();
  await expect(bench(page).getByTestId('device-result')).toHaveCount(0);
  await expect(page.getByTestId('device-announce')).toContainText('Forgotten');
  expect(await stored(page)).toBeNull();
  await expect(page.locator('#cost-chart').getByRole('checkbox', { name: /^Your device/ })).toHaveCount(0);
  await expect(page.getByTestId('chart-device-hint')).toContainText('Measure your device');

  await page.goto('counting-flops/');
  await waitHydrated(page, 'calculator');
  await expect(page.locator('#calculator-hw option[value="your-device"]')).toHaveCount(0);
  const link = page.getByTestId('calculator-device-hint').getByRole('link', { name: 'Measure your device' });
  await expect(link).toHaveAttribute('href', /hardware\/#your-device$/);
});

test('a link to calculator.hw=your-device without a measurement falls back to the default, with a notice', async ({
  page,
}) => {
  const watch = watchConsole(page);
  await page.goto('counting-flops/?calculator.hw=your-device#calculator');
  await waitHydrated(page, 'calculator');
  const calc = page.locator('#calculator');
  await expect(calc.locator('.demo__notices')).toContainText('calculator.hw = your-device needs a measurement');
  await expect(calc.getByLabel('Hardware')).toHaveValue('h100-sxm');
  await expect(page.getByTestId('calculator-seconds')).not.toHaveText('—');
  await expect.poll(() => page.url()).toContain('calculator.hw=h100-sxm');
  watch.expectClean();
});

test('a corrupted stored value is ignored with a notice and can be forgotten', async ({ page }) => {
  await page.goto('hardware/');
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"flopsPerSecond":-3'), KEY);
  await openBench(page);
  await expect(bench(page).getByTestId('device-problem')).toContainText('The stored device measurement was ignored');
  await expect(bench(page).getByTestId('device-result')).toHaveCount(0);
  await bench(page).getByRole('button', { name: 'Forget' }).click();
  await expect(bench(page).getByTestId('device-problem')).toHaveCount(0);
  expect(await stored(page)).toBeNull();
});

test('the benchmark works from the keyboard', async ({ page }) => {
  await openBench(page);
  await measureButton(page).focus();
  await page.keyboard.press('Enter');
  // The measure button is disabled during the run, so focus moves to Cancel.
  await expect(bench(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(bench(page).getByTestId('device-cancelled')).toBeVisible();
  await expect(measureButton(page)).toBeFocused();
});

test('without JavaScript the section says the measurement needs it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('hardware/');
  await expect(page.getByTestId('device-nojs')).toContainText('needs JavaScript');
  await expect(page.locator('#device').getByRole('button', { name: 'Measure this device' })).toBeDisabled();
  await context.close();
});
