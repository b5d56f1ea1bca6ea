/**
 * Runs the toy diffusion model to completion (or until `onStep` returns false) and returns the
 * image, its floats and the operation tally. Built on `createSampler`; see sampler.ts for the
 * cost accounting (N steps cost exactly N·a + b flops).
 */
import type { PixelMap } from '../pixel-map.ts';
import type { Tally } from '../tally.ts';
import { createSampler, type SamplerOptions } from './sampler.ts';
import type { TargetId } from './targets.ts';
import { toPixelMap } from './to-pixel-map.ts';

export interface StepInfo {
  /** Index of the step just completed, 0 … steps − 1. */
  stepIndex: number;
  steps: number;
  /** The timestep this step denoised (T on the first step). */
  t: number;
  /** The timestep x_t is now at (0 after the last step). */
  tNext: number;
  /** The sampler's own buffers (x_t now at tNext, and the x̂_0 it came from): copy them to keep a frame. */
  xt: Float32Array;
  x0hat: Float32Array;
  /** Posterior probability per target, indexed like `targetIds`. */
  weights: Float64Array;
  /** The running tally (live object). */
  tally: Tally;
}

export interface SampleOptions extends SamplerOptions {
  /** Called after every step; return false to stop early (the result then has `cancelled: true`). */
  // biome-ignore lint/suspicious/noConfusingVoidType: callbacks that return nothing mean "go on".
  onStep?: (info: StepInfo) => boolean | void;
}

export interface SampleResult {
  /** The result as RGB bytes: x0 mapped from [−1, 1] to 0 … 255. */
  image: PixelMap;
  /**
   * The sample x_0 on the [−1, 1] scale, width·height·3 values. If the run was cancelled it is
   * the denoiser's latest estimate x̂_0 instead (the current x_t is still noisy).
   */
  x0: Float32Array;
  tally: Tally;
  width: number;
  height: number;
  targetIds: TargetId[];
  /** The timesteps the run visits, T first. */
  timesteps: Int32Array;
  steps: number;
  stepsDone: number;
  cancelled: boolean;
}

export function sample(options: SampleOptions): SampleResult {
  const onStep = options?.onStep;
  if (onStep !== undefined && typeof onStep !== 'function') {
    throw new TypeError(`onStep must be a function; got a value of type ${typeof onStep}`);
  }
  const sampler = createSampler(options);
  const { steps } = sampler.options;
  let cancelled = false;
  while (!sampler.done) {
    const stepIndex = sampler.stepsDone;
    sampler.step();
    if (onStep !== undefined) {
      const info: StepInfo = {
        stepIndex,
        steps,
        t: sampler.timesteps[stepIndex],
        tNext: stepIndex + 1 < steps ? sampler.timesteps[stepIndex + 1] : 0,
        xt: sampler.xt,
        x0hat: sampler.x0hat,
        weights: sampler.weights,
        tally: sampler.tally,
      };
      if (onStep(info) === false && !sampler.done) {
        cancelled = true;
        break;
      }
    }
  }
  const x0 = cancelled ? sampler.x0hat : sampler.xt;
  const { width, height, ids } = sampler.dataset;
  return {
    image: toPixelMap(x0, { width, height }),
    x0,
    tally: sampler.tally,
    width,
    height,
    targetIds: ids,
    timesteps: sampler.timesteps,
    steps,
    stepsDone: sampler.stepsDone,
    cancelled,
  };
}
