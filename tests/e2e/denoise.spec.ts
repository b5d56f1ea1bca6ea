import { expect, type Page, test } from '@playwright/test';
import { afterFrames, canvasHash, waitHydrated, watchConsole } from './helpers.ts';

const XT = '[data-testid="denoise-xt"]';
const X0 = '[data-testid="denoise-x0"]';
const FRAMES = '[data-testid="denoise-frames"]';

/** The step on screen, or -1 before the first frame. */
async function shownStep(page: Page): Promise<number> {
  const v = await page.locator(FRAMES).getAttribute('data-step');
  return v ? Number(v) : -1;
}

async function waitFinished(page: Page, timeout = 30_000) {
  await expect
    .poll(
      async () => {
        const f = page.locator(FRAMES);
        const step = await f.getAttribute('data-step');
        return step !== '' && step === (await f.getAttribute('data-steps'));
      },
      { timeout },
    )
    .toBe(true);
}

function parseSI(text: string): number {
  const m = /^([\d.]+)\s*([kMGTP]?)/.exec(text.trim());
  if (!m) return Number.NaN;
  return Number(m[1]) * 10 ** (3 * ' kMGTP'.indexOf(m[2] || ' '));
}

test('/diffusion/ plays the demo: the step and FLOP counter rise, the chart draws, no console errors', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await page.goto('diffusion/?denoise.speed=3');
  await waitHydrated(page, 'denoise');
  await expect.poll(() => shownStep(page)).toBeGreaterThanOrEqual(0);
  const early = parseSI((await page.getByTestId('denoise-flops').textContent()) ?? '');
  expect(early).toBeGreaterThan(0);
  const chartEarly = await canvasHash(page, '[data-testid="denoise-chart"] canvas');
  await waitFinished(page);
  const late = parseSI((await page.getByTestId('denoise-flops').textContent()) ?? '');
  expect(late).toBeGreaterThan(early);
  await expect(page.getByTestId('denoise-step')).toHaveText('20 / 20');
  await expect.poll(() => canvasHash(page, '[data-testid="denoise-chart"] canvas')).not.toBe(chartEarly);
  await expect(page.getByTestId('denoise-announce')).toContainText('Finished. Step 20 of 20');
  await expect(page.getByTestId('denoise-play')).toHaveText('Play again');
  // The readout, the comparison and the chapter's build-time number agree.
  const perStep = ((await page.getByTestId('denoise-step-flops').textContent()) ?? '').trim();
  await expect(page.locator('[data-fact="flopsPerStep"]').first()).toHaveText(perStep);
  expect(perStep).toMatch(/FLOP$/);
  await expect(page.getByTestId('denoise-compare')).toContainText(perStep);
  await expect(page.getByTestId('denoise-compare')).toContainText('SDXL');
  consoleWatch.expectClean();
});

test('pause and single step work from the keyboard, and are announced', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('diffusion/?denoise.steps=100&denoise.speed=3');
  await waitHydrated(page, 'denoise');
  await expect(page.locator(FRAMES)).toHaveAttribute('data-playing', 'true');
  await expect.poll(() => shownStep(page)).toBeGreaterThanOrEqual(1);
  await page.getByTestId('denoise-play').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(FRAMES)).toHaveAttribute('data-playing', 'false');
  await expect(page.getByTestId('denoise-announce')).toContainText('Paused.');
  const paused = await shownStep(page);
  // About half a second of the render loop that drives playback.
  await afterFrames(page, 30);
  expect(await shownStep(page)).toBe(paused);
  const before = await canvasHash(page, XT);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(() => shownStep(page)).toBe(paused + 1);
  await expect(page.getByTestId('denoise-announce')).toContainText(`Stepped. Step ${paused + 1} of 100`);
  expect(await canvasHash(page, XT)).not.toBe(before);
  await page.keyboard.press('Enter');
  await expect.poll(() => shownStep(page)).toBe(paused + 2);
  consoleWatch.expectClean();
});

test('a reader who prefers reduced motion gets the demo paused at x_T', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('diffusion/');
  await waitHydrated(page, 'denoise');
  await expect(page.locator(FRAMES)).toHaveAttribute('data-step', '0');
  await expect(page.getByTestId('denoise-announce')).toContainText('Paused for reduced motion');
  await afterFrames(page, 30);
  await expect(page.locator(FRAMES)).toHaveAttribute('data-step', '0');
  await expect(page.locator(FRAMES)).toHaveAttribute('data-playing', 'false');
  await expect(page.getByTestId('denoise-play')).toHaveText('Play');
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await waitFinished(page);
  await expect(page.getByTestId('denoise-announce')).toContainText('Jumped to the end. Step 20 of 20');
});

