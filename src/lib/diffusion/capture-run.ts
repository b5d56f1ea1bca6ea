/**
 * A whole sampler run with the frames and per-step measures a figure needs, built on
 * `sample({ onStep })`: FLOPs and the RMSE of x̂_0 to its nearest target after every step, and
 * copies of x_t and x̂_0 at the steps asked for.
 */
import type { Dataset } from './dataset.ts';
import { nearestTarget } from './quality.ts';
import { sample } from './sample.ts';
import { createSampler, type SamplerOptions } from './sampler.ts';
import type { TargetId } from './targets.ts';

export interface CaptureRunOptions extends SamplerOptions {
  /** Steps k (0 … steps) whose frames to keep; k = 0 is x_T. Default: none. */
  keep?: readonly number[];
}

export interface CapturedRun {
  dataset: Dataset;
  steps: number;
  /** Timestep each step denoises, indexed by step (T first). */
  timesteps: Int32Array;
  /** x_t after k steps (k = 0: x_T), for each k in `keep`, keyed by k. */
  xt: Map<number, Float32Array>;
  /** x̂_0 predicted at step k (k ≥ 1), for each k ≥ 1 in `keep`. */
  x0hat: Map<number, Float32Array>;
  /** Cumulative FLOPs after k steps, indexed by k = 0 … steps. */
  flops: Float64Array;
  /** RMSE of x̂_0 to its nearest target after k steps, indexed by k (NaN at k = 0). */
  rmse: Float64Array;
  /** The target the finished sample is nearest to. */
  finalTarget: TargetId;
  finalRmse: number;
}

/** Runs `options` to the end, keeping copies of the frames at the steps in `options.keep`. */
export function captureRun(options: CaptureRunOptions): CapturedRun {
  const keep = options?.keep ?? [];
  if (!Array.isArray(keep) || !keep.every((k) => Number.isInteger(k))) {
    throw new TypeError('keep must be an array of integer step indices');
  }
  // x_T and the setup FLOPs: the same seed gives the same start as the run below.
  const start = createSampler(options);
  const { dataset } = start;
  const steps = start.options.steps;
  const wanted = new Set(keep);
  const xt = new Map<number, Float32Array>();
  const x0hat = new Map<number, Float32Array>();
  const flops = new Float64Array(steps + 1);
  const rmseByStep = new Float64Array(steps + 1);
  flops[0] = start.tally.flops;
  rmseByStep[0] = Number.NaN;
  if (wanted.has(0)) xt.set(0, start.xt.slice());
  const result = sample({
    ...options,
    onStep: (info) => {
      const k = info.stepIndex + 1;
      flops[k] = info.tally.flops;
      rmseByStep[k] = nearestTarget(info.x0hat, { dataset }).rmse;
      if (wanted.has(k)) {
        xt.set(k, info.xt.slice());
        x0hat.set(k, info.x0hat.slice());
      }
    },
  });
  const final = nearestTarget(result.x0, { dataset });
  return {
    dataset,
    steps,
    timesteps: result.timesteps,
    xt,
    x0hat,
    flops,
    rmse: rmseByStep,
    finalTarget: final.id,
    finalRmse: final.rmse,
  };
}
