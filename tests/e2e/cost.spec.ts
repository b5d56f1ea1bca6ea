import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { committedValidation } from '../../src/components/latency/validation.ts';
import { getHardware } from '../../src/lib/index.ts';
import { canvasHash, layoutSettled, waitHydrated, watchConsole } from './helpers.ts';

const CHART_CANVAS = '#cost-chart .uplot canvas';

/** A readout's raw number (the engine's value, written to data-value beside the formatted text). */
async function value(page: Page, testid: string): Promise<number> {
  const raw = await page.getByTestId(testid).getAttribute('data-value');
  return raw ? Number(raw) : Number.NaN;
}

/** Waits until a readout's raw value differs from `before` and returns the new one. */
async function changed(page: Page, testid: string, before: number): Promise<number> {
  await expect.poll(() => value(page, testid)).not.toBe(before);
  return value(page, testid);
}

async function openCalculator(page: Page, query = '') {
  await page.goto(`counting-flops/${query}`);
  await waitHydrated(page, 'calculator');
  await expect(page.getByTestId('calculator-announce')).not.toHaveText('');
}

async function openChart(page: Page, query = '') {
  await page.goto(`hardware/${query}`);
  await waitHydrated(page, 'cost-chart');
  await expect(page.locator(CHART_CANVAS).first()).toBeVisible();
  await expect(page.getByTestId('chart-announce')).not.toHaveText('');
}

const chart = (page: Page) => page.getByTestId('chart-uplot');
const calc = (page: Page) => page.locator('#calculator');

test('both chapters load and both islands hydrate without console errors', async ({ page }) => {
  const watch = watchConsole(page);
  await openCalculator(page);
  await expect(page.getByTestId('calculator-flops')).not.toHaveText('—');
  await openChart(page);
  await expect(chart(page)).toHaveAttribute('data-series', '2');
  watch.expectClean();
});

test('calculator: model, steps, hardware and utilisation each change the numbers', async ({ page }) => {
  const watch = watchConsole(page);
  await openCalculator(page);
  const c = calc(page);
  const flops50 = await value(page, 'calculator-flops');
  const denoiser50 = await value(page, 'calculator-denoiser');

  await c.getByLabel(/Denoising steps/).fill('20');
  const denoiser20 = await changed(page, 'calculator-denoiser', denoiser50);
  expect(denoiser20 / denoiser50).toBeCloseTo(20 / 50, 12);
  expect(await value(page, 'calculator-flops')).toBeLessThan(flops50);
  await expect(page.getByTestId('calculator-announce')).toContainText('20 steps');

  const seconds = await value(page, 'calculator-seconds');
  const flops20 = await value(page, 'calculator-flops');
  await c.getByLabel('Hardware').selectOption('rtx-4090');
  const seconds4090 = await changed(page, 'calculator-seconds', seconds);
  expect(seconds4090).toBeGreaterThan(seconds);
  expect(await value(page, 'calculator-flops')).toBe(flops20);
  // The utilisation follows the new profile's default (the fitted η for Ada).
  await expect(c.getByLabel(/Utilisation/)).toHaveValue(
    String(Math.round(getHardware('rtx-4090').defaultUtilisation * 100)),
  );

  // A lower η slows the compute part: the time grows, but by less than the ratio (overheads stay).
  await c.getByLabel(/Utilisation/).fill('46');
  const seconds46 = await changed(page, 'calculator-seconds', seconds4090);
  expect(seconds46).toBeGreaterThan(seconds4090);
  expect(seconds46 / seconds4090).toBeLessThan(2);

  await c.getByLabel('Model').selectOption('flux-dev');
  const fluxFlops = await changed(page, 'calculator-flops', flops20);
  expect(fluxFlops).toBeGreaterThan(flops20);
  // Choosing a model loads its pipeline defaults.
  await expect(c.getByLabel(/Denoising steps/)).toHaveValue('28');
  await expect(c.getByLabel('Width (px)')).toHaveValue('1024');
  watch.expectClean();
});

