/**
 * float32 matrix products on the CPU in plain TypeScript: C = A·B with A m × k, B k × n and
 * C m × n, all row-major (see matmul-shape.ts). `matmulNaive` is the reference (the textbook
 * triple loop); `matmulBlocked` is the benchmark's JavaScript kernel. Both accumulate in
 * float64 (JavaScript numbers) and round once when they store to the float32 output, so they
 * agree to float32 rounding of the sum.
 *
 * The blocked kernel, for the cache and the registers:
 *   for each panel of KC reduction indices p0 … p0+KC−1 (B's panel stays in cache)
 *     for each 4 × 4 tile of C (rows i … i+3, columns j … j+3)
 *       16 accumulators live in locals; each p loads 4 values of A and 4 of B and does 16
 *       multiply-adds, so 8 loads feed 16 FMAs instead of 2 loads per FMA in the naive loop.
 * Rows and columns left over when m or n is not a multiple of 4 take a scalar path.
 */
import { checkOptions } from '../validate.ts';
import type { MatmulShape } from './matmul-shape.ts';
import { checkMatmulShape } from './matmul-shape.ts';

/** Reduction panel length of the blocked kernel (KC × 4 floats of B per tile column stay hot). */
export const MATMUL_BLOCK_K = 128;
/** Side of the register tile. */
export const MATMUL_TILE = 4;

export interface MatmulOptions extends MatmulShape {
  /** m × k, row-major. */
  a: Float32Array;
  /** k × n, row-major. */
  b: Float32Array;
  /** m × n, row-major; written (not accumulated into). Allocated when absent. */
  out?: Float32Array;
}

function checkMatmul(options: MatmulOptions): { m: number; n: number; k: number; out: Float32Array } {
  const o = checkOptions('options', options);
  const { m, n, k } = checkMatmulShape(o);
  const need = (name: string, arr: unknown, length: number) => {
    if (!(arr instanceof Float32Array)) throw new TypeError(`${name} must be a Float32Array of length ${length}`);
    if (arr.length !== length) {
      throw new RangeError(`${name} must have length ${length} for m = ${m}, n = ${n}, k = ${k}; got ${arr.length}`);
    }
  };
  need('a', o.a, m * k);
  need('b', o.b, k * n);
  const out = o.out ?? new Float32Array(m * n);
  need('out', out, m * n);
  return { m, n, k, out };
}

/** The reference: c[i][j] = Σ_p a[i][p]·b[p][j], one dot product per output. */
export function matmulNaive(options: MatmulOptions): Float32Array {
  const { m, n, k, out } = checkMatmul(options);
  const { a, b } = options;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let p = 0; p < k; p++) sum += a[i * k + p] * b[p * n + j];
      out[i * n + j] = sum;
    }
  }
  return out;
}

/** The benchmark's JavaScript kernel: cache-blocked over k, register-blocked 4 × 4 (see above). */
export function matmulBlocked(options: MatmulOptions): Float32Array {
  const { m, n, k, out } = checkMatmul(options);
  matmulBlockedUnchecked(options.a, options.b, out, m, n, k);
  return out;
}

/**
 * The kernel without argument checks, for the benchmark's timed loop (the caller has checked
 * the shape once). Writes out = a·b.
 */
// biome-ignore format: the 4 × 4 tile reads best laid out as a 4 × 4 grid
export function matmulBlockedUnchecked(
  a: Float32Array,
  b: Float32Array,
  out: Float32Array,
  m: number,
  n: number,
  k: number,
): void {
  const m4 = m - (m % 4);
  const n4 = n - (n % 4);
  for (let p0 = 0; p0 < k; p0 += MATMUL_BLOCK_K) {
    const p1 = Math.min(k, p0 + MATMUL_BLOCK_K);
    const first = p0 === 0;
    for (let i = 0; i < m4; i += 4) {
      const a0 = i * k;
      const a1 = a0 + k;
      const a2 = a1 + k;
      const a3 = a2 + k;
      for (let j = 0; j < n4; j += 4) {
        const c0 = i * n + j;
        const c1 = c0 + n;
        const c2 = c1 + n;
        const c3 = c2 + n;
        let s00 = 0, s01 = 0, s02 = 0, s03 = 0;
        let s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        let s20 = 0, s21 = 0, s22 = 0, s23 = 0;
        let s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        if (!first) {
          s00 = out[c0]; s01 = out[c0 + 1]; s02 = out[c0 + 2]; s03 = out[c0 + 3];
          s10 = out[c1]; s11 = out[c1 + 1]; s12 = out[c1 + 2]; s13 = out[c1 + 3];
          s20 = out[c2]; s21 = out[c2 + 1]; s22 = out[c2 + 2]; s23 = out[c2 + 3];
          s30 = out[c3]; s31 = out[c3 + 1]; s32 = out[c3 + 2]; s33 = out[c3 + 3];
        }
        for (let p = p0; p < p1; p++) {
          const bp = p * n + j;
          const b0 = b[bp];
          const b1 = b[bp + 1];
          const b2 = b[bp + 2];
          const b3 = b[bp + 3];
          const x0 = a[a0 + p];
          const x1 = a[a1 + p];
          const x2 = a[a2 + p];
          const x3 = a[a3 + p];
          s00 += x0 * b0; s01 += x0 * b1; s02 += x0 * b2; s03 += x0 * b3;
          s10 += x1 * b0; s11 += x1 * b1; s12 += x1 * b2; s13 += x1 * b3;
          s20 += x2 * b0; s21 += x2 * b1; s22 += x2 * b2; s23 += x2 * b3;
          s30 += x3 * b0; s31 += x3 * b1; s32 += x3 * b2; s33 += x3 * b3;
        }
        out[c0] = s00; out[c0 + 1] = s01; out[c0 + 2] = s02; out[c0 + 3] = s03;
        out[c1] = s10; out[c1 + 1] = s11; out[c1 + 2] = s12; out[c1 + 3] = s13;
        out[c2] = s20; out[c2 + 1] = s21; out[c2 + 2] = s22; out[c2 + 3] = s23;
        out[c3] = s30; out[c3 + 1] = s31; out[c3 + 2] = s32; out[c3 + 3] = s33;
      }
    }
  }
  // Edges: the last m % 4 rows (every column) and the last n % 4 columns of the tiled rows.
  if (m4 < m || n4 < n) {
    for (let i = 0; i < m; i++) {
      const jStart = i < m4 ? n4 : 0;
      for (let j = jStart; j < n; j++) {
        let sum = 0;
        for (let p = 0; p < k; p++) sum += a[i * k + p] * b[p * n + j];
        out[i * n + j] = sum;
      }
    }
  }
}
