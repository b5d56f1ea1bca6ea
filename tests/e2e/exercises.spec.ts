/**
 * The chapters' worked exercises and the pipeline diagram, against the built site: every
 * chapter's HTML carries #exercises and its numbered exercises (the built files themselves, no
 * browser); solutions open without JavaScript and print while closed; the exercises and the
 * diagram pass axe in both themes; the diagram is readable at 360 px and 1280 px.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chapterNumber, exercisesFor } from '../../src/components/exercises/exercises.ts';
import { chapters } from '../../src/sidebar.ts';
import { DIST } from './site-pages.ts';

function builtHtml(slug: string): string {
  return readFileSync(join(DIST, slug, 'index.html'), 'utf8');
}

test('every chapter but references has id="exercises" and its numbered exercises in the built HTML', () => {
  for (const c of chapters) {
    const html = builtHtml(c.slug);
    if (c.slug === 'references') {
      expect(html).not.toContain('id="exercises"');
      expect(html).not.toMatch(/id="exercise-\d/);
      continue;
    }
    const key = c.slug || 'index';
    expect(html, key).toContain('<h2 id="exercises">');
    const ids = [...html.matchAll(/<h3 id="(exercise-\d+-\d+)"/g)].map((m) => m[1]);
    expect(ids, key).toEqual(exercisesFor(key).map((e) => e.id));
    expect(ids.every((id) => id.startsWith(`exercise-${chapterNumber(key)}-`))).toBe(true);
    for (const id of ids) expect(html, id).toContain(`href="#${id}"`);
  }
});

test('solutions open without JavaScript, and the answer is the engine’s', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('counting-flops/#exercise-6-2');
  const e = exercisesFor('counting-flops')[1];
  const section = page.locator(`section:has(#${e.id})`);
  await expect(section.locator('h3')).toHaveText(`Exercise ${e.number}: ${e.title}`);
  const answer = section.locator('.exercise-answer');
  await expect(answer).toBeHidden();
  await section.getByText(`Solution to exercise ${e.number}`).click();
  await expect(answer).toBeVisible();
  await expect(answer).toContainText(e.answer.text);
  await context.close();
});

test('closed solutions are printed', async ({ page }) => {
  await page.goto('pixels/');
  await page.emulateMedia({ media: 'print' });
  const answers = page.locator('.exercise-answer');
  expect(await answers.count()).toBeGreaterThanOrEqual(2);
  for (const a of await answers.all()) await expect(a).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`exercises (solutions open) and the pipeline diagram pass axe, ${colorScheme} theme`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('counting-flops/');
    await page.locator('.exercise-solution').evaluateAll((ds) => {
      for (const d of ds) (d as HTMLDetailsElement).open = true;
    });
    const results = await new AxeBuilder({ page })
      .include('.exercises')
      .include('#pipeline-diagram')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await context.close();
  });
}

for (const width of [360, 1280]) {
  test(`the pipeline diagram at ${width} px: five stages in order, text ≥ 12 px, nothing cut off`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto('counting-flops/');
    const figure = page.locator('#pipeline-diagram');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('figcaption')).toContainText('FLOPs');
    await expect(figure.locator('li')).toHaveCount(5);
    await expect(figure.locator('.pipeline-denoiser')).toContainText('× 40 calls');
    const smallest = await figure.evaluate((f) =>
      Math.min(
        ...[...f.querySelectorAll('li span:not([aria-hidden]):not(.sr-only)')]
          .filter((s) => (s.textContent ?? '').trim() !== '')
          .map((s) => Number.parseFloat(getComputedStyle(s).fontSize)),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(12);
    // Every text span lies inside its box (the arrows are drawn outside the boxes on purpose).
    const clipped = await figure.evaluate(
      (f) =>
        [...f.querySelectorAll('li')].flatMap((li) => {
          const box = li.getBoundingClientRect();
          return [...li.querySelectorAll(':scope > span')].filter((s) => {
            const r = s.getBoundingClientRect();
            return r.left < box.left - 1 || r.right > box.right + 1 || s.scrollWidth > s.clientWidth + 1;
          });
        }).length,
    );
    expect(clipped).toBe(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
}
