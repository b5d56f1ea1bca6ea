/**
 * The shape of one matrix product C = A·B: A is m × k, B is k × n, C is m × n, all row-major
 * float32 (element (r, c) of an R × C matrix is at index r·C + c).
 */
import { checkInteger, checkOptions } from '../validate.ts';

/** Largest side accepted (so that m·k, k·n and m·n stay well inside a Float32Array's length). */
export const MAX_MATMUL_SIDE = 8192;

export interface MatmulShape {
  /** Rows of A and C, 1 … MAX_MATMUL_SIDE. */
  m: number;
  /** Columns of B and C, 1 … MAX_MATMUL_SIDE. */
  n: number;
  /** Columns of A = rows of B (the reduction length), 1 … MAX_MATMUL_SIDE. */
  k: number;
}

/** Validates a shape; a RangeError names the side and its range. */
export function checkMatmulShape(shape: MatmulShape): MatmulShape {
  const s = checkOptions('shape', shape);
  return {
    m: checkInteger('m', s.m, 1, MAX_MATMUL_SIDE),
    n: checkInteger('n', s.n, 1, MAX_MATMUL_SIDE),
    k: checkInteger('k', s.k, 1, MAX_MATMUL_SIDE),
  };
}
