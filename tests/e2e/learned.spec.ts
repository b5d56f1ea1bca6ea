import { expect, type Page, test } from '@playwright/test';
import { canvasHash, expectResponsive, observeLongTasks, waitHydrated, watchConsole } from './helpers.ts';

test.describe.configure({ retries: 2 });

async function finished(page: Page, model: 'teacher' | 'student', timeout = 60_000) {
  await expect
    .poll(
      async () => {
        const c = page.getByTestId(`learned-${model}-canvas`);
        const step = await c.getAttribute('data-step');
        return step !== '' && step !== null && step === (await c.getAttribute('data-steps'));
      },
      { timeout },
    )
    .toBe(true);
  await expect(page.getByTestId(`learned-${model}-rms`)).toContainText('#', { timeout });
}

function parseSI(text: string): number {
  const m = /^([\d.]+)\s*([kMGTP]?)/.exec(text.trim());
  if (!m) return Number.NaN;
  return Number(m[1]) * 10 ** (3 * ' kMGTP'.indexOf(m[2] || ' '));
}

test('/diffusion/ runs the learned teacher and student in workers: frames, FLOPs, nearest scenes', async ({ page }) => {
  test.setTimeout(120_000);
  const consoleWatch = watchConsole(page);
  const weights: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/learned/') && r.url().endsWith('.bin')) weights.push(r.url());
  });
  await page.goto('diffusion/?learned.steps=12&learned.studentSteps=2&learned.seed=3');
  await waitHydrated(page, 'learned');
  await finished(page, 'teacher');
  await finished(page, 'student');
  // Weights were fetched lazily, once per model, as files (not bundled).
  expect(weights.sort().map((u) => u.slice(u.lastIndexOf('/') + 1))).toEqual(['student.bin', 'teacher.bin']);
  const teacherFlops = parseSI((await page.getByTestId('learned-teacher-flops').textContent()) ?? '');
  const studentFlops = parseSI((await page.getByTestId('learned-student-flops').textContent()) ?? '');
  expect(teacherFlops).toBeGreaterThan(5 * studentFlops);
  expect(studentFlops).toBeGreaterThan(0);
  // The samples are drawn and differ from each other; the nearest scenes are drawn.
  const t = await canvasHash(page, '[data-testid="learned-teacher-canvas"]');
  const s = await canvasHash(page, '[data-testid="learned-student-canvas"]');
  expect(t).not.toBe(s);
  await expect(page.getByTestId('learned-teacher-ms')).toContainText('ms');
  await expect(page.getByTestId('learned-announce')).toContainText('Finished. Teacher: 12 steps');
  await expect(page.getByTestId('learned-compare')).toContainText('times fewer');
  consoleWatch.expectClean();
});

test('settings from the keyboard rerun the demo and go into the URL; Copy link carries them', async ({ page }) => {
  test.setTimeout(120_000);
  const consoleWatch = watchConsole(page);
  await page.goto('diffusion/?learned.steps=3&learned.studentSteps=1&learned.seed=1');
  await waitHydrated(page, 'learned');
  await finished(page, 'student');
  const before = await canvasHash(page, '[data-testid="learned-student-canvas"]');
  await page.locator('#learned-student-steps').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('label[for="learned-student-steps"]')).toHaveText('Student steps: 2');
  await expect.poll(() => new URL(page.url()).searchParams.get('learned.studentSteps')).toBe('2');
  await finished(page, 'student');
  await expect.poll(() => canvasHash(page, '[data-testid="learned-student-canvas"]')).not.toBe(before);
  await page.locator('#learned button', { hasText: 'Copy link' }).click();
  const link = await page.locator('#learned .demo__share-text').inputValue();
  expect(link).toContain('learned.studentSteps=2');
  expect(link).toContain('#learned');
  consoleWatch.expectClean();
});

test('out-of-range URL values are clamped with a visible notice', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('diffusion/?learned.steps=500&learned.studentSteps=9');
  await waitHydrated(page, 'learned');
  const notices = page.locator('#learned .demo__notices');
  await expect(notices).toContainText('learned.steps');
  await expect(notices).toContainText('learned.studentSteps');
  await expect(page.locator('label[for="learned-steps"]')).toHaveText('Teacher steps: 100');
  await expect(page.locator('label[for="learned-student-steps"]')).toHaveText('Student steps: 4');
  consoleWatch.expectClean();
});

test('while the weights load, the hydrated demo keeps its prerendered pictures; the first frame replaces them', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const consoleWatch = watchConsole(page);
  // Hold the weight files until the check below has seen the page waiting for them.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/learned/*.bin', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('embed/learned/');
  await waitHydrated(page, 'learned');
  const lane = page.getByTestId('learned-teacher');
  await expect(lane.locator('img').first()).toHaveAttribute('src', /figures\/learned\/teacher-default\.png$/);
  await expect(lane.locator('img').first()).toBeVisible();
  await expect(page.getByTestId('learned-teacher-canvas')).toBeHidden();
  await expect(lane).toContainText('loading the weights');
  // The numbers beside the pictures are the prerendered run's too.
  await expect(page.getByTestId('learned-teacher-rms')).toContainText('#');
  await expect(page.getByTestId('learned-teacher-flops')).not.toHaveText('—');
  release();
  await finished(page, 'teacher');
  await expect(page.getByTestId('learned-teacher-canvas')).toBeVisible();
  await expect(lane.locator('img')).toHaveCount(0);
  consoleWatch.expectClean();
});

test('without JavaScript the demo shows the default state prerendered, and the quality chart is on the page', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('diffusion/');
  const teacher = page.locator('#learned [data-testid="learned-teacher"] img').first();
  await expect(teacher).toHaveAttribute('src', /figures\/learned\/teacher-default\.png$/);
  expect(await teacher.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(32);
  await expect(page.getByTestId('learned-teacher-rms')).toContainText('#');
  await page.goto('efficient-methods/');
  // One drawing for the column's width: exactly one of the two is shown.
  await expect(page.locator('#figure-learned-quality svg[role="img"]').filter({ visible: true })).toHaveCount(1);
  await expect(page.locator('#table-learned-quality tbody tr')).toHaveCount(12);
  await context.close();
});

test('/embed/learned/ runs the demo alone and answers input while the steps run in workers', async ({ page }) => {
  test.setTimeout(120_000);
  // Durations are for benchmarks, not pass/fail tests: `npm run bench` measures the demo's
  // main-thread long tasks (none over 50 ms on an idle 2-core machine). Here the page must stay
  // usable while both networks run, and the long tasks seen are logged.
  const consoleWatch = watchConsole(page);
  await observeLongTasks(page);
  await page.goto('embed/learned/?learned.steps=30&learned.studentSteps=4');
  await waitHydrated(page, 'learned');
  // From here on, the demo's work: the page's own load is not the demo's doing.
  await page.evaluate(() => {
    (window as unknown as { __longTasks: number[] }).__longTasks.length = 0;
  });
  await expectResponsive(page);
  await finished(page, 'teacher');
  await finished(page, 'student');
  await expect(page.locator('#learned button', { hasText: 'Embed' })).toHaveCount(0);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  console.log(`learned demo, embed page: main-thread tasks over 50 ms: [${longTasks.join(', ')}]`);
  consoleWatch.expectClean();
});
