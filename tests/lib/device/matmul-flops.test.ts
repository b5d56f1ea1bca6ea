import { describe, expect, it } from 'vitest';
import { benchFlops, matmulFlops, matmulMacs } from '../../../src/lib/device/matmul-flops.ts';

describe('FLOP accounting', () => {
  it.each([
    [1, 1, 1, 0, 0],
    [1, 1, 1, 1, 2],
    [2, 3, 4, 5, 2 * 2 * 3 * 4 * 5],
    [384, 384, 384, 30, 2 * 384 ** 3 * 30],
    [1000, 7, 513, 3, 2 * 1000 * 7 * 513 * 3],
    [8192, 8192, 8192, 1, 2 * 8192 ** 3],
  ])('benchFlops(m=%i, n=%i, k=%i, reps=%i) = 2·m·n·k·reps = %i exactly', (m, n, k, reps, want) => {
    expect(benchFlops({ m, n, k }, { reps })).toBe(want);
  });

  it('matmulMacs is m·n·k and matmulFlops is twice that', () => {
    expect(matmulMacs({ m: 3, n: 5, k: 7 })).toBe(105);
    expect(matmulFlops({ m: 3, n: 5, k: 7 })).toBe(210);
  });

  it('rejects fractional, negative or oversized arguments with a RangeError naming them', () => {
    expect(() => benchFlops({ m: 2, n: 2, k: 2 }, { reps: 1.5 })).toThrow(/^reps must be an integer/);
    expect(() => benchFlops({ m: 2, n: 2, k: 2 }, { reps: -1 })).toThrow(RangeError);
    expect(() => matmulFlops({ m: 0, n: 2, k: 2 })).toThrow(/^m must be an integer from 1/);
    expect(() => matmulFlops({ m: 2, n: 2, k: 9000 })).toThrow(/^k must be/);
  });
});
