/**
 * A cheap check that a product is right, for results too large to recompute: a few entries of
 * C are recomputed as float64 dot products and compared. The error of a float32 dot product of
 * length k grows like k·ε·Σ|a·b| (ε = 2⁻²⁴), so the error is measured relative to Σ|a_ip·b_pj|,
 * not to |c_ij|, which may be near zero by cancellation.
 */
import { checkInteger, checkOptions } from '../validate.ts';
import type { MatmulShape } from './matmul-shape.ts';
import { checkMatmulShape } from './matmul-shape.ts';

export interface SpotCheck {
  /** Entries compared. */
  samples: number;
  /** max over samples of |c − exact| / Σ|a·b| (0 when the magnitude sum is 0 and c is exact). */
  maxRelativeError: number;
  /** Whether `maxRelativeError` is within `tolerance`. */
  ok: boolean;
  tolerance: number;
}

/** Default tolerance: generous for float32 accumulation orders (k up to 8192 · 2⁻²⁴ ≈ 5e-4). */
export const SPOT_CHECK_TOLERANCE = 1e-3;

/**
 * Recomputes `samples` entries of c = a·b (spread over the matrix by a fixed stride, including
 * the first and last) and compares them.
 */
export function spotCheckMatmul(options: {
  shape: MatmulShape;
  a: Float32Array;
  b: Float32Array;
  c: Float32Array;
  /** Entries recomputed, 1..m·n; 16 by default. */
  samples?: number;
  /** Largest relative error accepted; SPOT_CHECK_TOLERANCE by default. */
  tolerance?: number;
}): SpotCheck {
  const {
    shape,
    a,
    b,
    c,
    samples = 16,
    tolerance = SPOT_CHECK_TOLERANCE,
  } = checkOptions('spotCheckMatmul options', options);
  const { m, n, k } = checkMatmulShape(shape);
  checkInteger('samples', samples, 1, m * n);
  let worst = 0;
  const total = m * n;
  for (let s = 0; s < samples; s++) {
    const index = samples === 1 ? 0 : Math.round((s * (total - 1)) / (samples - 1));
    const i = Math.floor(index / n);
    const j = index % n;
    let exact = 0;
    let magnitude = 0;
    for (let p = 0; p < k; p++) {
      const t = a[i * k + p] * b[p * n + j];
      exact += t;
      magnitude += Math.abs(t);
    }
    const err = Math.abs(c[index] - exact);
    const rel = magnitude === 0 ? (err === 0 ? 0 : Number.POSITIVE_INFINITY) : err / magnitude;
    if (!(rel <= worst)) worst = rel;
  }
  return { samples, maxRelativeError: worst, ok: worst <= tolerance, tolerance };
}
