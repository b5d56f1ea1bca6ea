import { describe, expect, it } from 'vitest';
import {
  createRng,
  fillBytes,
  fillNormals,
  nextFloat,
  nextNormal,
  nextUint32,
  OPS_PER_DRAW,
} from '../../src/lib/random.ts';

describe('createRng / nextUint32 (xoshiro128** seeded by splitmix32)', () => {
  it('matches the reference xoshiro128** outputs for the state {1, 2, 3, 4}', () => {
    // Reference values from the C implementation (https://prng.di.unimi.it/xoshiro128starstar.c)
    // for s = {1, 2, 3, 4}; the first is rotl(2 * 5, 7) * 9 = 11520 by hand.
    const s = new Uint32Array([1, 2, 3, 4]);
    expect([nextUint32(s), nextUint32(s), nextUint32(s), nextUint32(s)]).toEqual([11520, 0, 5927040, 70819200]);
  });

  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 16 }, () => nextUint32(a));
    const seqB = Array.from({ length: 16 }, () => nextUint32(b));
    const seqC = Array.from({ length: 16 }, () => nextUint32(c));
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it('rejects seeds that are not 32-bit unsigned integers, naming the argument', () => {
    expect(() => createRng(-1)).toThrow(RangeError);
    expect(() => createRng(2 ** 32)).toThrow(/seed must be an integer from 0 to 4294967295; got 4294967296/);
    expect(() => createRng(1.5)).toThrow(RangeError);
    expect(() => createRng(Number.NaN)).toThrow(/seed/);
    expect(() => createRng('7' as unknown as number)).toThrow(TypeError);
  });
});

describe('uniform floats and normals (seeded statistics, n = 200,000)', () => {
  const n = 200_000;
  it('nextFloat lies in [0, 1) with mean 1/2 ± 0.005 and variance 1/12 ± 0.002', () => {
    const s = createRng(7);
    let sum = 0;
    let sumSq = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const v = nextFloat(s);
      sum += v;
      sumSq += v * v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    const mean = sum / n;
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it('fillNormals has mean 0 ± 0.01, variance 1 ± 0.015 and about 4.6% beyond ±2', () => {
    const out = new Float64Array(n);
    fillNormals(createRng(11), out);
    let sum = 0;
    let sumSq = 0;
    let tails = 0;
    for (const v of out) {
      sum += v;
      sumSq += v * v;
      if (Math.abs(v) > 2) tails++;
    }
    const mean = sum / n;
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(sumSq / n - mean * mean - 1)).toBeLessThan(0.015);
    expect(Math.abs(tails / n - 0.0455)).toBeLessThan(0.003);
  });

  it('nextNormal is finite and centred', () => {
    const s = createRng(3);
    let sum = 0;
    for (let i = 0; i < 50_000; i++) {
      const v = nextNormal(s);
      expect(Number.isFinite(v)).toBe(true);
      sum += v;
    }
    expect(Math.abs(sum / 50_000)).toBeLessThan(0.02);
  });
});

describe('fillBytes', () => {
  it('passes a chi-square test on 2^20 bytes (255 degrees of freedom, 0.1% tails)', () => {
    const bytes = new Uint8Array(1 << 20);
    fillBytes(createRng(5), bytes);
    const counts = new Float64Array(256);
    for (const b of bytes) counts[b]++;
    const expected = bytes.length / 256;
    let chi2 = 0;
    for (const c of counts) chi2 += (c - expected) ** 2 / expected;
    // χ²(255): 0.1% quantile ≈ 190.9, 99.9% quantile ≈ 330.5.
    expect(chi2).toBeGreaterThan(190.9);
    expect(chi2).toBeLessThan(330.5);
  });

  it('writes the same bytes through the aligned fast path and an unaligned view, and returns the draws it made', () => {
    const aligned = new Uint8Array(1027);
    const backing = new Uint8Array(1028);
    const unaligned = backing.subarray(1);
    expect(fillBytes(createRng(9), aligned)).toBe(257);
    expect(fillBytes(createRng(9), unaligned)).toBe(257);
    expect(Array.from(unaligned)).toEqual(Array.from(aligned));
  });

  it('lays out each 32-bit draw little-endian, whatever the platform', () => {
    const bytes = new Uint8Array(8);
    fillBytes(createRng(1), bytes);
    const s = createRng(1);
    const w0 = nextUint32(s);
    const w1 = nextUint32(s);
    expect(Array.from(bytes)).toEqual([
      w0 & 255,
      (w0 >>> 8) & 255,
      (w0 >>> 16) & 255,
      w0 >>> 24,
      w1 & 255,
      (w1 >>> 8) & 255,
      (w1 >>> 16) & 255,
      w1 >>> 24,
    ]);
  });

  it('counts 14 integer operations per draw, as written in nextUint32', () => {
    expect(OPS_PER_DRAW).toBe(14);
  });
});
