/**
 * /efficient-methods/ and /try-it/ against the built site: clean console, the compute-by-method
 * figure and its table (numbers equal the engine's), the try-it predictions, the runnable code,
 * citation links, the pre-filled calculator link and narrow screens.
 */
import { expect, test } from '@playwright/test';
import { computeByMethod } from '../../src/components/methods/compute-by-method.ts';
import { TRY_IT_MODELS, tryItPredictions } from '../../src/components/methods/try-it.ts';
import { formatSeconds, formatSI, getHardware } from '../../src/lib/index.ts';
import { layoutSettled, waitHydrated, watchConsole } from './helpers.ts';

const PAGES = ['efficient-methods/', 'try-it/'] as const;

for (const path of PAGES) {
  test(`${path} loads without console errors, opens with its questions and ends with Exercises`, async ({ page }) => {
    const watch = watchConsole(page);
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('.sl-markdown-content > p').first()).toContainText('After this chapter you can answer:');
    await expect(page.locator('h2#exercises')).toBeVisible();
    const questions = page.locator('.sl-heading-wrapper:has(h2#exercises) ~ details');
    expect(await questions.count()).toBeGreaterThanOrEqual(2);
    await page.waitForLoadState('networkidle');
    watch.expectClean();
  });

  test(`${path}: every citation marker links to an entry on /references/`, async ({ page }) => {
    await page.goto(path);
    const hrefs = await page
      .locator('a[data-cite-key]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    const ids = [...new Set(hrefs.map((h) => new URL(h).hash.slice(1)))];
    for (const h of hrefs) expect(new URL(h).pathname).toMatch(/\/references\/$/);
    await page.goto('references/');
    for (const id of ids) await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
  });

  test(`${path} has no horizontal overflow at 360 px`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(path);
    await layoutSettled(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
}

test('the compute-by-method figure: an accessible SVG and a table whose numbers are the engine’s', async ({ page }) => {
  const rows = computeByMethod();
  await page.goto('efficient-methods/');
  const figure = page.locator('figure#fig-compute-by-method');
  await expect(figure).toBeVisible();
  await expect(figure.locator('figcaption')).toContainText('Compute per image by method');
  const svg = figure.locator('svg[role="img"]');
  await expect(svg).toBeVisible();
  await expect(svg.locator('title')).toHaveText(/FLOPs per image by method/);
  await expect(svg.locator('g[data-method]')).toHaveCount(rows.length);
  await expect(svg.locator('rect.methods-chart__bar')).toHaveCount(rows.length);

  const body = figure.locator('table#table-compute-by-method tbody tr');
  await expect(body).toHaveCount(rows.length);
  const table = await body.evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute('data-method'),
      flopsText: tr.querySelector('td[data-flops]')?.textContent?.trim(),
      flops: Number(tr.querySelector('td[data-flops]')?.getAttribute('data-flops')),
    })),
  );
  expect(table).toEqual(
    rows.map((r) => ({ id: r.method.id, flopsText: formatSI(r.flops, { unit: 'FLOP' }), flops: r.flops })),
  );
  const bars = await svg
    .locator('g[data-method]')
    .evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-method'), Number(g.getAttribute('data-flops'))]));
  expect(bars).toEqual(rows.map((r) => [r.method.id, r.flops]));
});

test('the try-it table shows the engine’s predictions (imageEstimate) and the measured A100 point', async ({
  page,
}) => {
  const rows = tryItPredictions();
  await page.goto('try-it/');
  const trs = page.locator('table#table-try-it-predictions tbody tr');
  await expect(trs).toHaveCount(rows.length);
  for (const r of rows) {
    const tr = page.locator(`table#table-try-it-predictions tr[data-hardware="${r.hardware}"]`);
    for (const m of TRY_IT_MODELS) {
      const cell = tr.locator(`td[data-model="${m}"]`);
      await expect(cell).toHaveText(formatSeconds(r.estimates[m].seconds));
      expect(Number(await cell.getAttribute('data-seconds'))).toBe(r.estimates[m].seconds);
      // The compiled stack's prediction for the same image, never slower than eager.
      expect(r.compiled[m].seconds).toBeLessThan(r.estimates[m].seconds);
    }
  }
  await expect(page.locator('tr[data-hardware="a100-sxm"] [data-check="sdxl-turbo-a100"]')).toContainText('207 ms');
});

test('the runnable code is the SDXL-Turbo example; the broken snippet appears only inside its warning', async ({
  page,
}) => {
  await page.goto('try-it/');
  const code = await page
    .locator('main pre')
    .evaluateAll((pres) => pres.filter((p) => !p.closest('.wrong-snippet')).map((p) => p.textContent ?? ''));
  const all = code.join('\n');
  expect(all).toContain('AutoPipelineForText2Image');
  expect(all).toContain('guidance_scale=0.0');
  expect(all).toContain('num_inference_steps=1');
  expect(all).toContain('"stabilityai/sdxl-turbo"');
  expect(all).toContain('"stabilityai/sd-turbo"');
  expect(all).toContain('pip install diffusers transformers accelerate torch');
  expect(all).not.toContain('consistency-decoder-v1');
  expect(all).not.toContain('ConsistencyModelPipeline');

  const outside = await page.locator('main .sl-markdown-content').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('.wrong-snippet')) el.remove();
    return copy.textContent ?? '';
  });
  expect(outside).not.toContain('consistency-decoder-v1');
  const wrong = page.locator('details.wrong-snippet');
  await expect(wrong).toHaveCount(1);
  await expect(wrong.locator('pre')).toContainText('consistency-decoder-v1');
  await expect(wrong.locator('pre')).toBeHidden();
});

test('the calculator link opens SDXL-Turbo, 512², 1 step, guidance off, on the RTX 3060', async ({ page }) => {
  const watch = watchConsole(page);
  await page.goto('try-it/');
  const link = page.locator('a[href*="calculator.model=sdxl-turbo"]');
  await expect(link).toHaveCount(1);
  await link.click();
  await waitHydrated(page, 'calculator');
  const calc = page.locator('#calculator');
  await expect(calc.getByLabel('Model')).toHaveValue('sdxl-turbo');
  await expect(calc.getByLabel('Hardware')).toHaveValue('rtx-3060');
  await expect(calc.getByLabel('Width (px)')).toHaveValue('512');
  await expect(calc.getByLabel(/Denoising steps/)).toHaveValue('1');
  await expect(calc.getByLabel(/Utilisation/)).toHaveValue(
    String(Math.round(getHardware('rtx-3060').defaultUtilisation * 100)),
  );
  watch.expectClean();
});
