import { expect, test } from '@playwright/test';
import { CONSTRAINT_FIGURES } from '../../src/components/constraints/figures.ts';
import { watchConsole } from './helpers.ts';

test('/constraints/ loads without console errors and every figure image loads with alt text', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('constraints/');
  await expect(page.locator('h1')).toHaveText('What coherence demands');
  for (const spec of Object.values(CONSTRAINT_FIGURES)) {
    const figure = page.locator(`figure#${spec.id}`);
    await expect(figure, spec.id).toHaveCount(1);
    await expect(figure.locator('figcaption')).not.toBeEmpty();
    for (const panel of spec.panels) {
      const img = figure.getByTestId(`constraint-${panel.name}`);
      await img.scrollIntoViewIfNeeded();
      await expect(img).toHaveAttribute('alt', panel.alt);
      await expect
        .poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth), { message: panel.name })
        .toBeGreaterThan(0);
    }
  }
  consoleWatch.expectClean();
});

test('the statistics table shows identical values for the face and both shuffles', async ({ page }) => {
  await page.goto('constraints/');
  const rows = page.locator('#table-spatial-stats tbody tr');
  await expect(rows).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const cells = await rows.nth(i).locator('td').allTextContents();
    expect(cells).toHaveLength(3);
    expect(new Set(cells).size).toBe(1);
  }
});

test('clicking a citation marker lands on its bibliography entry', async ({ page }) => {
  await page.goto('constraints/');
  const marker = page.locator('.cite-marker a[data-cite-key="podell2023sdxl"]').first();
  await expect(marker).toHaveText('Podell et al. 2023');
  await expect(marker).toHaveAccessibleName(/^Podell et al\. 2023: SDXL/);
  await marker.click();
  await expect(page).toHaveURL(/\/references\/#ref-podell2023sdxl$/);
  await expect(page.locator('#ref-podell2023sdxl')).toBeInViewport();
});

test('no horizontal overflow at 360 px', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  for (const path of ['constraints/', 'references/']) {
    await page.goto(path);
    const [scroll, client] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scroll, path).toBeLessThanOrEqual(client);
  }
  await context.close();
});