test('guidance doubles the denoiser for SDXL but not for FLUX.1-schnell', async ({ page }) => {
  await openCalculator(page);
  const c = calc(page);
  const guidance = c.getByLabel('Guidance on');
  await expect(guidance).toBeChecked();
  const on = await value(page, 'calculator-denoiser');
  await guidance.uncheck();
  const off = await changed(page, 'calculator-denoiser', on);
  expect(on / off).toBe(2);

  await c.getByLabel('Model').selectOption('flux-schnell');
  await expect(guidance).not.toBeChecked();
  const schnellOff = await changed(page, 'calculator-denoiser', off);
  await expect(c.getByText('takes no guidance')).toBeVisible();
  await guidance.check();
  await expect(page.getByTestId('calculator-announce')).toContainText('guidance on');
  expect(await value(page, 'calculator-denoiser')).toBe(schnellOff);
});

test('calculator: a size the model does not accept shows the engine message, politely', async ({ page }) => {
  const watch = watchConsole(page);
  await openCalculator(page);
  await calc(page).getByLabel('Width (px)').fill('1000');
  const problem = page.getByTestId('calculator-error');
  await expect(problem).toBeVisible();
  await expect(problem).toHaveAttribute('role', 'status');
  await expect(problem).toContainText('width must be a multiple of 32 for model "sdxl"');
  await expect(problem).toContainText('Try 992 or 1024');
  await expect(page.getByTestId('calculator-flops')).toHaveText('—');
  await calc(page).getByLabel('Width (px)').fill('1024');
  await expect(problem).toHaveCount(0);
  await expect(page.getByTestId('calculator-flops')).not.toHaveText('—');
  watch.expectClean();
});

test('calculator: "Show the math" fills in the formula and cites the sources', async ({ page }) => {
  await openCalculator(page);
  const math = page.getByTestId('calculator-math');
  await math.locator('summary').click();
  const flopsText = ((await page.getByTestId('calculator-flops').textContent()) ?? '').trim();
  await expect(math).toContainText(`FLOPs = 2 × MACs`);
  await expect(math).toContainText(`= ${flopsText}`);
  await expect(math).toContainText('50 × 2 = 100');
  await expect(math.locator('a[href*="stable-diffusion-xl-base-1.0"], a[href*="sdxl"]').first()).toBeVisible();
  await expect(math.locator('a[href="https://www.nvidia.com/en-us/data-center/h100/"]').first()).toBeVisible();
});

test('the calculator works from the keyboard alone and announces results', async ({ page }) => {
  await openCalculator(page);
  await calc(page).getByRole('button', { name: 'Copy link' }).focus();
  const tabTo = async (id: string) => {
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
    }
    throw new Error(`Tab never reached #${id}`);
  };
  await tabTo('calculator-model');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#calculator-model')).not.toHaveValue('sdxl');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#calculator-model')).toHaveValue('sdxl');

  await tabTo('calculator-steps');
  const before = await value(page, 'calculator-flops');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('20');
  await changed(page, 'calculator-flops', before);
  await expect(page.getByTestId('calculator-announce')).toContainText('20 steps');

  await tabTo('calculator-guidance');
  const denoiser = await value(page, 'calculator-denoiser');
  await page.keyboard.press('Space');
  expect(denoiser / (await changed(page, 'calculator-denoiser', denoiser))).toBe(2);
  await expect(page.getByTestId('calculator-announce')).toContainText('guidance off');

  await tabTo('calculator-util');
  await page.keyboard.press('ArrowRight');
  const nextUtil = Math.round(getHardware('h100-sxm').defaultUtilisation * 100) + 1;
  await expect(page.locator('#calculator-util')).toHaveValue(String(nextUtil));
  await expect(page.getByTestId('calculator-announce')).toContainText(`η ${nextUtil}%`);
  await expect(page.getByTestId('calculator-announce')).toHaveAttribute('aria-live', 'polite');
});

