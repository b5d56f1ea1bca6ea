import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeClaims } from '../../src/components/claims/claims.ts';
import { getReference } from '../../src/data/bibliography.ts';
import { formatSI, imageCost, randomMapCost } from '../../src/lib/index.ts';

describe('computeClaims', () => {
  const claims = computeClaims();

  it('gives every claim a unique id, a known verdict, a corrected figure and a derivation', () => {
    const verdicts = [
      'Wrong',
      'Misleading',
      'Correct, with a caveat',
      'Plausible, hardware-dependent',
      'Unsupported as stated',
      'Partly correct',
    ];
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    for (const c of claims) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(verdicts).toContain(c.verdict);
      expect(c.corrected.length).toBeGreaterThan(10);
      expect(c.derivation.length).toBeGreaterThan(40);
      // A derivation says how the figure was reached, so it never just repeats the figure.
      expect(c.derivation).not.toBe(c.corrected);
      expect(c.corrected).not.toMatch(/NaN|undefined|Infinity/);
      expect(c.derivation).not.toMatch(/NaN|undefined|Infinity/);
      for (const key of c.cite) expect(() => getReference(key)).not.toThrow();
    }
  });

  it('links each "see" to a chapter that exists', () => {
    const chapters = new Set(
      readdirSync(join(import.meta.dirname, '../../src/content/docs')).map((f) =>
        f === 'index.mdx' ? '/' : `/${f.replace(/\.mdx$/, '')}/`,
      ),
    );
    const seen = claims.filter((c) => c.see !== undefined);
    expect(seen.length).toBeGreaterThan(3);
    for (const c of seen) expect(chapters).toContain((c.see as string).replace(/#.*$/, ''));
  });

  it('rates "~5 PFLOPs" and "1,000,000×" Wrong and "~3 MFLOPs" Misleading', () => {
    const verdict = (id: string) => claims.find((c) => c.id === id)?.verdict;
    expect(verdict('five-pflops')).toBe('Wrong');
    expect(verdict('million-times')).toBe('Wrong');
    expect(verdict('random-flops')).toBe('Misleading');
  });

  it('corrects "~3 MFLOPs" with the engine: zero FLOPs and the random map\'s bytes', () => {
    const map = randomMapCost({ width: 1024, height: 1024, channels: 3 });
    const c = claims.find((x) => x.id === 'random-flops');
    expect(map.flops).toBe(0);
    expect(c?.corrected).toMatch(/^0 FLOP: /);
    expect(c?.corrected).toContain(map.bytes.toLocaleString('en-US'));
  });

  it('corrects "~5 PFLOPs" with SDXL\'s engine-computed 20-step figure', () => {
    const sdxl = imageCost({ model: 'sdxl', width: 1024, height: 1024, steps: 20, guidance: true });
    const c = claims.find((x) => x.id === 'five-pflops');
    expect(c?.corrected).toContain(formatSI(sdxl.flops, { unit: 'FLOP' }));
    expect(sdxl.flops).toBeLessThan(5e15 / 10);
  });

  it('shows that the "1,000,000×" claim does not follow from its own inputs (5e15 / 3e6 ≈ 1.7 × 10⁹)', () => {
    const c = claims.find((x) => x.id === 'million-times');
    expect(c?.derivation).toContain('1.7 × 10⁹');
  });
});
