import { describe, expect, it } from 'vitest';
import { MATMUL_BLOCK_K, matmulBlocked, matmulNaive } from '../../../src/lib/device/matmul.ts';

/** Seeded values in [−1, 1) (xorshift32), so failures reproduce. */
function seeded(length: number, seed: number): Float32Array {
  const out = new Float32Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = (x >>> 0) / 2147483648 - 1;
  }
  return out;
}

/** |got − want| ≤ tol · (1 + Σ|a·b|) per entry: float32 accumulation error bound (k·2⁻²⁴ · magnitude). */
function expectClose(got: Float32Array, a: Float32Array, b: Float32Array, m: number, n: number, k: number) {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let exact = 0;
      let magnitude = 0;
      for (let p = 0; p < k; p++) {
        exact += a[i * k + p] * b[p * n + j];
        magnitude += Math.abs(a[i * k + p] * b[p * n + j]);
      }
      const tol = Math.max(1, k) * 2 ** -23 * (1 + magnitude);
      const err = Math.abs(got[i * n + j] - exact);
      if (err > tol) throw new Error(`c[${i}][${j}] = ${got[i * n + j]}, want ${exact} ± ${tol}`);
    }
  }
}

describe('matmulNaive', () => {
  it('multiplies a 2×3 by a 3×2 matrix exactly', () => {
    const a = Float32Array.of(1, 2, 3, 4, 5, 6);
    const b = Float32Array.of(7, 8, 9, 10, 11, 12);
    expect(Array.from(matmulNaive({ m: 2, n: 2, k: 3, a, b }))).toEqual([58, 64, 139, 154]);
  });

  it('rejects arrays of the wrong length with a RangeError naming the argument', () => {
    expect(() => matmulNaive({ m: 2, n: 2, k: 2, a: new Float32Array(3), b: new Float32Array(4) })).toThrow(
      /^a must have length 4/,
    );
    expect(() => matmulNaive({ m: 0, n: 2, k: 2, a: new Float32Array(0), b: new Float32Array(4) })).toThrow(RangeError);
  });
});

describe('matmulBlocked equals the naive multiply within float32 tolerance', () => {
  // Sizes include 1, non-multiples of the 4 × 4 tile and a k longer than one K panel.
  const shapes: [number, number, number][] = [
    [1, 1, 1],
    [4, 4, 4],
    [5, 7, 3],
    [3, 2, 9],
    [17, 13, 31],
    [32, 48, MATMUL_BLOCK_K + 5],
    [9, 66, 2 * MATMUL_BLOCK_K + 1],
  ];
  it.each(shapes)('m=%i n=%i k=%i', (m, n, k) => {
    const a = seeded(m * k, m * 1000 + k);
    const b = seeded(k * n, n * 1000 + k + 7);
    const want = matmulNaive({ m, n, k, a, b });
    const got = matmulBlocked({ m, n, k, a, b });
    expectClose(got, a, b, m, n, k);
    for (let i = 0; i < want.length; i++) expect(Math.abs(got[i] - want[i])).toBeLessThanOrEqual(1e-4 * Math.sqrt(k));
  });

  it('random sizes 1 … 70 (seeded), 30 cases', () => {
    let s = 12345;
    const next = (max: number) => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      return 1 + (s % max);
    };
    for (let t = 0; t < 30; t++) {
      const [m, n, k] = [next(70), next(70), next(200)];
      const a = seeded(m * k, t + 1);
      const b = seeded(k * n, t + 101);
      expectClose(matmulBlocked({ m, n, k, a, b }), a, b, m, n, k);
    }
  });

  it('overwrites (does not accumulate into) a reused output buffer', () => {
    const a = seeded(6 * 5, 1);
    const b = seeded(5 * 6, 2);
    const out = new Float32Array(36).fill(99);
    expect(matmulBlocked({ m: 6, n: 6, k: 5, a, b, out })).toBe(out);
    expectClose(out, a, b, 6, 6, 5);
  });
});