test('the calculator state survives a copied link in a fresh page', async ({ page, browser }) => {
  await openCalculator(page);
  const c = calc(page);
  await c.getByLabel('Model').selectOption('pixart-alpha');
  await c.getByLabel(/Denoising steps/).fill('12');
  await c.getByLabel('Hardware').selectOption('a100-sxm');
  await c.getByLabel('Number format').selectOption('bf16');
  await c.getByLabel(/Utilisation/).fill('61');
  await expect(page.getByTestId('calculator-announce')).toContainText('η 61%');
  await expect.poll(() => page.url()).toContain('calculator.util=61');
  const flops = await value(page, 'calculator-flops');
  const seconds = await value(page, 'calculator-seconds');
  await c.getByRole('button', { name: 'Copy link' }).click();
  const link = await c.locator('.demo__share-text').inputValue();
  expect(link).toContain('calculator.model=pixart-alpha');
  expect(link).toContain('#calculator');

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await waitHydrated(fresh, 'calculator');
  const f = calc(fresh);
  await expect(f.getByLabel('Model')).toHaveValue('pixart-alpha');
  await expect(f.getByLabel(/Denoising steps/)).toHaveValue('12');
  await expect(f.getByLabel('Hardware')).toHaveValue('a100-sxm');
  await expect(f.getByLabel('Number format')).toHaveValue('bf16');
  await expect(f.getByLabel(/Utilisation/)).toHaveValue('61');
  await expect.poll(() => value(fresh, 'calculator-flops')).toBe(flops);
  expect(await value(fresh, 'calculator-seconds')).toBe(seconds);
  await expect(f.locator('.demo__notices')).toHaveCount(0);
});

test('hostile URL values are clamped with a notice and inject no markup', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const query = `?calculator.steps=1e9&calculator.model=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')}`;
  await openCalculator(page, query);
  const notices = calc(page).locator('.demo__notices');
  await expect(notices).toBeVisible();
  await expect(notices).toContainText('calculator.steps = “1e9” is above the maximum 1000; using 1000.');
  await expect(notices).toContainText('is not one of');
  await expect(notices).toContainText('<script>');
  await expect(calc(page).getByLabel(/Denoising steps/)).toHaveValue('1000');
  await expect(calc(page).getByLabel('Model')).toHaveValue('sdxl');
  await expect(page.locator('#calculator script, #calculator img')).toHaveCount(0);
  await expect(page.getByTestId('calculator-announce')).toContainText('1000 steps');
  expect(dialogs).toBe(0);
});

test('chart: uPlot draws the chosen hardware and redraws when settings change', async ({ page }) => {
  const watch = watchConsole(page);
  await openChart(page);
  await expect(chart(page)).toHaveAttribute('data-series', '2');
  await expect(page.locator('#cost-chart .cost-hardware input:checked')).toHaveCount(2);
  let hash = await canvasHash(page, CHART_CANVAS);

  await page
    .locator('#cost-chart')
    .getByRole('checkbox', { name: /^A100 SXM4/ })
    .check();
  await expect(chart(page)).toHaveAttribute('data-series', '3');
  await expect.poll(() => canvasHash(page, CHART_CANVAS)).not.toBe(hash);
  hash = await canvasHash(page, CHART_CANVAS);

  await page.locator('#cost-chart').getByLabel('Model').selectOption('flux-dev');
  await expect.poll(() => canvasHash(page, CHART_CANVAS)).not.toBe(hash);
  await expect(page.getByTestId('chart-readout')).toContainText('A100 SXM4 80 GB');
  hash = await canvasHash(page, CHART_CANVAS);

  await page.locator('#cost-chart').getByRole('radio', { name: 'FLOPs' }).check();
  await expect(chart(page)).toHaveAttribute('data-series', '1');
  await expect.poll(() => canvasHash(page, CHART_CANVAS)).not.toBe(hash);
  watch.expectClean();
});

