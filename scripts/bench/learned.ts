/**
 * Learned-denoiser benchmarks for `npm run bench`: one UNet pass of the teacher in Node (median,
 * with the FLOPs the engine counts and the rate that implies), and in headless Chromium the
 * worker's time per step and the longest main-thread task while the demo runs the teacher at 100
 * steps beside the student at 4 (read from the demo's own readouts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createTally, createUNet, parseLearnedWeights } from '../../src/lib/index.ts';
import { CHROMIUM_FLAGS, resolveChromium } from '../../tests/e2e/browser.ts';
import { startServer } from '../serve.ts';
import { measure } from './measure.ts';

export async function benchLearned(
  runs: number,
  dist: string | null,
): Promise<{ lines: string[]; json: Record<string, unknown> }> {
  const net = createUNet(parseLearnedWeights(new Uint8Array(readFileSync('public/learned/teacher.bin'))));
  const x = new Float32Array(net.values).fill(0.1);
  const out = new Float32Array(net.values);
  const flops = net.forward(x, 500, out, createTally());
  const timing = measure(() => net.forward(x, 500, out, createTally()), { runs: Math.min(runs, 10), warmup: 2 });
  const lines = [
    `Learned UNet, one pass in Node (${net.weights.parameters} parameters, 32²): ${timing.medianMs.toFixed(1)} ms, ${(flops / 1e6).toFixed(1)} MFLOPs, ${(flops / timing.medianMs / 1e6).toFixed(2)} GFLOP/s`,
  ];
  const json: Record<string, unknown> = { learnedNode: { ...timing, flops } };
  if (dist === null || !existsSync(join(dist, 'index.html'))) return { lines, json };
  let executablePath: string;
  try {
    executablePath = resolveChromium();
  } catch {
    return { lines, json };
  }
  const server = await startServer({ port: 0, root: dist });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${server.url}diffusion/?learned.steps=100&learned.studentSteps=4#learned`);
    await page.locator('#learned[data-hydrated="true"]').waitFor({ timeout: 30_000 });
    await page.evaluate(() => {
      (window as unknown as { __longTasks: number[] }).__longTasks.length = 0;
    });
    const done = async (model: string) => {
      const c = page.getByTestId(`learned-${model}-canvas`);
      await page.waitForFunction(
        (el) =>
          el !== null &&
          el.getAttribute('data-step') !== '' &&
          el.getAttribute('data-step') === el.getAttribute('data-steps'),
        await c.elementHandle(),
        { timeout: 300_000 },
      );
    };
    await done('teacher');
    await done('student');
    const msText = async (model: string) =>
      ((await page.getByTestId(`learned-${model}-ms`).textContent()) ?? '').trim();
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.slice());
    const teacherMs = await msText('teacher');
    const studentMs = await msText('student');
    lines.push(
      `Headless Chromium, learned demo (teacher 100 steps beside student 4, two workers): ${teacherMs} per teacher step, ${studentMs} per student step; ${tasks.length} main-thread task(s) over 50 ms, longest ${Math.round(Math.max(0, ...tasks))} ms`,
    );
    json.learnedBrowser = { teacherMsPerStep: teacherMs, studentMsPerStep: studentMs, longTasks: tasks.length };
  } finally {
    await browser.close();
    await server.close();
  }
  return { lines, json };
}

// `node scripts/bench/learned.ts [dist]`: this benchmark alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchLearned(10, process.argv[2] ?? 'dist');
  for (const line of r.lines) console.log(line);
}
