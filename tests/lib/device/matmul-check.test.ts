import { describe, expect, it } from 'vitest';
import { matmulNaive } from '../../../src/lib/device/matmul.ts';
import { spotCheckMatmul } from '../../../src/lib/device/matmul-check.ts';

describe('spotCheckMatmul', () => {
  const m = 9;
  const n = 7;
  const k = 11;
  const a = Float32Array.from({ length: m * k }, (_, i) => Math.sin(i));
  const b = Float32Array.from({ length: k * n }, (_, i) => Math.cos(i));
  it('passes a correct product', () => {
    const c = matmulNaive({ m, n, k, a, b });
    const check = spotCheckMatmul({ shape: { m, n, k }, a, b, c, samples: 10 });
    expect(check.ok).toBe(true);
    expect(check.maxRelativeError).toBeLessThan(1e-6);
  });
  it('fails a product with a wrong last entry (the last entry is always sampled)', () => {
    const c = matmulNaive({ m, n, k, a, b });
    c[m * n - 1] += 1;
    expect(spotCheckMatmul({ shape: { m, n, k }, a, b, c, samples: 4 }).ok).toBe(false);
  });
});
