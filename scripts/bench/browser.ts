/**
 * Browser measurements for `npm run bench`: for each demo, the longest main-thread task
 * (PerformanceObserver 'longtask', i.e. tasks over 50 ms) while it works at heavy settings, and
 * for the denoise demo the animation frames per second during a 1000-step run. Runs the built
 * site (dist/, or DIST) in the same Chromium as the browser tests; skipped without either.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, resolveChromium } from '../../tests/e2e/browser.ts';
import { startServer } from '../serve.ts';

interface DemoRun {
  demo: string;
  url: string;
  /** What to do once the demo has hydrated. */
  act: (page: Page) => Promise<void>;
  /** How long to observe after acting, ms. */
  observeMs: number;
}

const RUNS: DemoRun[] = [
  {
    demo: 'patterns (smooth noise 1024², 5 sigma changes)',
    url: 'pixels/?patterns.pattern=smooth&patterns.size=1024#patterns',
    act: async (page) => {
      for (const sigma of ['8', '16', '32', '64', '4']) {
        await page.locator('#patterns-sigma').fill(sigma);
        await page.waitForTimeout(300);
      }
    },
    observeMs: 1500,
  },
  {
    demo: 'denoise (1000 DDPM steps at 300 steps/s)',
    url: 'diffusion/?denoise.steps=1000&denoise.sampler=ddpm&denoise.speed=300#denoise',
    act: async () => {},
    observeMs: 3000,
  },
  {
    demo: 'calculator (4096², 1000 steps)',
    url: 'counting-flops/?calculator.model=sdxl&calculator.width=4096&calculator.height=4096&calculator.steps=1000#calculator',
    act: async () => {},
    observeMs: 1000,
  },
  {
    demo: 'cost chart (all hardware, log axes)',
    url: 'hardware/?cost-chart.hw=127&cost-chart.scale=log#cost-chart',
    act: async () => {},
    observeMs: 1000,
  },
  { demo: 'paradox scale', url: '#paradox', act: async () => {}, observeMs: 2000 },
];

export interface BrowserResult {
  demo: string;
  longTasks: number;
  longestTaskMs: number;
  framesPerSecond: number;
}

export async function benchBrowser(dist: string): Promise<{ lines: string[]; json: Record<string, unknown> }> {
  if (!existsSync(join(dist, 'index.html'))) {
    return { lines: [`Browser measurements skipped: no built site in ${dist}/ (run npm run build).`], json: {} };
  }
  let executablePath: string;
  try {
    executablePath = resolveChromium();
  } catch (error) {
    return { lines: [`Browser measurements skipped: ${(error as Error).message}`], json: {} };
  }
  const server = await startServer({ port: 0, root: dist });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  const results: BrowserResult[] = [];
  try {
    for (const run of RUNS) {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __longTasks: number[]; __frames: number };
        w.__longTasks = [];
        w.__frames = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push(e.duration);
        }).observe({ type: 'longtask', buffered: true });
        const tick = () => {
          w.__frames++;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await page.goto(`${server.url}${run.url}`);
      const id = new URL(run.url, 'http://x').hash.slice(1);
      await page.locator(`#${id}[data-hydrated="true"]`).waitFor({ timeout: 30_000 });
      await page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[]; __frames: number };
        w.__longTasks.length = 0;
        w.__frames = 0;
      });
      const start = Date.now();
      await run.act(page);
      await page.waitForTimeout(run.observeMs);
      const elapsed = (Date.now() - start) / 1000;
      const { tasks, frames } = await page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[]; __frames: number };
        return { tasks: w.__longTasks.slice(), frames: w.__frames };
      });
      results.push({
        demo: run.demo,
        longTasks: tasks.length,
        longestTaskMs: Math.round(Math.max(0, ...tasks)),
        framesPerSecond: Math.round(frames / elapsed),
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const lines = [
    'Headless Chromium (software rendering), the built site:',
    ...results.map(
      (r) =>
        `  ${r.demo}: ${r.longTasks} task(s) over 50 ms, longest ${r.longestTaskMs} ms, ${r.framesPerSecond} animation frames/s`,
    ),
  ];
  return { lines, json: { browser: results } };
}
