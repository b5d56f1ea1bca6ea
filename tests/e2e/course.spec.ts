/**
 * Course-ready features over every demo in the registry: hostile URL values are clamped with a
 * notice and never inject markup; each embed page works inside an iframe on another origin;
 * chapters read without JavaScript and print their demos as static images with parameters;
 * every chapter carries citation data and a social card.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { DEMOS } from '../../src/components/demo/registry.ts';
import { SITE_VERSION } from '../../src/site-meta.ts';
import { waitHydrated, watchConsole } from './helpers.ts';
import { sitemapPages } from './site-pages.ts';

const HOSTILE = [
  'NaN',
  'Infinity',
  '-1',
  '1e9',
  '',
  'text',
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'ünïcödé💥'.repeat(40),
];

for (const demo of DEMOS) {
  const chapter = demo.chapter ? `${demo.chapter}/` : '';
  const keys = Object.keys(demo.schema);

  for (const value of HOSTILE) {
    test(`${demo.id}: every key set to ${JSON.stringify(value.slice(0, 20))} is clamped with a notice, no crash, no markup`, async ({
      page,
    }) => {
      const consoleWatch = watchConsole(page);
      const query = new URLSearchParams(keys.map((k) => [`${demo.id}.${k}`, value]));
      await page.goto(`${chapter}?${query}#${demo.id}`);
      await waitHydrated(page, demo.id);
      const notices = page.locator(`#${demo.id} .demo__notices`);
      await expect(notices).toBeVisible();
      expect(await notices.locator('li').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator(`#${demo.id} img[src="x"], #${demo.id} .demo__notices script`).count()).toBe(0);
      consoleWatch.expectClean();
    });
  }

  test(`${demo.id}: repeated and unknown keys are reported, other demos' keys are kept`, async ({ page }) => {
    const first = keys[0];
    await page.goto(
      `${chapter}?${demo.id}.${first}=a&${demo.id}.${first}=b&${demo.id}.bogus=1&other.key=keep#${demo.id}`,
    );
    await waitHydrated(page, demo.id);
    await expect(page.locator(`#${demo.id} .demo__notices`)).toContainText('more than once');
    await expect(page.locator(`#${demo.id} .demo__notices`)).toContainText('not a setting of this demo');
    await expect.poll(() => page.evaluate(() => location.search)).toContain(`${demo.id}.${first}=`);
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('other.key'))).toBe('keep');
  });

  test(`${demo.id}: the embed page renders inside an iframe on another origin`, async ({ page, baseURL }) => {
    const embedUrl = new URL(`embed/${demo.id}/`, baseURL).toString();
    const host = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<!doctype html><title>Course page</title><h1>Week 3</h1><iframe src="${embedUrl}" title="demo" width="900" height="900"></iframe>`,
      );
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
    const port = (host.address() as AddressInfo).port;
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator(`#${demo.id}[data-hydrated="true"]`)).toBeVisible();
      await expect(frame.locator('.embed__back a')).toHaveAttribute('href', new RegExp(`${demo.chapter}/$`));
      // No site chrome in the embed.
      expect(await frame.locator('.sidebar-pane, header.header').count()).toBe(0);
    } finally {
      host.close();
    }
  });
}

test('with JavaScript off, every chapter shows each demo prerendered and says it is interactive with JavaScript on', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  let demosSeen = 0;
  for (const path of sitemapPages().filter((p) => !p.startsWith('embed/'))) {
    await page.goto(path);
    const demos = page.locator('figure.demo');
    const n = await demos.count();
    for (let i = 0; i < n; i++) {
      const demo = demos.nth(i);
      await expect(demo.locator('.demo__nojs')).toContainText('interactive with JavaScript on');
      // The device benchmark has no default result to show: its prerendered state explains that
      // the measurement runs in the browser.
      const fallbacks = await demo.locator('img, svg, table, dl, [data-testid="device-nojs"]').count();
      expect(fallbacks, `prerendered content in demo ${i} of /${path}`).toBeGreaterThan(0);
      const images = demo.locator('img');
      for (let j = 0; j < (await images.count()); j++) {
        await expect
          .poll(() => images.nth(j).evaluate((el) => (el as HTMLImageElement).naturalWidth))
          .toBeGreaterThan(0);
      }
      demosSeen++;
    }
  }
  expect(demosSeen).toBeGreaterThanOrEqual(2);
  await context.close();
});

test('printing a chapter shows the demo as a static image of the current state with its parameters', async ({
  page,
}) => {
  await page.goto('pixels/?patterns.pattern=checkerboard&patterns.cell=8#patterns');
  await waitHydrated(page, 'patterns');
  await expect(page.getByTestId('patterns-time')).not.toHaveText('—');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#patterns canvas')).toBeVisible();
  await expect(page.locator('#patterns .demo__controls')).toBeHidden();
  await expect(page.locator('#patterns .demo__share')).toBeHidden();
  await expect(page.locator('#patterns .demo__print-params')).toBeVisible();
  await expect(page.locator('#patterns .demo__print-params')).toContainText('Checkerboard, 256×256×3, cell 8 px');
  await expect(page.locator('.sidebar-pane')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});

test('each chapter offers "Cite this page" with version and date, citation meta and a social card', async ({
  page,
  request,
}) => {
  for (const path of ['', 'pixels/']) {
    await page.goto(path);
    const title = ((await page.locator('h1').first().textContent()) ?? '').trim();
    const plain = page.getByTestId('cite-plain');
    await expect(plain).toContainText(title);
    await expect(plain).toContainText(`version ${SITE_VERSION}`);
    await expect(plain).toContainText(/built \d{4}-\d{2}-\d{2}/);
    // The URL in the citation is the address the page was opened from (this test server's
    // origin), completed in the browser, since no SITE was configured for this build.
    const here = new URL(page.url());
    here.hash = '';
    here.search = '';
    await expect(plain).toContainText(here.toString());
    const bibtex = await page.getByTestId('cite-bibtex').textContent();
    expect(bibtex).toContain(`\\url{${here.toString()}}`);
    expect(bibtex).toMatch(/^@misc\{pme-/);
    expect(bibtex).toContain(`title        = {{${title}}}`);
    expect(await page.locator('meta[name="citation_title"]').getAttribute('content')).toBe(title);
    expect(await page.locator('meta[name="citation_publication_date"]').getAttribute('content')).toMatch(
      /^\d{4}\/\d{2}\/\d{2}$/,
    );
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toBeTruthy();
    // No SITE for this build: no page claims an absolute address it cannot know.
    if (!process.env.SITE) {
      await expect(
        page.locator('link[rel="canonical"], meta[property="og:url"], meta[name="citation_public_url"]'),
      ).toHaveCount(0);
      expect(og).not.toMatch(/localhost/);
    }
    const card = await request.get(new URL(og as string, page.url()).pathname);
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    const png = await card.body();
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  }
});

test('a link copied from the pattern explorer reproduces the state and the pixels in a fresh page', async ({
  page,
  context,
}) => {
  const { canvasHash } = await import('./helpers.ts');
  await page.goto('structure/');
  await waitHydrated(page, 'patterns');
  await page.getByLabel('Seed', { exact: true }).fill('1234');
  await page.getByLabel('Seed', { exact: true }).press('Tab');
  await page.getByLabel('Channels').selectOption('1');
  await expect(page.getByTestId('patterns-announce')).toContainText('Smooth noise, 256×256×1, seed 1234');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.locator('#patterns .demo__share-text').inputValue();
  expect(link).toContain('patterns.seed=1234');
  expect(link).toMatch(/#patterns$/);
  const hash = await canvasHash(page, '[data-testid="patterns-canvas"]');
  const fresh = await context.newPage();
  await fresh.goto(link);
  await waitHydrated(fresh, 'patterns');
  await expect(fresh.getByTestId('patterns-announce')).toContainText('Smooth noise, 256×256×1, seed 1234');
  await expect.poll(() => canvasHash(fresh, '[data-testid="patterns-canvas"]')).toBe(hash);
});

test('headings, figures, demos and display equations carry visible, numbered permalinks', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('diffusion/');
  // Headings: Starlight's anchor link, kept visible with a mouse too.
  const anchors = page.locator('.sl-markdown-content .sl-heading-wrapper > .sl-anchor-link');
  expect(await anchors.count()).toBeGreaterThan(5);
  for (const a of await anchors.all()) {
    await expect(a).toBeVisible();
    expect(await a.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  }
  // Figures and demos: "Figure 5.1", "Figure 5.2", … in page order, each linking to its own figure.
  const figures = await page
    .locator('a.figure-number')
    .evaluateAll((links) =>
      links.map((a) => ({ text: a.textContent, href: a.getAttribute('href'), own: `#${a.closest('figure')?.id}` })),
    );
  expect(figures.length).toBeGreaterThanOrEqual(2);
  figures.forEach((f, i) => {
    expect(f.text).toBe(`Figure 5.${i + 1}`);
    expect(f.href).toBe(f.own);
  });
  // Display equations: "(5.1)", "(5.2)", … with anchors #eq-5-1, …
  const equations = await page.locator('.equation').evaluateAll((eqs) =>
    eqs.map((e) => ({
      id: e.id,
      number: e.querySelector('.equation__number')?.textContent,
      href: e.querySelector('.equation__number')?.getAttribute('href'),
    })),
  );
  expect(equations.length).toBeGreaterThanOrEqual(3);
  equations.forEach((e, i) => {
    expect(e.id).toBe(`eq-5-${i + 1}`);
    expect(e.number).toBe(`(5.${i + 1})`);
    expect(e.href).toBe(`#eq-5-${i + 1}`);
  });
  // A link to an equation lands on it.
  await page.goto('diffusion/#eq-5-2');
  await expect(page.locator('#eq-5-2')).toBeInViewport();
});
