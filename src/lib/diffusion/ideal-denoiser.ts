/**
 * The ideal denoiser of a dataset that is a uniform mixture of point masses at the targets
 * y_1 … y_M: the exact posterior mean
 *
 *   E[x_0 | x_t] = Σ_i w_i y_i,   w_i ∝ exp(−‖x_t − √ᾱ_t y_i‖² / (2 k (1 − ᾱ_t)))
 *
 * (the "optimal denoiser" of Karras et al. 2022, arXiv 2206.00364, eq. 57, for a finite set).
 * k ≥ 1 is the denoiser-quality setting: k = 1 is exact; k > 1 is a denoiser that over-estimates
 * the noise variance k-fold, i.e. a softmax tempered by k, which blurs its estimate toward the
 * dataset mean the way an under-trained network's does, and so needs more sampling steps.
 *
 * Computation, per call (n = values per image, M = targets):
 *  ‖x_t − a y_i‖² = ‖x_t‖² − 2a⟨x_t, y_i⟩ + a²‖y_i‖² with a = √ᾱ_t. ‖x_t‖² is the same for every
 *  i and cancels when the weights are normalised, so only the dot products are computed
 *  (2 flops per element per target) and ‖y_i‖² is computed once at creation. The log-weights
 *  are shifted by their maximum before exp, so nothing overflows and the largest weight is 1.
 *  Sums run in double precision (JavaScript numbers); images are Float32.
 */
import { createTally, type Tally } from '../tally.ts';
import { checkNumber, checkOptions } from '../validate.ts';
import type { Dataset } from './dataset.ts';

/** Largest denoiser-quality factor accepted (beyond ~1e4 a 1000-step run no longer converges). */
export const MAX_QUALITY_FACTOR = 1e6;

export interface IdealDenoiserOptions {
  /** Noise-variance over-estimate k, a finite number from 1 (ideal) to 1e6; default 1. */
  quality?: number;
  /** Where the one-off setup cost is added; a new tally by default. */
  tally?: Tally;
}

export interface IdealDenoiser {
  dataset: Dataset;
  quality: number;
  /** ‖y_i‖² per target, indexed by target. */
  targetNormsSquared: Float64Array;
  /** Posterior probability of each target from the last `denoise` call, indexed by target. */
  weights: Float64Array;
  /**
   * Writes x̂_0 = E[x_0 | x_t] into `outX0` for a noisy image `xt` at noise level ᾱ_t =
   * `alphaBar` in (0, 1), adding its cost to `tally`. The flops do not depend on the values
   * (no early exits), so every call costs the same.
   */
  denoise(xt: Float32Array, alphaBar: number, outX0: Float32Array, tally: Tally): void;
}

/**
 * Creates the ideal (or, with quality k > 1, tempered) denoiser for `dataset`. The one-off
 * ‖y_i‖² computation (2 flops per element per target) is added to `tally`.
 */
