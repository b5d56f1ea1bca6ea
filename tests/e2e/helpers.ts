import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Collects console errors/warnings and page errors; call `expectClean()` at the end. */
export function watchConsole(page: Page) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => {
    // ERR_ABORTED is a request the page itself dropped (navigation away), not a failure.
    if (req.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return {
    problems,
    expectClean: () => expect(problems, `console problems on ${page.url()}`).toEqual([]),
  };
}

/** FNV-1a hash of a canvas's RGBA pixels (and its size), computed in the page. */
export async function canvasHash(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) => {
    const canvas = el as HTMLCanvasElement;
    // Read through a copy, so the page's own canvas is not flagged for repeated readbacks.
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    if (!ctx) return 'no-context';
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let h = 0x811c9dc5;
    for (let i = 0; i < data.length; i++) {
      h ^= data[i];
      h = Math.imul(h, 0x01000193);
    }
    return `${canvas.width}x${canvas.height}:${(h >>> 0).toString(16)}`;
  });
}

/** Waits until a demo has hydrated (its figure says so). */
export async function waitHydrated(page: Page, demoId: string) {
  await page.locator(`#${demoId}`).scrollIntoViewIfNeeded();
  await expect(page.locator(`#${demoId}[data-hydrated="true"]`)).toBeVisible();
}

/**
 * Resolves after the page has painted `count` more animation frames: a wait tied to the page's
 * own render loop (what drives playback), not to the clock. For checks that something does not
 * change while the page keeps rendering.
 *
 * Each frame is raced against a 1 s timer. Headless Chromium sometimes schedules no
 * compositor frame for a while (a CI run once waited out the 60 s test timeout in one
 * requestAnimationFrame on /diffusion/, with the main thread idle); a frame that does not come
 * then counts as passed instead of hanging the test. Where frames do come, even slowly on a
 * loaded machine, the timer should not decide: with a 250 ms timer, one loaded run failed an
 * axe contrast check just after a theme switch, so the timer is kept well above a slow frame.
 */
export async function afterFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const frame = () =>
          new Promise<void>((done) => {
            const timer = setTimeout(done, 1000);
            requestAnimationFrame(() => {
              clearTimeout(timer);
              done();
            });
          });
        const next = (): void => {
          if (--left < 0) resolve();
          else void frame().then(next);
        };
        next();
      }),
    count,
  );
}

/** Resolves once web fonts are loaded and two frames have been laid out (layout has settled). */
export async function layoutSettled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await afterFrames(page, 2);
}

/** Scrolls through the page so that every client:visible island hydrates, then back to the top. */
export async function visitAll(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y <= height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    // One frame, so the IntersectionObservers behind client:visible see each position.
    await afterFrames(page, 1);
  }
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Records the page's main-thread long tasks (ms) into window.__longTasks from its first script on. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** A click handled while work runs: the page answers input. */
export async function expectResponsive(page: Page) {
  const handled = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const b = document.createElement('button');
        b.textContent = 'probe';
        document.body.append(b);
        b.addEventListener('click', () => resolve(performance.now() - start));
        setTimeout(() => b.click(), 0);
      }),
  );
  expect(handled).toBeLessThan(5_000);
}