test('the page stays responsive during a 1000-step run (long tasks and frame rate are logged)', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('diffusion/?denoise.steps=1000&denoise.sampler=ddpm&denoise.speed=300');
  await waitHydrated(page, 'denoise');
  await expect.poll(() => shownStep(page)).toBeGreaterThan(0);
  // Measure for 2 s of playback: animation frames the page delivered and frames of the run drawn.
  const figures = await page.evaluate(async () => {
    const frames = document.querySelector('[data-testid="denoise-frames"]') as HTMLElement;
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks.length = 0;
    let raf = 0;
    let drawn = 0;
    const seen = new MutationObserver(() => drawn++);
    seen.observe(frames, { attributes: true, attributeFilter: ['data-step'] });
    const start = performance.now();
    const firstStep = Number(frames.dataset.step);
    // The window ends on a timer, so a browser that stops delivering frames shows up as a low
    // frame count below instead of a hung test.
    await new Promise<void>((resolve) => {
      let stop = false;
      const tick = () => {
        raf++;
        if (!stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      setTimeout(() => {
        stop = true;
        resolve();
      }, 2000);
    });
    seen.disconnect();
    const seconds = (performance.now() - start) / 1000;
    return {
      rafPerSecond: raf / seconds,
      framesDrawnPerSecond: drawn / seconds,
      stepsPerSecond: (Number(frames.dataset.step) - firstStep) / seconds,
      longTasks: w.__longTasks.length,
      longestTaskMs: Math.max(0, ...w.__longTasks),
    };
  });
  console.log(
    `denoise 1000-step DDPM run at 300 steps/s: ${figures.rafPerSecond.toFixed(1)} animation frames/s, ` +
      `${figures.framesDrawnPerSecond.toFixed(1)} run frames drawn/s, ${figures.stepsPerSecond.toFixed(0)} steps/s, ` +
      `${figures.longTasks} long tasks (longest ${figures.longestTaskMs.toFixed(0)} ms)`,
  );
  expect(figures.framesDrawnPerSecond).toBeGreaterThan(0);
  // The page answers input mid-run: Pause (pressed from the keyboard, so no actionability waits)
  // takes effect while the run is still going. The delay from the key event to the handler is logged.
  const before = await shownStep(page);
  expect(before).toBeLessThan(1000);
  const button = page.getByTestId('denoise-play');
  await button.evaluate((el) => {
    el.addEventListener(
      'click',
      (e) => {
        (window as unknown as { __inputDelayMs: number }).__inputDelayMs = performance.now() - e.timeStamp;
      },
      { once: true, capture: true },
    );
    (el as HTMLElement).focus();
  });
  await page.keyboard.press('Enter');
  await expect(page.locator(FRAMES)).toHaveAttribute('data-playing', 'false');
  const pausedAt = await shownStep(page);
  const inputDelayMs = await page.evaluate(() => (window as unknown as { __inputDelayMs: number }).__inputDelayMs);
  console.log(
    `denoise: Pause pressed at step ${before}, handled ${inputDelayMs.toFixed(1)} ms after the key event; paused at step ${pausedAt}`,
  );
  expect(pausedAt).toBeLessThan(1000);
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await waitFinished(page);
  await expect(page.getByTestId('denoise-step')).toHaveText('1000 / 1000');
  consoleWatch.expectClean();
});

test('changing a control cancels the run in flight and starts the new one', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('diffusion/?denoise.steps=1000&denoise.speed=30');
  await waitHydrated(page, 'denoise');
  await expect.poll(() => shownStep(page)).toBeGreaterThanOrEqual(3);
  const oldKey = await page.locator(FRAMES).getAttribute('data-run-key');
  // Jump to the end of the old run, then change the seed at once: the old run's end never shows.
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await page.locator('#denoise').getByLabel('Seed', { exact: true }).fill('5');
  await page.keyboard.press('Tab');
  await expect
    .poll(async () => JSON.parse((await page.locator(FRAMES).getAttribute('data-run-key')) || '[]')[2])
    .toBe(5);
  expect(await page.locator(FRAMES).getAttribute('data-run-key')).not.toBe(oldKey);
  expect(await shownStep(page)).toBeLessThan(1000);
  await expect(page.locator(FRAMES)).toHaveAttribute('data-playing', 'true');
  await expect(page.getByTestId('denoise-announce')).not.toContainText('Step 1000 of 1000');
  // A different sampler is a different run too.
  await page.getByLabel('Sampler').selectOption('direct');
  await expect
    .poll(async () => JSON.parse((await page.locator(FRAMES).getAttribute('data-run-key')) || '[]')[1])
    .toBe('direct');
  await waitFinished(page);
  await expect(page.getByTestId('denoise-step')).toHaveText('1 / 1');
  consoleWatch.expectClean();
});