export function createIdealDenoiser(dataset: Dataset, options?: IdealDenoiserOptions): IdealDenoiser {
  const opts = checkOptions('createIdealDenoiser options', options);
  const tally = opts.tally ?? createTally();
  const quality = checkNumber('quality', opts.quality ?? 1, 1, MAX_QUALITY_FACTOR);
  const n = dataset.valuesPerImage;
  const count = dataset.images.length;
  const data = dataset.data;
  const targetNormsSquared = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const base = i * n;
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const y = data[base + j];
      sum += y * y;
    }
    targetNormsSquared[i] = sum;
  }
  tally.flops += 2 * n * count;
  tally.bytesRead += 4 * n * count;

  const logWeights = new Float64Array(count);
  const weights = new Float64Array(count);

  function denoise(xt: Float32Array, alphaBar: number, outX0: Float32Array, callTally: Tally): void {
    // O(1) guards once per call: a short buffer would otherwise read undefined and yield NaN.
    if (xt.length !== n || outX0.length !== n) {
      throw new RangeError(`xt and outX0 must hold ${n} values; got ${xt.length} and ${outX0.length}`);
    }
    if (!(alphaBar > 0 && alphaBar < 1)) throw new RangeError(`alphaBar must be in (0, 1); got ${alphaBar}`);
    const a = Math.sqrt(alphaBar);
    const twoA = 2 * a;
    const aSquared = a * a;
    // 1 / (2 k (1 − ᾱ)): sub, mul, mul, div.
    const inverseTwoVariance = 1 / (2 * quality * (1 - alphaBar));
    let flops = 7;

    // Log-weights up to the common −‖x_t‖²/(2k(1−ᾱ)) term: (2a⟨x_t, y_i⟩ − a²‖y_i‖²)/(2k(1−ᾱ)).
    let maxLogWeight = -Infinity;
    for (let i = 0; i < count; i++) {
      const base = i * n;
      let dot = 0;
      for (let j = 0; j < n; j++) dot += xt[j] * data[base + j];
      const logWeight = (twoA * dot - aSquared * targetNormsSquared[i]) * inverseTwoVariance;
      logWeights[i] = logWeight;
      if (logWeight > maxLogWeight) maxLogWeight = logWeight;
    }
    // Per target: 2n for the dot product, 4 for the log-weight, 1 comparison.
    flops += count * (2 * n + 5);

    let sum = 0;
    for (let i = 0; i < count; i++) {
      const w = Math.exp(logWeights[i] - maxLogWeight);
      weights[i] = w;
      sum += w;
    }
    const inverseSum = 1 / sum;
    for (let i = 0; i < count; i++) weights[i] *= inverseSum;
    // Per target: sub, exp, add, mul; once: the reciprocal.
    flops += 4 * count + 1;

    // x̂_0 = Σ_i w_i y_i: the first target assigns (1 flop per element), the others accumulate (2).
    const w0 = weights[0];
    for (let j = 0; j < n; j++) outX0[j] = w0 * data[j];
    for (let i = 1; i < count; i++) {
      const w = weights[i];
      const base = i * n;
      for (let j = 0; j < n; j++) outX0[j] += w * data[base + j];
    }
    flops += n + 2 * n * (count - 1);

    callTally.flops += flops;
    // Bytes: x_t and every target for the dot products; every target again, and x̂_0 read back
    // for each accumulation, for the weighted sum.
    callTally.bytesRead += 4 * n * (2 * count) + 4 * n * (count - 1) + 4 * n * count;
    callTally.bytesWritten += 4 * n * count;
  }

  return { dataset, quality, targetNormsSquared, weights, denoise };
}

/**
 * ε̂ = (x_t − √ᾱ_t x̂_0) / √(1 − ᾱ_t), the noise the denoiser's x̂_0 implies, written into `outEps`.
 * Flops: 4 scalar (sqrt, sub, sqrt, div) and 3 per element (mul, sub, mul).
 */
export function predictEps(
  xt: Float32Array,
  x0hat: Float32Array,
  alphaBar: number,
  outEps: Float32Array,
  tally: Tally = createTally(),
): Float32Array {
  checkNumber('alphaBar', alphaBar, 0, 1);
  if (alphaBar === 1) throw new RangeError('alphaBar must be below 1 (at ᾱ = 1 there is no noise to predict); got 1');
  const n = xt.length;
  if (x0hat.length !== n || outEps.length !== n) {
    throw new RangeError(`x0hat and outEps must hold ${n} values like xt; got ${x0hat.length} and ${outEps.length}`);
  }
  const a = Math.sqrt(alphaBar);
  const inverseSigma = 1 / Math.sqrt(1 - alphaBar);
  for (let j = 0; j < n; j++) outEps[j] = (xt[j] - a * x0hat[j]) * inverseSigma;
  tally.flops += 4 + 3 * n;
  tally.bytesRead += 8 * n;
  tally.bytesWritten += 4 * n;
  return outEps;
}
