/**
 * The layering the compiler does not enforce: the engine (src/lib) imports only itself, and a
 * worker (src/workers) imports only the engine and the workers' protocol files, never the UI
 * (src/components), build scripts (scripts/) or packages. Every import form counts: static,
 * re-export, side-effect, dynamic import() and new URL(…, import.meta.url).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a source text names. */
function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\bnew\s+URL\s*\(\s*['"`]([^'"`]+)['"`]\s*,\s*import\.meta\.url/g,
  ];
  return patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[1]));
}

/** Path of `specifier` imported from `file`, relative to the repo (with '/'), or null for a package. */
function target(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return relative(repo, resolve(dirname(file), specifier))
    .split(sep)
    .join('/');
}

function violations(dir: string, allowed: (path: string) => boolean): string[] {
  return files(join(repo, dir)).flatMap((file) =>
    importsOf(readFileSync(file, 'utf8'))
      .filter((specifier) => {
        const path = target(file, specifier);
        return path === null || !allowed(path);
      })
      .map((specifier) => `${relative(repo, file)} imports ${specifier}`),
  );
}

const inLib = (path: string) => path.startsWith('src/lib/');
const isWorkerProtocol = (path: string) => /^src\/workers\/([\w-]+-)?protocol\.ts$/.test(path);

describe('importsOf(text)', () => {
  it('finds static, type-only, re-export, side-effect, dynamic and worker-URL imports, not commented ones', () => {
    const text = [
      "import { a } from '../lib/a.ts';",
      "import type { B } from './b-protocol.ts';",
      "export { c } from '../components/c.ts';",
      "import 'uplot/dist/uPlot.min.css';",
      "const d = await import('../../scripts/png.ts');",
      "new Worker(new URL('./x.worker.ts', import.meta.url));",
      "import {\n  e,\n  f,\n} from 'preact';",
      "// import { g } from '../components/g.ts';",
      "/* import { h } from '../components/h.ts'; */",
    ].join('\n');
    expect(importsOf(text)).toEqual([
      '../lib/a.ts',
      './b-protocol.ts',
      '../components/c.ts',
      'preact',
      'uplot/dist/uPlot.min.css',
      '../../scripts/png.ts',
      './x.worker.ts',
    ]);
  });
});

describe('import boundaries', () => {
  it('src/lib imports only src/lib (no packages, no UI, no scripts)', () => {
    expect(files(join(repo, 'src/lib')).length).toBeGreaterThan(20);
    expect(violations('src/lib', inLib)).toEqual([]);
  });

  it('src/workers imports only src/lib and the workers’ protocol files', () => {
    expect(files(join(repo, 'src/workers')).filter((f) => f.endsWith('.worker.ts')).length).toBeGreaterThanOrEqual(3);
    expect(violations('src/workers', (path) => inLib(path) || isWorkerProtocol(path))).toEqual([]);
  });

  it('a worker importing a component or a script is caught', () => {
    const file = join(repo, 'src/workers/x.worker.ts');
    const allowed = (path: string) => inLib(path) || isWorkerProtocol(path);
    const bad = ['../components/denoise/run.ts', '../../scripts/png.ts', 'pngjs', './helpers.ts'];
    const good = ['../lib/index.ts', './denoise-protocol.ts', './protocol.ts'];
    expect(bad.filter((s) => allowed(target(file, s) ?? ''))).toEqual([]);
    expect(good.filter((s) => !allowed(target(file, s) ?? ''))).toEqual([]);
  });
});
