import { expect, test } from '@playwright/test';
import { BIBLIOGRAPHY } from '../../src/data/bibliography.ts';
import { GLOSSARY } from '../../src/data/glossary.ts';
import { watchConsole } from './helpers.ts';

test('/references/ has a ref- anchor for every bibliography entry, with its BibTeX', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('references/');
  await expect(page.locator('h1')).toHaveText('References, glossary, how to cite');
  for (const r of BIBLIOGRAPHY) {
    const entry = page.locator(`li#ref-${r.key}`);
    await expect(entry, r.key).toHaveCount(1);
    await expect(entry).toContainText(r.title);
    await expect(entry.locator('details pre')).toContainText(`{${r.key},`);
  }
  await expect(page.locator('li[id^="ref-"]')).toHaveCount(BIBLIOGRAPHY.length);
  consoleWatch.expectClean();
});

test('arXiv and DOI links point at arxiv.org and doi.org', async ({ page }) => {
  await page.goto('references/');
  await expect(page.locator('#ref-song2023cm a[href="https://arxiv.org/abs/2303.01469"]')).toHaveCount(1);
  await expect(page.locator('#ref-chen2025optical a[href="https://doi.org/10.1038/s41586-025-09446-5"]')).toHaveCount(
    1,
  );
});

test('every glossary term has a term- anchor, and a term link scrolls to it', async ({ page }) => {
  await page.goto('references/');
  for (const t of GLOSSARY) await expect(page.locator(`dt#term-${t.slug}`), t.slug).toHaveText(t.term);
  await page.locator('a[href="#term-ridge-point"]').first().click();
  await expect(page).toHaveURL(/#term-ridge-point$/);
  await expect(page.locator('#term-ridge-point')).toBeInViewport();
});

test('the site citation carries the version from package.json and the corrections table is present', async ({
  page,
}) => {
  const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
  await page.goto('references/');
  await expect(page.getByTestId('site-cite-plain')).toContainText(`version ${version}`);
  await expect(page.getByTestId('site-cite-bibtex')).toContainText('@misc{pme-site,');
  const corrections = page.locator('table', { hasText: 'Citation that circulates' });
  await expect(corrections).toContainText('2410.13184');
  await expect(corrections).toContainText('2503.16425');
  await expect(corrections).toContainText('2510.11690');
  await expect(corrections).toContainText('openai/consistency-decoder-v1');
});