test('the state round-trips through the Copy link URL: same settings, same pixels', async ({ page, browser }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('diffusion/?denoise.speed=1000');
  await waitHydrated(page, 'denoise');
  await page.getByLabel(/^Steps:/).fill('7');
  await page.getByLabel('Sampler').selectOption('ddpm');
  await page.getByLabel('Noise schedule').selectOption('cosine');
  await page.getByLabel('Dataset').selectOption('trio');
  await page.getByLabel('Denoiser quality factor k').selectOption('10');
  await page.locator('#denoise').getByLabel('Seed', { exact: true }).fill('3');
  await page.keyboard.press('Tab');
  await expect
    .poll(async () => JSON.parse((await page.locator(FRAMES).getAttribute('data-run-key')) || '[]')[2])
    .toBe(3);
  await waitFinished(page);
  await expect(page.getByTestId('denoise-step')).toHaveText('7 / 7');
  const key = await page.locator(FRAMES).getAttribute('data-run-key');
  const hashes = [await canvasHash(page, XT), await canvasHash(page, X0)];
  await page.locator('#denoise').getByRole('button', { name: 'Copy link' }).click();
  const link = await page.locator('.demo__share-text').inputValue();
  expect(link).toContain('denoise.steps=7');
  expect(link).toContain('denoise.sampler=ddpm');
  expect(link).toContain('#denoise');

  const context = await browser.newContext();
  const fresh = await context.newPage();
  const freshWatch = watchConsole(fresh);
  await fresh.goto(link);
  await waitHydrated(fresh, 'denoise');
  await waitFinished(fresh);
  await expect(fresh.locator(FRAMES)).toHaveAttribute('data-run-key', key ?? '');
  await expect(fresh.getByLabel('Sampler')).toHaveValue('ddpm');
  await expect(fresh.getByLabel('Noise schedule')).toHaveValue('cosine');
  await expect(fresh.getByLabel('Dataset')).toHaveValue('trio');
  await expect(fresh.getByLabel('Denoiser quality factor k')).toHaveValue('10');
  await expect(fresh.locator('#denoise').getByLabel('Seed', { exact: true })).toHaveValue('3');
  await expect(fresh.getByLabel(/^Steps:/)).toHaveValue('7');
  await expect(fresh.getByLabel('Speed')).toHaveValue('1000');
  await expect.poll(async () => [await canvasHash(fresh, XT), await canvasHash(fresh, X0)]).toEqual(hashes);
  freshWatch.expectClean();
  await context.close();
  consoleWatch.expectClean();
});

test('hostile URL values are clamped, with a notice', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto(
    'diffusion/?denoise.steps=500&denoise.sampler=%3Cscript%3Ealert(1)%3C%2Fscript%3E&denoise.quality=7' +
      '&denoise.seed=-5&denoise.speed=abc&denoise.dataset=everything&denoise.bogus=1',
  );
  await waitHydrated(page, 'denoise');
  const notices = page.locator('#denoise .demo__notices');
  await expect(notices).toBeVisible();
  await expect(notices).toContainText('denoise.steps = “500” is not offered');
  await expect(notices).toContainText('denoise.sampler = “<script>alert(1)</script…” is not one of ddpm, ddim, direct');
  await expect(notices).toContainText('denoise.quality = “7” is not one of');
  await expect(notices).toContainText('denoise.seed = “-5” is below the minimum 0');
  await expect(notices).toContainText('denoise.speed = “abc” is not a finite number');
  await expect(notices).toContainText('denoise.dataset = “everything” is not one of');
  await expect(notices).toContainText('“denoise.bogus” is not a setting of this demo');
  await expect(page.getByLabel(/^Steps:/)).toHaveValue('100');
  await expect(page.getByLabel('Sampler')).toHaveValue('ddim');
  await expect(page.getByLabel('Denoiser quality factor k')).toHaveValue('10');
  await expect(page.locator('#denoise').getByLabel('Seed', { exact: true })).toHaveValue('0');
  await expect(page.getByLabel('Speed')).toHaveValue('10');
  await expect(page.getByLabel('Dataset')).toHaveValue('all');
  await expect.poll(() => shownStep(page)).toBeGreaterThanOrEqual(0);
  await expect(page.locator(FRAMES)).toHaveAttribute('data-steps', '100');
  await page.locator('#denoise').getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toHaveCount(0);
  consoleWatch.expectClean();
});

test('without JavaScript the page shows the prerendered strip of frames', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('diffusion/');
  const images = page.locator('#denoise .denoise__strip img');
  await expect(images).toHaveCount(6);
  await expect(images.first()).toHaveAttribute('alt', /Step 0 of 20: x_T, pure Gaussian noise/);
  await expect(images.last()).toHaveAttribute('alt', /Step 20 of 20: the finished sample/);
  for (let i = 0; i < 6; i++) {
    await images.nth(i).scrollIntoViewIfNeeded();
    await expect.poll(() => images.nth(i).evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(64);
  }
  await expect(page.locator('#denoise .demo__nojs')).toContainText('interactive with JavaScript on');
  await expect(page.getByTestId('denoise-flops')).not.toHaveText('—');
  // The chapter's figures are there too.
  for (const name of ['targets', 'mean', 'one-step']) {
    const img = page.locator(`img[src$="figures/denoise/${name}.png"]`);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  }
  await context.close();
});

test('the chapter has no horizontal overflow at 360 px', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto('diffusion/');
  await waitHydrated(page, 'denoise');
  await expect.poll(() => shownStep(page)).toBeGreaterThanOrEqual(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
