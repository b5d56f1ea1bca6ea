/**
 * `sampleLearned({ model, steps, seed, weights })`: a whole run of the teacher or the student
 * (sampler.ts), returned as an image and its operation tally.
 */

import { toPixelMap } from '../diffusion/to-pixel-map.ts';
import type { PixelMap } from '../pixel-map.ts';
import type { Tally } from '../tally.ts';
import { createLearnedSampler, type LearnedSamplerOptions } from './sampler.ts';
import { SCENE_SIZE } from './scenes.ts';

export interface LearnedSample {
  /** The sample as RGB bytes, 32 × 32. */
  image: PixelMap;
  /** The sample on the [−1, 1] scale, interleaved RGB (HWC). */
  x0: Float32Array;
  tally: Tally;
  /** FLOPs before the first step (the initial noise) and after it, per step. */
  setupFlops: number;
  /** FLOPs of one network pass, the same at every step (a run of N steps makes N passes). */
  passFlops: number;
  timesteps: Int32Array;
}

export function sampleLearned(options: LearnedSamplerOptions): LearnedSample {
  const sampler = createLearnedSampler(options);
  while (!sampler.done) sampler.step();
  const x0 = sampler.result();
  return {
    image: toPixelMap(x0, { width: SCENE_SIZE, height: SCENE_SIZE }),
    x0,
    tally: sampler.tally,
    setupFlops: sampler.setupFlops,
    passFlops: sampler.passFlops,
    timesteps: sampler.timesteps,
  };
}
