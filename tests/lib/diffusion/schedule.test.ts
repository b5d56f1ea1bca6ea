import { describe, expect, it } from 'vitest';
import { createSchedule, NUM_TIMESTEPS, SCHEDULE_NAMES } from '../../../src/lib/diffusion/schedule.ts';

describe('createSchedule', () => {
  for (const name of SCHEDULE_NAMES) {
    it(`createSchedule('${name}') gives ᾱ_t strictly decreasing in (0, 1) for t = 1 … 1000`, () => {
      const { T, alphaBars } = createSchedule(name);
      expect(T).toBe(NUM_TIMESTEPS);
      expect(alphaBars.length).toBe(T + 1);
      expect(alphaBars[0]).toBe(1);
      for (let t = 1; t <= T; t++) {
        expect(alphaBars[t]).toBeGreaterThan(0);
        expect(alphaBars[t]).toBeLessThan(alphaBars[t - 1]);
      }
    });

    it(`createSchedule('${name}') keeps α_t = 1 − β_t and ᾱ_t = ᾱ_{t−1} α_t`, () => {
      const { T, betas, alphas, alphaBars } = createSchedule(name);
      expect(betas[0]).toBe(0);
      for (let t = 1; t <= T; t++) {
        expect(alphas[t]).toBe(1 - betas[t]);
        expect(alphaBars[t]).toBe(alphaBars[t - 1] * alphas[t]);
      }
    });
  }

  it("createSchedule('linear') runs β from 1e-4 to 0.02 in equal increments (Ho et al. 2020)", () => {
    const { betas } = createSchedule('linear');
    expect(betas[1]).toBe(1e-4);
    expect(betas[1000]).toBeCloseTo(0.02, 15);
    expect(betas[501] - betas[500]).toBeCloseTo((0.02 - 1e-4) / 999, 15);
    // ᾱ_T ≈ 4.04e-5 for this schedule (a known value of the DDPM schedule).
    expect(createSchedule('linear').alphaBars[1000]).toBeCloseTo(4.036e-5, 8);
  });

  it("createSchedule('cosine') follows cos²((t/T + s)/(1 + s) · π/2) and clips β_T at 0.999", () => {
    const { betas, alphaBars } = createSchedule('cosine');
    const f = (tau: number) => Math.cos(((tau + 0.008) / 1.008) * (Math.PI / 2)) ** 2;
    expect(alphaBars[500]).toBeCloseTo(f(0.5) / f(0), 12);
    expect(betas[1000]).toBe(0.999);
    for (let t = 1; t < 1000; t++) expect(betas[t]).toBeLessThan(0.999);
  });

  it("createSchedule('sigmoid') throws a RangeError naming schedule", () => {
    expect(() => createSchedule('sigmoid' as never)).toThrow(RangeError);
    expect(() => createSchedule('sigmoid' as never)).toThrow(/schedule must be one of linear, cosine; got "sigmoid"/);
  });
});
