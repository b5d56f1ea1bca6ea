/**
 * The engine's rules that the compiler cannot see: no Math.random (randomness is a seed passed
 * in) and no DOM names (the engine runs in Node and workers). The DOM-free tsconfig catches
 * DOM types; this catches the rest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../src/lib');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('src/lib', () => {
  const sources = files(root).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('has source files to check', () => {
    expect(sources.length).toBeGreaterThan(8);
  });

  it('never calls Math.random', () => {
    expect(sources.filter((s) => /Math\.random/.test(s.text)).map((s) => s.path)).toEqual([]);
  });

  it('never names the DOM (document, window, canvas, ImageData)', () => {
    const dom = /\b(document|window)\.|HTMLCanvasElement|new ImageData/;
    expect(sources.filter((s) => dom.test(s.text)).map((s) => s.path)).toEqual([]);
  });
});
