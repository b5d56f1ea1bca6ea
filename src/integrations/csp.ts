/**
 * Content-Security-Policy for every built page, as a <meta> tag written after the build.
 * Astro's own CSP support hashes the scripts it bundles but not Starlight's `is:inline` scripts,
 * so this integration hashes every inline script of each page itself: no third-party origin,
 * no unhashed inline script. Inline style attributes stay allowed (KaTeX positions glyphs with
 * them; styles cannot run code).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

/** The CSP for one page: the fixed directives plus a hash of each inline script it contains. */
export function cspFor(html: string): string {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/\ssrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  // 'wasm-unsafe-eval' lets the Pagefind search index run its WebAssembly.
  return [...CSP_DIRECTIVES, `script-src 'self' 'wasm-unsafe-eval' ${[...hashes].join(' ')}`.trim()].join('; ');
}

export function cspIntegration(): AstroIntegration {
  return {
    name: 'pme:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          if (html.includes('http-equiv="content-security-policy"')) continue;
          const meta = `<meta http-equiv="content-security-policy" content="${cspFor(html)}">`;
          const out = html.replace(/<head([^>]*)>/, `<head$1>${meta}`);
          if (out !== html) {
            writeFileSync(file, out);
            pages++;
          }
        }
        logger.info(`Content-Security-Policy written into ${pages} pages`);
      },
    },
  };
}
