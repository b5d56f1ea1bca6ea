import { describe, expect, it } from 'vitest';
import { computeClaims } from '../../src/components/claims/claims.ts';
import { getReference } from '../../src/data/bibliography.ts';
import { formatSI, imageCost, randomMapCost } from '../../src/lib/index.ts';

describe('computeClaims', () => {
  const claims = computeClaims();

  it('gives every claim a unique id, a verdict, a corrected figure and a derivation', () => {
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    for (const c of claims) {
      expect(c.corrected.length).toBeGreaterThan(10);
      expect(c.derivation.length).toBeGreaterThan(40);
      for (const key of c.cite) expect(() => getReference(key)).not.toThrow();
    }
  });

  it('corrects "~3 MFLOPs" with the engine: zero FLOPs and the random map\'s bytes', () => {
    const map = randomMapCost({ width: 1024, height: 1024, channels: 3 });
    const c = claims.find((x) => x.id === 'random-flops');
    expect(map.flops).toBe(0);
    expect(c?.corrected).toContain('0 FLOPs');
    expect(c?.corrected).toContain(map.bytes.toLocaleString('en-US'));
  });

  it('corrects "~5 PFLOPs" with SDXL\'s engine-computed 20-step figure', () => {
    const sdxl = imageCost({ model: 'sdxl', width: 1024, height: 1024, steps: 20, guidance: true });
    const c = claims.find((x) => x.id === 'five-pflops');
    expect(c?.corrected).toContain(formatSI(sdxl.flops, 'FLOP'));
    expect(sdxl.flops).toBeLessThan(5e15 / 10);
  });

  it('shows that the "1,000,000×" claim does not follow from its own inputs (5e15 / 3e6 ≈ 1.7 × 10⁹)', () => {
    const c = claims.find((x) => x.id === 'million-times');
    expect(c?.derivation).toContain('1.7 × 10⁹');
  });
});
