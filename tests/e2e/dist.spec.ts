/**
 * Checks over the built files themselves (no browser needed): every internal link and anchor
 * resolves, the HTML passes html-validate (rule set in .htmlvalidate.json, exceptions explained
 * in CONTRIBUTING.md), every redirect lands on a real page, and the size budgets hold.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { redirects } from '../../src/redirects.ts';
import { BASE, DIST, distFiles } from './site-pages.ts';

const files = distFiles();
const htmlFiles = files.filter(([rel]) => rel.endsWith('.html'));
const byPath = new Map(files.map(([rel, abs]) => [`${BASE}${rel}`, abs]));

function decode(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The file a site path resolves to (directory → index.html), or undefined. */
function resolveFile(pathname: string): string | undefined {
  const p = decodeURIComponent(pathname);
  return byPath.get(p) ?? byPath.get(`${p.replace(/\/$/, '')}/index.html`) ?? byPath.get(`${p}index.html`);
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1])));
    idCache.set(file, ids);
  }
  return ids;
}

test('every internal link, asset reference and anchor in the built site resolves', () => {
  expect(htmlFiles.length).toBeGreaterThan(3);
  const broken: string[] = [];
  let checked = 0;
  for (const [rel, abs] of htmlFiles) {
    const html = readFileSync(abs, 'utf8');
    const pageUrl = new URL(`${BASE}${rel.replace(/index\.html$/, '')}`, 'http://site.test');
    const refs = [...html.matchAll(/\s(?:href|src|component-url|renderer-url)="([^"]*)"/g)].map((m) => decode(m[1]));
    for (const ref of refs) {
      if (/^(https?:|mailto:|data:|blob:|javascript:)/.test(ref) || ref === '') continue;
      const url = new URL(ref, pageUrl);
      if (url.origin !== 'http://site.test') continue;
      checked++;
      const target = url.pathname === pageUrl.pathname ? abs : resolveFile(url.pathname);
      if (!target) {
        broken.push(`${rel}: ${ref} (no file for ${url.pathname})`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && hash !== '_top' && target.endsWith('.html') && !idsOf(target).has(hash)) {
        broken.push(`${rel}: ${ref} (no element with id "${hash}")`);
      }
    }
  }
  expect(checked).toBeGreaterThan(50);
  expect(broken).toEqual([]);
});

test('the built HTML passes html-validate with the documented rule set', async () => {
  const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
  const problems: string[] = [];
  for (const [rel, abs] of htmlFiles) {
    const report = await validator.validateString(readFileSync(abs, 'utf8'), rel);
    for (const r of report.results) {
      for (const m of r.messages) problems.push(`${rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('every redirect of an old slug lands on an existing page', () => {
  expect(Object.keys(redirects).length).toBeGreaterThan(0);
  for (const [from, to] of Object.entries(redirects)) {
    const page = resolveFile(`${BASE}${from.replace(/^\//, '')}`);
    expect(page, `redirect page for ${from}`).toBeTruthy();
    const html = readFileSync(page as string, 'utf8');
    const target = html.match(/http-equiv="refresh" content="0;url=([^"]+)"/)?.[1];
    expect(target, `meta refresh in ${from}`).toBeTruthy();
    const targetPath = new URL(decode(target as string), 'http://site.test').pathname;
    expect(targetPath).toBe(`${BASE}${to.replace(/^\//, '')}`);
    expect(resolveFile(targetPath), `target of ${from}`).toBeTruthy();
  }
});

/** Budgets (also listed in CONTRIBUTING.md). Sizes are gzip -9 of the file as served. */
const BUDGETS = {
  pageJavaScriptGzipBytes: 100 * 1024,
  assetGzipBytes: { js: 80 * 1024, css: 40 * 1024 },
  assetBytes: { png: 400 * 1024, svg: 100 * 1024, woff2: 80 * 1024, html: 400 * 1024 },
};

test('no single asset exceeds its budget (the search index excepted)', () => {
  const over: string[] = [];
  for (const [rel, abs] of files) {
    if (rel.startsWith('pagefind/')) continue;
    const ext = rel.split('.').pop() ?? '';
    const bytes = readFileSync(abs);
    if (ext === 'js' || ext === 'css') {
      const gz = gzipSync(bytes, { level: 9 }).length;
      const limit = BUDGETS.assetGzipBytes[ext];
      if (gz > limit) over.push(`${rel}: ${gz} bytes gzipped > ${limit}`);
    } else if (ext in BUDGETS.assetBytes) {
      const limit = BUDGETS.assetBytes[ext as keyof typeof BUDGETS.assetBytes];
      if (bytes.length > limit) over.push(`${rel}: ${bytes.length} bytes > ${limit}`);
    }
  }
  expect(over).toEqual([]);
});

test(`DIST is the folder under test (${DIST})`, () => {
  expect(byPath.size).toBe(files.length);
});

test('no citation in the built pages names the build machine (localhost) when no SITE was set', () => {
  const leaks: string[] = [];
  let citations = 0;
  for (const [rel, abs] of htmlFiles) {
    const html = readFileSync(abs, 'utf8');
    for (const m of html.matchAll(/data-testid="(?:site-)?cite-(?:plain|bibtex)"[^>]*>([\s\S]*?)<\/(?:p|pre)>/g)) {
      citations++;
      if (/localhost/.test(m[1])) leaks.push(rel);
    }
  }
  expect(citations, 'citations found in the build').toBeGreaterThan(10);
  if (!process.env.SITE) expect(leaks).toEqual([]);
});

test('every code block is a named, keyboard-focusable region in the HTML, and no script takes that away', () => {
  let blocks = 0;
  const wrong: string[] = [];
  for (const [rel, abs] of htmlFiles) {
    const html = readFileSync(abs, 'utf8');
    const labels: string[] = [];
    for (const m of html.matchAll(/<pre data-language="[^"]*"([^>]*)>/g)) {
      blocks++;
      const label = /aria-label="([^"]+)"/.exec(m[1])?.[1];
      if (!/tabindex="0"/.test(m[1]) || !/role="region"/.test(m[1]) || !label) wrong.push(`${rel}: <pre${m[1]}>`);
      else labels.push(label);
    }
    if (new Set(labels).size !== labels.length)
      wrong.push(`${rel}: two code blocks share a name (${labels.join('; ')})`);
  }
  expect(blocks, 'code blocks in the build').toBeGreaterThan(4);
  expect(wrong).toEqual([]);
  // Expressive Code's own script removes tabindex from blocks it measures as not scrollable, and
  // measures late after a resize (ec.config.mjs leaves it out).
  const scripts = files.filter(([rel]) => /(^|\/)ec\.[^/]*\.js$/.test(rel));
  expect(scripts.length, 'Expressive Code bundles').toBeGreaterThan(0);
  for (const [rel, abs] of scripts)
    expect(readFileSync(abs, 'utf8'), rel).not.toMatch(/removeAttribute\(\s*["']tabindex["']\s*\)/);
});
