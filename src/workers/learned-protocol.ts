/**
 * Messages between the learned-denoiser demo and its worker (one worker per model), carried in
 * the bridge's envelope (protocol.ts).
 *
 * A request names the run (model, steps, seed), the step wanted and where the weights are; the
 * worker fetches and parses the weight file once, keeps the live sampler, advances it to
 * `toStep` and answers with the frame. A request behind the run's step, or for another run,
 * starts the run again (it is deterministic, so a worker terminated to cancel a request simply
 * rebuilds it). Frames are RGBA bytes (32 × 32 × 4), transferred; the page hands spent buffers
 * back in `reuse`.
 */
import type { LearnedModelName } from '../lib/index.ts';
import type { Failure, SamplingFrame } from './protocol.ts';

export interface LearnedRequest {
  model: LearnedModelName;
  steps: number;
  seed: number;
  /** 0 … steps (0 = x_T). */
  toStep: number;
  /** URL of the model's weight file (base path included). */
  weightsUrl: string;
  /** Also find the nearest training scene when the run is finished. */
  nearest: boolean;
  reuse?: ArrayBuffer[];
}

/** A frame of a run; `xt` is the sample itself once the run is finished. */
export interface LearnedFrame extends SamplingFrame {
  model: LearnedModelName;
  /** FLOPs so far (drawing x_T included). */
  flops: number;
  /** FLOPs of the latest step (NaN at step 0). */
  stepFlops: number;
  parameters: number;
  weightBytes: number;
  /** Worker milliseconds per step, averaged over the steps of this run done so far (NaN at step 0). */
  msPerStep: number;
  /** When finished and asked for: the nearest training scene, its RMS distance and its image (RGBA). */
  nearest?: { index: number; rms: number; image: ArrayBuffer };
}

export type LearnedResponse = LearnedFrame | Failure;

export function learnedRunKey(model: LearnedModelName, steps: number, seed: number): string {
  return `${model}/${steps}/${seed}`;
}