test('chart: the linear/log toggle switches the axes', async ({ page }) => {
  await openChart(page);
  await expect(chart(page)).toHaveAttribute('data-scale', 'linear');
  const hash = await canvasHash(page, CHART_CANVAS);
  await page.locator('#cost-chart').getByRole('radio', { name: 'Logarithmic' }).check();
  await expect(chart(page)).toHaveAttribute('data-scale', 'log');
  await expect.poll(() => canvasHash(page, CHART_CANVAS)).not.toBe(hash);
  await expect.poll(() => page.url()).toContain('cost-chart.scale=log');
  await page.locator('#cost-chart').getByRole('radio', { name: 'Linear' }).check();
  await expect(chart(page)).toHaveAttribute('data-scale', 'linear');
});

test('chart: hovering and the step slider move the readout', async ({ page }) => {
  await openChart(page);
  const readout = page.getByTestId('chart-readout');
  await expect(readout).toContainText('At 20 steps');
  const over = page.locator('#cost-chart .u-over');
  const box = await over.boundingBox();
  if (!box) throw new Error('no plot area');
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  await expect(readout).not.toContainText('At 20 steps');
  await expect(readout).toContainText('H100 SXM5 80 GB');
  await page.locator('#cost-chart-step').fill('50');
  await expect(readout).toContainText('At 50 steps');
});

test('chart: the table has the same data, and agrees with the calculator', async ({ page }) => {
  await openChart(page);
  const table = page.getByTestId('chart-table');
  await table.locator('summary').click();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(100);
  const row20 = rows.nth(19);
  await expect(row20.locator('th')).toHaveText('20');
  const h100Seconds = ((await row20.locator('td').nth(1).textContent()) ?? '').trim();
  const rtxSeconds = ((await row20.locator('td').nth(2).textContent()) ?? '').trim();
  await expect(page.getByTestId('chart-readout')).toContainText(`H100 SXM5 80 GB ${h100Seconds}`);
  await expect(page.getByTestId('chart-readout')).toContainText(`RTX 4090 ${rtxSeconds}`);

  // The same settings in the calculator (SDXL, 1024², 20 steps, guidance, default utilisation).
  await openCalculator(page, '?calculator.steps=20');
  await expect(page.getByTestId('calculator-seconds')).toHaveText(h100Seconds);
  await calc(page).getByLabel('Hardware').selectOption('rtx-4090');
  await expect(page.getByTestId('calculator-seconds')).toHaveText(rtxSeconds);
});

