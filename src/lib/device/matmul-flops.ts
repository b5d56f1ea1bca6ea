/**
 * FLOP accounting for the benchmark: the work counted is the work done. One product of an
 * m × k by a k × n matrix is m·n·k multiply-adds, i.e. 2·m·n·k FLOPs (the site's convention:
 * FLOPs = 2 × MACs); a run counts only the repetitions it actually completed.
 */
import { checkInteger, checkOptions } from '../validate.ts';
import type { MatmulShape } from './matmul-shape.ts';
import { checkMatmulShape } from './matmul-shape.ts';

/** Multiply-accumulates of one product: m·n·k. */
export function matmulMacs(shape: MatmulShape): number {
  const { m, n, k } = checkMatmulShape(shape);
  return m * n * k;
}

/** FLOPs of one product: 2·m·n·k (exact in float64 for every allowed shape: 2·8192³ < 2⁵³). */
export function matmulFlops(shape: MatmulShape): number {
  return 2 * matmulMacs(shape);
}

/** FLOPs of `reps` completed products of one shape: 2·m·n·k·reps. `reps` is an integer ≥ 0. */
export function benchFlops(shape: MatmulShape, options: { reps: number }): number {
  const { reps } = checkOptions('benchFlops options', options);
  checkInteger('reps', reps, 0, Number.MAX_SAFE_INTEGER);
  return matmulFlops(shape) * reps;
}
