/**
 * Pure helpers around the engine's stepper, shared by the worker, the build-time figures, the
 * chapter's numbers and `npm run demos`. No DOM.
 */
import type { Dataset, SamplerOptions, TargetId } from '../../lib/index.ts';
import { createSampler, rmse } from '../../lib/index.ts';

export interface StepCosts {
  /** FLOPs counted before the first step (targets' norms and the initial noise x_T). */
  setupFlops: number;
  /** FLOPs each step adds: the slope a of tally(N) = N·a + b. */
  flopsPerStep: number;
  /** FLOPs of the whole run of `options.steps` steps. */
  totalFlops: number;
}

/**
 * The cost of a run, from the engine's own tally: a run of N steps costs exactly N·a + b
 * (sampler.ts), so two tiny runs (1 and 2 steps) give a and b without running all N. For
 * 'direct' (always one step) the slope is that step's cost.
 */
export function stepCosts(options: SamplerOptions): StepCosts {
  const one = createSampler({ ...options, steps: 1 });
  const setupFlops = one.tally.flops;
  one.step();
  const oneStep = one.tally.flops;
  if (options.sampler === 'direct') {
    return { setupFlops, flopsPerStep: oneStep - setupFlops, totalFlops: oneStep };
  }
  const two = createSampler({ ...options, steps: 2 });
  while (!two.step());
  const flopsPerStep = two.tally.flops - oneStep;
  return { setupFlops, flopsPerStep, totalFlops: oneStep + (options.steps - 1) * flopsPerStep };
}

/** RMSE from `image` to its nearest target ([−1, 1] units) and that target's index. */
export function nearestTarget(image: Float32Array, dataset: Dataset): { rmse: number; index: number } {
  let best = Infinity;
  let index = 0;
  for (let i = 0; i < dataset.images.length; i++) {
    const d = rmse(image, dataset.images[i]);
    if (d < best) {
      best = d;
      index = i;
    }
  }
  return { rmse: best, index };
}

/**
 * Writes a [−1, 1] RGB float image into RGBA bytes (alpha 255), ready for ImageData. Rounds
 * exactly as toPixelMap does (Uint8ClampedArray: (v + 1) · 127.5, ties to even, clamped).
 */
export function floatsToRgba(image: Float32Array, out: Uint8ClampedArray): Uint8ClampedArray {
  const pixels = image.length / 3;
  if (out.length !== pixels * 4) throw new RangeError(`out must hold ${pixels * 4} bytes; got ${out.length}`);
  for (let p = 0, i = 0, o = 0; p < pixels; p++, i += 3, o += 4) {
    out[o] = (image[i] + 1) * 127.5;
    out[o + 1] = (image[i + 1] + 1) * 127.5;
    out[o + 2] = (image[i + 2] + 1) * 127.5;
    out[o + 3] = 255;
  }
  return out;
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

/** Runs `options` to the end, keeping copies of the frames at the steps in `keep`. */
export function captureRun(options: SamplerOptions, keep: readonly number[] = []): CapturedRun {
  const sampler = createSampler(options);
  const steps = sampler.options.steps;
  const wanted = new Set(keep);
  const xt = new Map<number, Float32Array>();
  const x0hat = new Map<number, Float32Array>();
  const flops = new Float64Array(steps + 1);
  const rmseByStep = new Float64Array(steps + 1);
  flops[0] = sampler.tally.flops;
  rmseByStep[0] = Number.NaN;
  if (wanted.has(0)) xt.set(0, sampler.xt.slice());
  while (!sampler.done) {
    sampler.step();
    const k = sampler.stepsDone;
    flops[k] = sampler.tally.flops;
    rmseByStep[k] = nearestTarget(sampler.x0hat, sampler.dataset).rmse;
    if (wanted.has(k)) {
      xt.set(k, sampler.xt.slice());
      x0hat.set(k, sampler.x0hat.slice());
    }
  }
  const final = nearestTarget(sampler.xt, sampler.dataset);
  return {
    dataset: sampler.dataset,
    steps,
    timesteps: sampler.timesteps,
    xt,
    x0hat,
    flops,
    rmse: rmseByStep,
    finalTarget: sampler.dataset.ids[final.index],
    finalRmse: final.rmse,
  };
}

/** How far playback may run ahead of the frame on screen: 50 ms of steps at the chosen speed. */
export const LOOKAHEAD_SECONDS = 0.05;

/**
 * Advances the playback clock. `position` is the step playback has reached (fractional); it
 * moves `stepsPerSecond` per second of `elapsedMs`, but never more than LOOKAHEAD_SECONDS of
 * steps (at least one) past `shownStep`, the frame on screen, nor past `steps`. So a device
 * whose worker cannot keep up plays slower instead of jumping ahead in big, janky requests.
 */
export function advancePlayback(
  position: number,
  elapsedMs: number,
  stepsPerSecond: number,
  shownStep: number,
  steps: number,
): number {
  const lookahead = Math.max(1, Math.ceil(stepsPerSecond * LOOKAHEAD_SECONDS));
  const next = position + (Math.max(0, elapsedMs) * stepsPerSecond) / 1000;
  return Math.min(steps, shownStep + lookahead, next);
}
