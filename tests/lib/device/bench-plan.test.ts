import { describe, expect, it } from 'vitest';
import { chooseMatmulSide, summariseBench } from '../../../src/lib/device/bench-plan.ts';

describe('chooseMatmulSide', () => {
  it('picks the side whose 2·s³ FLOPs take the target time, rounded to the multiple', () => {
    // 2e9 FLOP/s × 0.05 s = 1e8 FLOPs → s = ∛5e7 ≈ 368 → 384 (multiple of 32: 368/32 = 11.5 → 12).
    expect(chooseMatmulSide({ flopsPerSecond: 2e9, targetSeconds: 0.05, multiple: 32, min: 64, max: 1024 })).toBe(384);
  });
  it('clamps to [min, max]', () => {
    const base = { targetSeconds: 0.05, multiple: 32, min: 64, max: 1024 };
    expect(chooseMatmulSide({ ...base, flopsPerSecond: 1e3 })).toBe(64);
    expect(chooseMatmulSide({ ...base, flopsPerSecond: 1e15 })).toBe(1024);
  });
  it('rejects NaN and non-positive rates with a RangeError naming flopsPerSecond', () => {
    const base = { targetSeconds: 0.05, multiple: 32, min: 64, max: 1024 };
    expect(() => chooseMatmulSide({ ...base, flopsPerSecond: Number.NaN })).toThrow(/^flopsPerSecond/);
    expect(() => chooseMatmulSide({ ...base, flopsPerSecond: 0 })).toThrow(RangeError);
  });
});

describe('summariseBench', () => {
  const shape = { m: 100, n: 200, k: 300 };
  it('counts only completed reps: flops = 2·m·n·k·reps, sustained = flops / total seconds', () => {
    const s = summariseBench(shape, { repSeconds: [0.05, 0.04, 0.06] });
    expect(s.reps).toBe(3);
    expect(s.flops).toBe(2 * 100 * 200 * 300 * 3);
    expect(s.seconds).toBeCloseTo(0.15, 15);
    expect(s.flopsPerSecond).toBeCloseTo(s.flops / 0.15, 3);
    expect(s.medianFlopsPerSecond).toBeCloseTo((2 * 100 * 200 * 300) / 0.05, 3);
    expect(s.minRepSeconds).toBe(0.04);
    expect(s.maxRepSeconds).toBe(0.06);
  });
  it('counts every product of a batch when several run per timed repetition', () => {
    const s = summariseBench(shape, { repSeconds: [0.1, 0.1], productsPerRep: 8 });
    expect(s.reps).toBe(16);
    expect(s.flops).toBe(2 * 100 * 200 * 300 * 16);
    expect(s.medianFlopsPerSecond).toBeCloseTo((2 * 100 * 200 * 300 * 8) / 0.1, 3);
  });
  it('rejects an empty list and non-positive durations', () => {
    expect(() => summariseBench(shape, { repSeconds: [] })).toThrow(/^repSeconds must hold at least one/);
    expect(() => summariseBench(shape, { repSeconds: [0.1, -1] })).toThrow(/^repSeconds\[1\]/);
    expect(() => summariseBench(shape, { repSeconds: [Number.NaN] })).toThrow(RangeError);
  });
});
