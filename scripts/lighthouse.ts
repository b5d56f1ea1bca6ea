/**
 * `npm run lighthouse`: Lighthouse (the npm package) over every chapter of the built site,
 * driving the same Chromium as the browser tests. Prints performance, accessibility,
 * best-practices and SEO scores per page, the home page's largest contentful paint and total
 * blocking time, and writes the JSON summary to bench/results/. Build first (npm run build).
 * Each page runs several times (Lighthouse's own advice: scores vary run to run, more so on a
 * small shared machine) and the run with the median performance score is reported, with the
 * spread of the performance scores beside it.
 *   --desktop   desktop settings instead of Lighthouse's default mobile emulation
 *   --runs N    runs per page (default 3)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import type { Result } from 'lighthouse';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_FLAGS, resolveChromium } from '../tests/e2e/browser.ts';
import { sitemapPages } from '../tests/e2e/site-pages.ts';
import { startServer } from './serve.ts';
import { printTable } from './table.ts';

const { values } = parseArgs({
  options: { desktop: { type: 'boolean', default: false }, runs: { type: 'string', default: '3' } },
});
const runsPerPage = Number(values.runs);
if (!Number.isInteger(runsPerPage) || runsPerPage < 1 || runsPerPage > 9) {
  throw new RangeError(`--runs must be an integer from 1 to 9; got ${values.runs}`);
}
const server = await startServer({ port: 0 });
console.error(`serving ${process.env.DIST ?? 'dist'} at ${server.url}`);
const chrome = await chromeLauncher.launch({
  chromePath: resolveChromium(),
  chromeFlags: CHROMIUM_FLAGS.filter((f) => f !== '--disable-gpu').concat(['--disable-gpu']),
});
const pages = sitemapPages().filter((p) => !p.startsWith('embed/'));
const rows: string[][] = [];
const results: Record<string, unknown>[] = [];
try {
  for (const path of pages) {
    const url = `${server.url}${path}`;
    const lhrs: Result[] = [];
    for (let i = 0; i < runsPerPage; i++) {
      const run = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        values.desktop ? desktopConfig : undefined,
      );
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      lhrs.push(run.lhr);
    }
    const perf = (lhr: Result) => lhr.categories.performance?.score ?? 0;
    lhrs.sort((a, b) => perf(a) - perf(b));
    const { categories, audits } = lhrs[(lhrs.length - 1) >> 1];
    const spread = `${Math.round(perf(lhrs[0]) * 100)}–${Math.round(perf(lhrs[lhrs.length - 1]) * 100)}`;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const lcp = audits['largest-contentful-paint']?.numericValue ?? Number.NaN;
    const tbt = audits['total-blocking-time']?.numericValue ?? Number.NaN;
    const entry = {
      page: `/${path}`,
      performance: score('performance'),
      performanceRange: spread,
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(lcp),
      tbtMs: Math.round(tbt),
    };
    results.push(entry);
    rows.push([
      entry.page,
      String(entry.performance),
      spread,
      ...[entry.accessibility, entry.bestPractices, entry.seo].map(String),
      String(entry.lcpMs),
      String(entry.tbtMs),
    ]);
    console.error(`measured ${entry.page}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(
  `Lighthouse ${values.desktop ? '(desktop)' : '(mobile emulation)'}, median of ${runsPerPage} run(s) per page, ${new Date().toISOString()}`,
);
printTable(['page', 'perf', 'perf range', 'a11y', 'best', 'SEO', 'LCP ms', 'TBT ms'], rows);
const below = results.filter((r) =>
  ['performance', 'accessibility', 'bestPractices', 'seo'].some((k) => (r[k] as number) < 95),
);
console.log(
  below.length
    ? `Below 95: ${below.map((r) => r.page).join(', ')}`
    : 'Every chapter scores at least 95 in all four categories.',
);
mkdirSync('bench/results', { recursive: true });
const file = join('bench/results', `lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify({ desktop: values.desktop, runsPerPage, results }, null, 2)}\n`);
console.log(`Written: ${file}`);