test('chart: the CSV download holds the plotted numbers', async ({ page }) => {
  await openChart(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#cost-chart').getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('cost-sdxl-1024x1024-guidance-on-eager-h100-sxm+rtx-4090.csv');
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(await download.path(), 'utf8');
  const lines = text.trimEnd().split('\r\n');
  expect(lines).toHaveLength(101);
  expect(lines[0].split(',')).toEqual([
    'steps',
    'flops',
    'seconds h100-sxm',
    'seconds rtx-4090',
    'joules_upper_bound h100-sxm',
    'joules_upper_bound rtx-4090',
  ]);
  const rows = lines.slice(1).map((l) => l.split(',').map(Number));
  expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  for (const r of rows) {
    expect(r[3]).toBeGreaterThan(r[2]); // the RTX 4090 is slower than the H100
    expect(r[4]).toBeCloseTo(700 * r[2], 9); // energy bound = 700 W × seconds
  }
  // FLOPs at 20 steps equal the calculator's for the same settings, to the last digit.
  await openCalculator(page, '?calculator.steps=20');
  expect(await value(page, 'calculator-flops')).toBe(rows[19][1]);
  expect(await value(page, 'calculator-seconds')).toBe(rows[19][2]);
});

test('the chart state survives a copied link in a fresh page', async ({ page, browser }) => {
  await openChart(page);
  const chartFig = page.locator('#cost-chart');
  await chartFig.getByLabel('Model').selectOption('sd3-medium');
  await chartFig.getByLabel('Resolution').selectOption('512');
  await chartFig.getByRole('checkbox', { name: /^L4 / }).check();
  await chartFig.getByRole('radio', { name: 'Energy' }).check();
  await chartFig.getByRole('radio', { name: 'Logarithmic' }).check();
  await expect(chart(page)).toHaveAttribute('data-series', '3');
  await expect.poll(() => page.url()).toContain('cost-chart.scale=log');
  await chartFig.getByRole('button', { name: 'Copy link' }).click();
  const link = await chartFig.locator('.demo__share-text').inputValue();
  expect(link).toContain('cost-chart.hw=21');

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await waitHydrated(fresh, 'cost-chart');
  const f = fresh.locator('#cost-chart');
  await expect(f.getByLabel('Model')).toHaveValue('sd3-medium');
  await expect(f.getByLabel('Resolution')).toHaveValue('512');
  await expect(f.getByRole('checkbox', { name: /^L4 / })).toBeChecked();
  await expect(f.getByRole('radio', { name: 'Energy' })).toBeChecked();
  await expect(fresh.getByTestId('chart-uplot')).toHaveAttribute('data-scale', 'log');
  await expect(fresh.getByTestId('chart-uplot')).toHaveAttribute('data-series', '3');
  await expect(fresh.getByTestId('chart-readout')).toHaveText(
    ((await page.getByTestId('chart-readout').textContent()) ?? '').trim(),
  );
});

test('without JavaScript the default chart, its table and the calculator numbers are prerendered', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('hardware/');
  const svg = page.getByTestId('chart-svg');
  await expect(svg).toBeVisible();
  await expect(svg.locator('path.cost-svg__line')).toHaveCount(2);
  await expect(svg).toHaveAttribute('aria-label', /SDXL base 1\.0, 1024×1024/);
  await expect(page.getByTestId('chart-readout')).toContainText('At 20 steps');
  await page.getByTestId('chart-table').locator('summary').click();
  await expect(page.getByTestId('chart-table').locator('tbody tr')).toHaveCount(100);
  await expect(page.locator('#cost-chart .demo__nojs')).toContainText('interactive with JavaScript on');

  await page.goto('counting-flops/');
  await expect(page.getByTestId('calculator-flops')).toBeVisible();
  await expect(page.getByTestId('calculator-flops')).toHaveText(/^\d[\d.]* [TP]FLOP$/);
  await expect(page.getByTestId('calculator-seconds')).toHaveText(/\d s$/);
  await expect(page.locator('#calculator .demo__nojs')).toContainText('interactive with JavaScript on');
  await context.close();
});

