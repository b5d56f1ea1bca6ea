import { describe, expect, it } from 'vitest';
import {
  applyUpdate,
  ddimCoefficients,
  ddpmCoefficients,
  type UpdateCoefficients,
} from '../../../src/lib/diffusion/samplers.ts';
import { createSchedule } from '../../../src/lib/diffusion/schedule.ts';
import { createTally } from '../../../src/lib/tally.ts';

const fresh = (): UpdateCoefficients => ({ x0Coef: Number.NaN, xtCoef: Number.NaN, noiseStd: Number.NaN });

describe('ddpmCoefficients', () => {
  it('ddpmCoefficients(t → t − 1) match Ho et al. eq. 7: √ᾱ_{t−1}β_t/(1−ᾱ_t), √α_t(1−ᾱ_{t−1})/(1−ᾱ_t), β̃_t', () => {
    const { betas, alphas, alphaBars } = createSchedule('linear');
    for (const t of [2, 10, 500, 1000]) {
      const c = fresh();
      ddpmCoefficients(alphaBars[t], alphaBars[t - 1], c, createTally());
      const oneMinus = 1 - alphaBars[t];
      expect(c.x0Coef).toBeCloseTo((Math.sqrt(alphaBars[t - 1]) * betas[t]) / oneMinus, 12);
      expect(c.xtCoef).toBeCloseTo((Math.sqrt(alphas[t]) * (1 - alphaBars[t - 1])) / oneMinus, 12);
      expect(c.noiseStd ** 2).toBeCloseTo(((1 - alphaBars[t - 1]) / oneMinus) * betas[t], 12);
    }
  });

  it('ddpmCoefficients(t → 0) give x_0 = x̂_0 with no noise', () => {
    const c = fresh();
    ddpmCoefficients(0.3, 1, c, createTally());
    expect(c.x0Coef).toBeCloseTo(1, 15);
    expect(c.xtCoef).toBe(0);
    expect(c.noiseStd).toBe(0);
  });
});

describe('ddimCoefficients', () => {
  it('ddimCoefficients(η = 1) equal ddpmCoefficients (DDIM with η = 1 is DDPM, Song et al. 2020)', () => {
    const { alphaBars } = createSchedule('cosine');
    for (const [t, s] of [
      [1000, 900],
      [500, 250],
      [20, 19],
      [5, 0],
    ]) {
      const a = fresh();
      const b = fresh();
      ddimCoefficients(alphaBars[t], alphaBars[s], 1, a, createTally());
      ddpmCoefficients(alphaBars[t], alphaBars[s], b, createTally());
      expect(a.x0Coef).toBeCloseTo(b.x0Coef, 9);
      expect(a.xtCoef).toBeCloseTo(b.xtCoef, 9);
      expect(a.noiseStd).toBeCloseTo(b.noiseStd, 9);
    }
  });

  it('ddimCoefficients(η = 0) have no noise and keep the predicted ε̂: c_t = √(1 − ᾱ_s)/√(1 − ᾱ_t)', () => {
    const c = fresh();
    ddimCoefficients(0.2, 0.6, 0, c, createTally());
    expect(c.noiseStd).toBe(0);
    expect(c.xtCoef).toBeCloseTo(Math.sqrt(0.4) / Math.sqrt(0.8), 14);
    expect(c.x0Coef).toBeCloseTo(Math.sqrt(0.6) - c.xtCoef * Math.sqrt(0.2), 14);
  });

  it('ddimCoefficients and ddpmCoefficients count 18 and 15 flops', () => {
    const a = createTally();
    const b = createTally();
    ddimCoefficients(0.2, 0.6, 0.5, fresh(), a);
    ddpmCoefficients(0.2, 0.6, fresh(), b);
    expect(a.flops).toBe(18);
    expect(b.flops).toBe(15);
  });
});

describe('applyUpdate', () => {
  it('applyUpdate writes c_0 x̂_0 + c_t x_t + σ z in place and counts 5 flops per element (3 without noise)', () => {
    const xt = Float32Array.from([1, 2]);
    const x0 = Float32Array.from([0.5, -0.5]);
    const z = Float32Array.from([1, -1]);
    const tally = createTally();
    applyUpdate(xt, x0, { x0Coef: 2, xtCoef: 0.5, noiseStd: 0.25 }, z, xt, tally);
    expect(Array.from(xt)).toEqual([2 * 0.5 + 0.5 * 1 + 0.25, 2 * -0.5 + 0.5 * 2 - 0.25]);
    expect(tally.flops).toBe(10);
    applyUpdate(xt, x0, { x0Coef: 1, xtCoef: 0, noiseStd: 0 }, null, xt, tally);
    expect(Array.from(xt)).toEqual([0.5, -0.5]);
    expect(tally.flops).toBe(16);
  });
});
