/**
 * Noise schedules for a T = 1000 step diffusion process.
 *
 * Index domain: every array has length T + 1 and is indexed by the timestep t = 0 … T.
 * Index 0 is the clean image x_0 by convention (β_0 = 0, α_0 = ᾱ_0 = 1), so a sampler's last
 * step "to t = 0" reads ᾱ_0 = 1 like any other step. For t = 1 … T: β_t ∈ (0, 1), α_t = 1 − β_t
 * and ᾱ_t = α_1 · … · α_t, strictly decreasing in (0, 1).
 */
import { checkOneOf } from '../validate.ts';

export const SCHEDULE_NAMES = ['linear', 'cosine'] as const;
export type ScheduleName = (typeof SCHEDULE_NAMES)[number];

/** Number of diffusion timesteps, as in DDPM (Ho et al. 2020, arXiv 2006.11239). */
export const NUM_TIMESTEPS = 1000;

/** DDPM's linear β range (Ho et al. 2020, arXiv 2006.11239, section 4). */
export const LINEAR_BETA_START = 1e-4;
export const LINEAR_BETA_END = 0.02;

/** Cosine schedule offset s and β clip (Nichol & Dhariwal 2021, arXiv 2102.09672, eq. 17). */
export const COSINE_OFFSET = 0.008;
export const COSINE_MAX_BETA = 0.999;

export interface NoiseSchedule {
  name: ScheduleName;
  /** Number of timesteps T (1000). */
  T: number;
  /** β_t indexed by t = 0 … T; β_0 = 0. */
  betas: Float64Array;
  /** α_t = 1 − β_t indexed by t = 0 … T; α_0 = 1. */
  alphas: Float64Array;
  /** ᾱ_t = Π_{s ≤ t} α_s indexed by t = 0 … T; ᾱ_0 = 1, then strictly decreasing in (0, 1). */
  alphaBars: Float64Array;
}

/** The cosine schedule's continuous ᾱ before normalisation: f(τ) = cos²((τ + s)/(1 + s) · π/2). */
function cosineF(tau: number): number {
  const c = Math.cos(((tau + COSINE_OFFSET) / (1 + COSINE_OFFSET)) * (Math.PI / 2));
  return c * c;
}

/**
 * Builds the schedule `name` ('linear' or 'cosine') over T = 1000 steps.
 * Linear: β_t = β_start + (β_end − β_start)(t − 1)/(T − 1), as numpy.linspace in the DDPM code.
 * Cosine: β_t = min(1 − f(t/T)/f((t − 1)/T), 0.999), then ᾱ_t = Π (1 − β_s), as improved-diffusion's
 * `betas_for_alpha_bar` does; the clip only binds at t = T, where f(1) ≈ 0.
 */
export function createSchedule(name: ScheduleName = 'linear'): NoiseSchedule {
  checkOneOf('schedule', name, SCHEDULE_NAMES);
  const T = NUM_TIMESTEPS;
  const betas = new Float64Array(T + 1);
  const alphas = new Float64Array(T + 1);
  const alphaBars = new Float64Array(T + 1);
  for (let t = 1; t <= T; t++) {
    if (name === 'linear') {
      betas[t] = LINEAR_BETA_START + ((LINEAR_BETA_END - LINEAR_BETA_START) * (t - 1)) / (T - 1);
    } else {
      betas[t] = Math.min(1 - cosineF(t / T) / cosineF((t - 1) / T), COSINE_MAX_BETA);
    }
  }
  alphas[0] = 1;
  alphaBars[0] = 1;
  for (let t = 1; t <= T; t++) {
    alphas[t] = 1 - betas[t];
    alphaBars[t] = alphaBars[t - 1] * alphas[t];
  }
  return { name, T, betas, alphas, alphaBars };
}