for (const path of ['counting-flops/', 'hardware/']) {
  test(`${path} has no horizontal overflow at 360 px`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(path);
    const demo = path === 'hardware/' ? 'cost-chart' : 'calculator';
    await waitHydrated(page, demo);
    await layoutSettled(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
}

test('"How good is this model?" shows exactly the summary recomputed from the data, and a point per fitted measurement', async ({
  page,
}) => {
  const { rows, summary } = committedValidation();
  await page.goto('hardware/');
  const shown = page.getByTestId('latency-summary');
  await expect(shown.locator('[data-field="points"]')).toHaveText(String(summary.points));
  await expect(shown.locator('[data-field="within125"]')).toHaveText(`${Math.round(100 * summary.within125)}%`);
  await expect(shown.locator('[data-field="within2"]')).toHaveText(`${Math.round(100 * summary.within2)}%`);
  await expect(shown.locator('[data-field="worst"]')).toHaveText(`${summary.worstFactor.toFixed(2)}×`);
  await expect(page.locator('#table-latency-validation tbody tr')).toHaveCount(
    rows.filter((r) => r.leaveOneOut !== null).length,
  );
  // Hydrated: uPlot draws the scatter (1× line, band edges, three stacks) and reads out a point.
  const figure = page.locator('#figure-latency-validation');
  await figure.scrollIntoViewIfNeeded();
  const plot = page.getByTestId('latency-uplot');
  await expect(plot).toHaveAttribute('data-drawn', 'true');
  await expect(plot.locator('canvas')).toHaveCount(1);
  await expect(page.getByTestId('latency-legend').locator('li')).toHaveCount(5);
  await expect(figure.locator('svg.latency-svg')).toHaveCount(0);
  const box = await plot.locator('.u-over').boundingBox();
  if (!box) throw new Error('no plot area');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('latency-readout')).toContainText('measured');
});

test('without JavaScript the validation scatter is an SVG with a marker per fitted measurement', async ({
  browser,
}) => {
  const { summary } = committedValidation();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('hardware/');
  await expect(page.locator('#figure-latency-validation .latency-svg__point')).toHaveCount(summary.points);
  await context.close();
});

test('chart: the software stack is part of the link, changes the times, and a hostile value is clamped', async ({
  page,
}) => {
  await openChart(page, '?cost-chart.software=%3Cscript%3E');
  const notices = page.locator('#cost-chart .demo__notices');
  await expect(notices).toContainText('cost-chart.software');
  const select = page.locator('#cost-chart-software');
  await expect(select).toHaveValue('eager');
  const before = await page.getByTestId('chart-announce').textContent();
  await select.selectOption('tensorrt');
  await expect(page.getByTestId('chart-announce')).not.toHaveText(before ?? '');
  await expect(page.getByTestId('chart-announce')).toContainText('TensorRT');
  await expect.poll(() => page.url()).toContain('cost-chart.software=tensorrt');
});

test('calculator: FLUX.1 [dev] on an RTX 3060 says it does not fit instead of printing a time', async ({ page }) => {
  await openCalculator(
    page,
    '?calculator.model=flux-dev&calculator.hw=rtx-3060&calculator.steps=28&calculator.guidance=off',
  );
  await expect(page.getByTestId('calculator-seconds')).toContainText('does not fit');
  await expect(page.getByTestId('calculator-announce')).toContainText('Does not fit');
});

test('calculator on a phone: the result stays in view above the controls while they scroll, and follows them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('counting-flops/#calculator');
  await waitHydrated(page, 'calculator');
  const summary = page.getByTestId('calculator-summary');
  const flops = await page.getByTestId('calculator-flops').textContent();
  await expect(summary).toContainText(flops ?? 'missing');
  // Scroll to the last control: the summary is still on screen, and changing a control updates it.
  const software = page.locator('#calculator-software');
  await software.scrollIntoViewIfNeeded();
  await expect(summary).toBeInViewport();
  await page.locator('#calculator-steps').fill('20');
  await expect(page.getByTestId('calculator-flops')).not.toHaveText(flops ?? '');
  await expect(summary).toContainText((await page.getByTestId('calculator-flops').textContent()) ?? 'missing');
  // On a laptop the readout sits beside the controls, so the summary line is not shown.
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(summary).toBeHidden();
});

test('the embedded calculator keeps every input inside its controls column at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('embed/calculator/');
  await waitHydrated(page, 'calculator');
  const column = await page.locator('#calculator .cost-calc__controls').boundingBox();
  const results = await page.locator('#calculator .cost-calc__results').boundingBox();
  expect(column && results).toBeTruthy();
  // Two columns side by side at this width.
  expect(results?.x ?? 0).toBeGreaterThan((column?.x ?? 0) + (column?.width ?? 0) - 1);
  for (const input of await page.locator('#calculator .cost-calc__controls :is(input, select)').all()) {
    if (!(await input.isVisible())) continue;
    const box = await input.boundingBox();
    expect(box?.x ?? 0).toBeGreaterThanOrEqual((column?.x ?? 0) - 1);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((column?.x ?? 0) + (column?.width ?? 0) + 1);
  }
});
