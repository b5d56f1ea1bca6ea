/**
 * The largest allowed settings: 1024² patterns, 1000 diffusion steps and 4096² cost estimates
 * finish (or are cancelled) while the page keeps answering input, and repeating them does not
 * grow the JavaScript heap. Long tasks are recorded and printed; their durations are reported
 * by `npm run bench`, not asserted here (timings are never pass/fail on a shared 2-core runner).
 */
import { type CDPSession, expect, test } from '@playwright/test';
import { expectResponsive, observeLongTasks, waitHydrated, watchConsole } from './helpers.ts';

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

test('the pattern explorer at 1024² × 4 channels, run again and again, keeps the heap flat', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await observeLongTasks(page);
  await page.goto('pixels/?patterns.pattern=smooth&patterns.size=1024&patterns.channels=4#patterns');
  await waitHydrated(page, 'patterns');
  await expect(page.getByTestId('patterns-announce')).toContainText('1024×1024×4');
  const cdp = await page.context().newCDPSession(page);
  const sigmas = ['8', '16', '32', '64', '2', '4'];
  const heaps: number[] = [];
  for (const sigma of sigmas) {
    await page.locator('#patterns-sigma').fill(sigma);
    await expect(page.getByTestId('patterns-announce')).toContainText(`sigma ${sigma} px`);
    await expectResponsive(page);
    heaps.push(await heapAfterGc(cdp));
  }
  console.log(
    `patterns 1024²: heap after each run (MB) ${heaps.map((h) => (h / 1e6).toFixed(1)).join(', ')}; long tasks ${JSON.stringify(await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks))}`,
  );
  // Once warm, repeated runs reuse their buffers: the heap does not keep growing.
  expect(heaps.at(-1) as number).toBeLessThan((heaps[1] as number) + 8e6);
  consoleWatch.expectClean();
});

test('the denoise demo runs 1000 steps three times, and restarting does not grow the heap', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await observeLongTasks(page);
  await page.goto('diffusion/?denoise.steps=1000&denoise.sampler=ddpm&denoise.speed=1000#denoise');
  await waitHydrated(page, 'denoise');
  const cdp = await page.context().newCDPSession(page);
  const heaps: number[] = [];
  for (let run = 0; run < 3; run++) {
    if (run > 0) {
      await page.getByRole('button', { name: 'Restart' }).click();
      await expect(page.getByTestId('denoise-step')).toHaveText('0 / 1000');
    }
    await page.getByRole('button', { name: 'Jump to end' }).click();
    await expect(page.getByTestId('denoise-step')).toHaveText('1000 / 1000', { timeout: 45_000 });
    await expectResponsive(page);
    heaps.push(await heapAfterGc(cdp));
  }
  console.log(
    `denoise 1000 steps: heap after each run (MB) ${heaps.map((h) => (h / 1e6).toFixed(1)).join(', ')}; long tasks ${JSON.stringify(await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks))}`,
  );
  expect(heaps[2] as number).toBeLessThan((heaps[1] as number) + 8e6);
  consoleWatch.expectClean();
});

test('the calculator at 4096² and 1000 steps answers at once and stays responsive', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto(
    'counting-flops/?calculator.model=sdxl&calculator.width=4096&calculator.height=4096&calculator.steps=1000#calculator',
  );
  await waitHydrated(page, 'calculator');
  await expect(page.getByTestId('calculator-flops')).not.toHaveText('');
  await expectResponsive(page);
  consoleWatch.expectClean();
});
