/**
 * Sampler update rules. Each step goes from x_t to x_s (s < t, the next timestep, 0 after the
 * last) given the denoiser's x̂_0 = D(x_t, t), and both DDPM and DDIM reduce to one fused,
 * element-wise update with three scalar coefficients:
 *
 *   x_s = c_0 · x̂_0 + c_t · x_t + σ · z,   z ~ N(0, I)
 *
 * so a step costs the same whatever t is. The scalars are computed from ᾱ_t and ᾱ_s.
 */
import type { Tally } from '../tally.ts';

export const SAMPLER_NAMES = ['ddpm', 'ddim', 'direct'] as const;
/**
 * 'ddpm': ancestral sampling from the posterior q(x_s | x_t, x̂_0) with variance β̃ (Ho et al.
 * 2020, arXiv 2006.11239, eqs. 6–7, generalised to strided timesteps as diffusers'
 * DDPMScheduler does). 'ddim': Song et al. 2020 (arXiv 2010.02502, eq. 12) with η ∈ [0, 1]
 * (η = 0 deterministic, η = 1 the same distribution as 'ddpm'). 'direct': the one-step
 * prediction x̂_0 = D(x_T, T).
 */
export type SamplerName = (typeof SAMPLER_NAMES)[number];

export interface UpdateCoefficients {
  /** c_0, the weight of x̂_0. */
  x0Coef: number;
  /** c_t, the weight of x_t. */
  xtCoef: number;
  /** σ, the standard deviation of the fresh noise. */
  noiseStd: number;
}

/**
 * DDPM posterior q(x_s | x_t, x_0) for a stride t → s, with β_{t→s} = 1 − ᾱ_t/ᾱ_s:
 *   mean = √ᾱ_s β_{t→s}/(1 − ᾱ_t) · x̂_0 + √(1 − β_{t→s}) (1 − ᾱ_s)/(1 − ᾱ_t) · x_t,
 *   variance β̃ = (1 − ᾱ_s)/(1 − ᾱ_t) · β_{t→s}.
 * With s = t − 1 this is Ho et al.'s eq. 7. Writes into `out`; 15 flops.
 */
export function ddpmCoefficients(alphaBarT: number, alphaBarS: number, out: UpdateCoefficients, tally: Tally): void {
  const oneMinusT = 1 - alphaBarT;
  const oneMinusS = 1 - alphaBarS;
  const betaStride = 1 - alphaBarT / alphaBarS;
  const inverseOneMinusT = 1 / oneMinusT;
  out.x0Coef = Math.sqrt(alphaBarS) * betaStride * inverseOneMinusT;
  out.xtCoef = Math.sqrt(1 - betaStride) * oneMinusS * inverseOneMinusT;
  out.noiseStd = Math.sqrt(oneMinusS * inverseOneMinusT * betaStride);
  // 2 subs; div, sub; div; sqrt, 2 muls; sub, sqrt, 2 muls; 2 muls, sqrt.
  tally.flops += 15;
}

/**
 * DDIM (Song et al. 2020, eq. 12 and 16):
 *   x_s = √ᾱ_s x̂_0 + √(1 − ᾱ_s − σ²) ε̂ + σ z,  ε̂ = (x_t − √ᾱ_t x̂_0)/√(1 − ᾱ_t),
 *   σ = η √((1 − ᾱ_s)/(1 − ᾱ_t)) √(1 − ᾱ_t/ᾱ_s).
 * Substituting ε̂ gives c_t = √(1 − ᾱ_s − σ²)/√(1 − ᾱ_t) and c_0 = √ᾱ_s − c_t √ᾱ_t, so ε̂
 * never needs its own pass. Writes into `out`; 18 flops.
 */
export function ddimCoefficients(
  alphaBarT: number,
  alphaBarS: number,
  eta: number,
  out: UpdateCoefficients,
  tally: Tally,
): void {
  const oneMinusT = 1 - alphaBarT;
  const oneMinusS = 1 - alphaBarS;
  const variance = ((eta * eta * oneMinusS) / oneMinusT) * (1 - alphaBarT / alphaBarS);
  // σ² ≤ 1 − ᾱ_s mathematically; the max only absorbs rounding at η = 1.
  const direction = Math.sqrt(Math.max(0, oneMinusS - variance));
  out.xtCoef = direction / Math.sqrt(oneMinusT);
  out.x0Coef = Math.sqrt(alphaBarS) - out.xtCoef * Math.sqrt(alphaBarT);
  out.noiseStd = Math.sqrt(variance);
  // 2 subs; mul, mul, div, div, sub, mul; sub, max, sqrt; sqrt, div; sqrt, sqrt, mul, sub; sqrt.
  tally.flops += 18;
}

/**
 * out = c_0 x̂_0 + c_t x_t (+ σ z when `noise` is given). `out` may be `xt`. Flops per element:
 * 3 without noise (2 muls, 1 add), 5 with it.
 */
export function applyUpdate(
  xt: Float32Array,
  x0hat: Float32Array,
  coefficients: UpdateCoefficients,
  noise: Float32Array | null,
  out: Float32Array,
  tally: Tally,
): void {
  const n = xt.length;
  const c0 = coefficients.x0Coef;
  const ct = coefficients.xtCoef;
  if (noise === null) {
    for (let j = 0; j < n; j++) out[j] = c0 * x0hat[j] + ct * xt[j];
    tally.flops += 3 * n;
    tally.bytesRead += 8 * n;
  } else {
    const sigma = coefficients.noiseStd;
    for (let j = 0; j < n; j++) out[j] = c0 * x0hat[j] + ct * xt[j] + sigma * noise[j];
    tally.flops += 5 * n;
    tally.bytesRead += 12 * n;
  }
  tally.bytesWritten += 4 * n;
}
