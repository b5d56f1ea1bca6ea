/** The built site's pages, read from its sitemap, as paths relative to the test server's base. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = process.env.DIST ?? 'dist';
export const BASE = `/${(process.env.BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** Paths like '' (home), 'pixels/', 'embed/patterns/' — relative to the base URL. */
export function sitemapPages(): string[] {
  const index = join(DIST, 'sitemap-0.xml');
  if (!existsSync(index)) throw new Error(`${index} not found: build the site first (npm run build)`);
  const xml = readFileSync(index, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const path = new URL(m[1]).pathname;
    return path.startsWith(BASE) ? path.slice(BASE.length) : path.replace(/^\//, '');
  });
}

/** Every file under dist/, as [path relative to dist, absolute path]. */
export function distFiles(dir = DIST): Array<[string, string]> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path) : [[relative(DIST, path), path] as [string, string]];
  });
}
