/**
 * Serves the built site (dist/) on localhost, under the base path it was built with, and
 * prints the URL. Text files go gzip-compressed where the browser accepts it, as on static hosts. `npm start` builds first; `npm run preview` serves what is there.
 *   PORT=8080 npm run preview      BASE=/course/ npm run preview (must match the build's BASE)
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Text types sent gzip-compressed to clients that accept it, as static hosts (GitHub Pages, Netlify) do. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.csv', '.wasm']);

export function startServer(options: { root?: string; port?: number; base?: string; host?: string } = {}) {
  const root = resolve(options.root ?? process.env.DIST ?? 'dist');
  const base = `/${(options.base ?? process.env.BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html not found: run \`npm run build\` first`);
  }
  const notFound = join(root, '404.html');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      if (`${path}/` === base) {
        res.writeHead(301, { location: base });
        res.end();
        return;
      }
      return send(404, notFound);
    }
    path = normalize(`/${path.slice(base.length)}`);
    let file = join(root, path);
    if (!file.startsWith(root)) return send(403, notFound);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return send(404, notFound);
    return send(200, file);

    function send(status: number, filePath: string) {
      const type = MIME[extname(filePath)] ?? 'application/octet-stream';
      const gzip = COMPRESSIBLE.has(extname(filePath)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      if (req.method === 'HEAD' || !existsSync(filePath)) {
        res.end();
        return;
      }
      const body = createReadStream(filePath);
      if (gzip) body.pipe(createGzip()).pipe(res);
      else body.pipe(res);
    }
  });
  const port = options.port ?? Number(process.env.PORT ?? 4321);
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  return new Promise<{ url: string; close: () => Promise<void> }>((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveStart({
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}${base}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

if (import.meta.main) {
  startServer()
    .then(({ url }) => console.log(`Pixel Map Efficiency is being served at ${url}  (Ctrl+C to stop)`))
    .catch((error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    });
}
