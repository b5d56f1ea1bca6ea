/**
 * The README's "Use the engine" example prints what its comment says, with today's engine: the
 * example is run (its import pointed at this checkout) and its output compared with the comment.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as engine from '../../src/lib/index.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('README, "Use the engine"', () => {
  it('the example prints the output its comment gives', () => {
    const section = readme.slice(readme.indexOf('## Use the engine'));
    const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    expect(code, 'a js example in the section').toBeDefined();
    const expected = /console\.log\([\s\S]*\);\s*\/\/\s*(.+)/.exec(code ?? '')?.[1].trim();
    expect(expected).toMatch(/FLOP/);
    const body = (code ?? '').replace(/^import .*$/m, '').replace(/console\.log\(([\s\S]*)\);/, 'return [$1];');
    const names = Object.keys(engine);
    const run = new Function(...names, body) as (...args: unknown[]) => unknown;
    const printed = run(...names.map((n) => (engine as Record<string, unknown>)[n]));
    expect((printed as unknown[]).join(' ')).toBe(expected);
  });
});
