import { describe, expect, it } from 'vitest';
import { forwardDiffuse, forwardDiffuseRandom } from '../../../src/lib/diffusion/forward.ts';
import { createSchedule } from '../../../src/lib/diffusion/schedule.ts';
import { createRng } from '../../../src/lib/random.ts';
import { createTally } from '../../../src/lib/tally.ts';

function meanAndVariance(values: Float32Array): { mean: number; variance: number } {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  return { mean, variance: squares / values.length };
}

describe('forwardDiffuseRandom', () => {
  // n = 200 000 samples: the standard error of the mean is √((1 − ᾱ)/n) ≤ 0.0023 and of the
  // variance ≈ (1 − ᾱ)√(2/n) ≤ 0.0032, so ±0.015 is more than 4.5 standard errors.
  const n = 200_000;
  const x0Value = 0.6;
  for (const [name, t] of [
    ['linear', 100],
    ['linear', 500],
    ['cosine', 500],
    ['cosine', 900],
  ] as const) {
    it(`forwardDiffuseRandom(x0 = 0.6, t = ${t}, ${name}, seed 7) has mean √ᾱ_t·0.6 and variance 1 − ᾱ_t`, () => {
      const schedule = createSchedule(name);
      const alphaBar = schedule.alphaBars[t];
      const x0 = new Float32Array(n).fill(x0Value);
      const out = new Float32Array(n);
      forwardDiffuseRandom(x0, t, schedule, createRng(7), out);
      const { mean, variance } = meanAndVariance(out);
      expect(Math.abs(mean - Math.sqrt(alphaBar) * x0Value)).toBeLessThan(0.015);
      expect(Math.abs(variance - (1 - alphaBar))).toBeLessThan(0.015);
    });
  }

  it('forwardDiffuseRandom with the same seed gives the same values', () => {
    const schedule = createSchedule('linear');
    const x0 = new Float32Array(1000).fill(-0.3);
    const a = forwardDiffuseRandom(x0, 300, schedule, createRng(42), new Float32Array(1000));
    const b = forwardDiffuseRandom(x0, 300, schedule, createRng(42), new Float32Array(1000));
    expect(a).toEqual(b);
  });

  it('forwardDiffuseRandom(out = x0) throws a RangeError naming out', () => {
    const x0 = new Float32Array(4);
    expect(() => forwardDiffuseRandom(x0, 1, createSchedule('linear'), createRng(1), x0)).toThrow(/out must be/);
  });
});

describe('forwardDiffuse', () => {
  it('forwardDiffuse(x0, t = 0) returns x0 exactly (ᾱ_0 = 1) and counts 3 flops per element + 3', () => {
    const x0 = Float32Array.from([0.5, -1, 1, 0.25]);
    const eps = Float32Array.from([1, 2, 3, 4]);
    const tally = createTally();
    const out = forwardDiffuse(x0, 0, createSchedule('linear'), eps, new Float32Array(4), tally);
    expect(out).toEqual(x0);
    expect(tally.flops).toBe(3 + 3 * 4);
  });

  it('forwardDiffuse(x0, t) computes √ᾱ_t x0 + √(1 − ᾱ_t) ε', () => {
    const schedule = createSchedule('cosine');
    const x0 = Float32Array.from([0.5, -0.5]);
    const eps = Float32Array.from([1, -2]);
    const out = forwardDiffuse(x0, 400, schedule, eps, new Float32Array(2));
    const a = Math.sqrt(schedule.alphaBars[400]);
    const s = Math.sqrt(1 - schedule.alphaBars[400]);
    expect(out[0]).toBeCloseTo(a * 0.5 + s * 1, 6);
    expect(out[1]).toBeCloseTo(a * -0.5 + s * -2, 6);
  });

  it('forwardDiffuse(t = 1001) and a short eps throw RangeErrors naming the argument', () => {
    const schedule = createSchedule('linear');
    const x0 = new Float32Array(4);
    expect(() => forwardDiffuse(x0, 1001, schedule, new Float32Array(4), new Float32Array(4))).toThrow(
      /t must be an integer from 0 to 1000; got 1001/,
    );
    expect(() => forwardDiffuse(x0, 1, schedule, new Float32Array(3), new Float32Array(4))).toThrow(
      /eps must hold 4 values/,
    );
  });
});
