/**
 * The chapter map (src/sidebar.ts) against the built site: every chapter exists
 * with a title and a description, opens by saying what the reader will be able to answer, ends
 * with self-check questions, and never overflows horizontally at 360 px or 1280 px.
 */
import { expect, test } from '@playwright/test';
import { chapters } from '../../src/sidebar.ts';

test('the chapter map lists the eleven chapters of the design', () => {
  expect(chapters.map((c) => c.slug)).toEqual([
    '',
    'pixels',
    'structure',
    'constraints',
    'diffusion',
    'counting-flops',
    'hardware',
    'efficient-methods',
    'try-it',
    'claims',
    'references',
  ]);
});

for (const chapter of chapters) {
  const path = chapter.slug ? `${chapter.slug}/` : '';
  test(`/${path} exists with a title, a description, its opening question and self-check questions`, async ({
    page,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const title = await page.locator('h1').first().textContent();
    expect(title?.trim().length).toBeGreaterThan(3);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0).toBeGreaterThan(40);
    await expect(page.locator('main .sl-markdown-content p').first()).toContainText(
      'After this chapter you can answer',
    );
    // Chapters end with "Exercises" (#exercises); the back-matter keeps "Check yourself".
    const heading = chapter.slug === 'references' ? 'check-yourself' : 'exercises';
    const checks = page.locator(`xpath=//h2[@id="${heading}"]/following::details`);
    await expect(page.locator(`h2#${heading}`)).toHaveCount(1);
    expect(await checks.count()).toBeGreaterThanOrEqual(2);
    // Answers are revealed on request.
    const first = checks.first();
    await expect(first).not.toHaveAttribute('open', '');
    await first.locator('summary').click();
    await expect(first).toHaveAttribute('open', '');
  });

  for (const width of [360, 1280]) {
    test(`/${path} does not overflow horizontally at ${width} px`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(path);
      const height = await page.evaluate(() => document.body.scrollHeight);
      for (let y = 0; y <= height; y += 800) await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `page wider than the viewport by ${overflow} px`).toBeLessThanOrEqual(0);
      await context.close();
    });
  }
}

/** Scrolls so that the last block of a section sits just under the header, in the band the TOC watches. */
async function scrollIntoSection(page: import('@playwright/test').Page, headingId: string) {
  await page.evaluate((id) => {
    const wrapper = document.getElementById(id)?.closest('.sl-heading-wrapper') ?? document.getElementById(id);
    // The section's last visible block before the next heading: far from its own heading.
    let block: Element | null = null;
    for (
      let el = wrapper?.nextElementSibling;
      el && !el.matches('.sl-heading-wrapper, h2, h3');
      el = el.nextElementSibling
    ) {
      if ((el as HTMLElement).offsetHeight > 0) block = el;
    }
    if (!block) throw new Error(`no block after #${id}`);
    const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
    window.scrollTo(0, window.scrollY + block.getBoundingClientRect().top - header - 40);
  }, headingId);
}

test('"On this page" marks the section being read, in the middle of a long section too', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('diffusion/');
  const current = page.locator('starlight-toc a[aria-current="true"]');
  for (const id of ['every-step-is-a-full-pass', 'the-mathematics', 'the-denoising-loop']) {
    await scrollIntoSection(page, id);
    await expect(current).toHaveAttribute('href', `#${id}`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(current).toHaveAttribute('href', '#_top');
  // The lighter start (src/components/site/toc-light.ts) replaced Starlight's, on both lists.
  await expect(page.locator('starlight-toc')).toHaveAttribute('data-toc-light', 'true');
  await expect(page.locator('mobile-starlight-toc')).toHaveAttribute('data-toc-light', 'true');
});

test('the mobile "On this page" summary names the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('diffusion/');
  const heading = (await page.locator('#cost-grows-in-a-straight-line').textContent())?.trim() ?? '';
  expect(heading.length).toBeGreaterThan(5);
  await scrollIntoSection(page, 'cost-grows-in-a-straight-line');
  await expect(page.locator('mobile-starlight-toc .display-current')).toHaveText(heading);
});
