/**
 * Quality against step count, for charts: one full run per entry of `stepsList` with the same
 * seed and settings, measured against the nearest target. Columnar Float64Arrays (uPlot's
 * `[xs, ...ys]` layout), indexed like `stepsList`.
 */
import { measureQuality } from './quality.ts';
import { createSampler, type SamplerOptions } from './sampler.ts';
import type { TargetId } from './targets.ts';

export interface QualityCurveOptions extends Omit<SamplerOptions, 'steps'> {
  /** Step counts to run, each an integer from 1 to 1000. */
  stepsList: readonly number[];
}

export interface QualityCurve {
  steps: Float64Array;
  /** RMSE to the nearest target, [−1, 1] units. */
  rmse: Float64Array;
  /** PSNR in dB (peak-to-peak 2); +Infinity where the sample equals a target. */
  psnrDb: Float64Array;
  /** Mean squared Laplacian of the sample. */
  sharpness: Float64Array;
  /** FLOPs the run counted. */
  flops: Float64Array;
  nearestIds: TargetId[];
}

export function qualityCurve(options: QualityCurveOptions): QualityCurve {
  const stepsList = options?.stepsList;
  if (!Array.isArray(stepsList)) throw new TypeError('stepsList must be an array of step counts');
  if (stepsList.length === 0) throw new RangeError('stepsList must hold at least one step count; got an empty array');
  const count = stepsList.length;
  const curve: QualityCurve = {
    steps: new Float64Array(count),
    rmse: new Float64Array(count),
    psnrDb: new Float64Array(count),
    sharpness: new Float64Array(count),
    flops: new Float64Array(count),
    nearestIds: [],
  };
  for (let k = 0; k < count; k++) {
    const sampler = createSampler({ ...options, steps: stepsList[k] });
    while (!sampler.step());
    const quality = measureQuality(sampler.xt, { dataset: sampler.dataset });
    curve.steps[k] = stepsList[k];
    curve.rmse[k] = quality.rmse;
    curve.psnrDb[k] = quality.psnrDb;
    curve.sharpness[k] = quality.sharpness;
    curve.flops[k] = sampler.tally.flops;
    curve.nearestIds.push(quality.nearestId);
  }
  return curve;
}
