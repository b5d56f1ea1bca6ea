/**
 * Messages between the denoise demo and its worker (envelope: protocol.ts).
 *
 * The worker owns one sampler run at a time and advances it on request; the page drives
 * playback. Each request is self-contained (the run's options and the step wanted), so a worker
 * that was terminated to cancel a request (WorkerBridge) simply rebuilds the run from the seed:
 * the run is deterministic. A request for a step behind the run's current one, or with other
 * options, starts the run again. Memory stays bounded: the worker keeps the live sampler and a
 * few numbers per step, never a history of frames; the page keeps only the frame on screen.
 *
 * Frames come back as RGBA bytes (width · height · 4, ready for ImageData), transferred; the
 * page hands the spent buffers back with its next request (`reuse`) so playback does not
 * allocate per frame.
 */
import type { SamplerOptions, TargetId } from '../lib/index.ts';
import type { Failure, SamplingFrame } from './protocol.ts';

export interface DenoiseRequest {
  options: SamplerOptions;
  /** The step to show, 0 … options.steps (0 = x_T before any step). */
  toStep: number;
  /** Per-step series entries the page already holds for this run (0 when none): send from here. */
  seriesFrom: number;
  /** Spent frame buffers of the right size to refill (transferred), or none. */
  reuse?: ArrayBuffer[];
}

/** A frame of a run; its `key` is the run's options (runKey). */
export interface DenoiseFrame extends SamplingFrame {
  /** The denoiser's x̂_0 from the latest step as RGBA bytes (transferred); null at step 0. */
  x0hat: ArrayBuffer | null;
  /** Index of the first series entry sent (the request's seriesFrom, or 0 after a rebuild). */
  seriesFrom: number;
  /** Cumulative FLOPs after k steps for k = seriesFrom … step (transferred). */
  flops: Float64Array;
  /** RMSE of x̂_0 to its nearest target after k steps for k = seriesFrom … step; NaN at k = 0. */
  rmse: Float64Array;
  /** The target nearest to x̂_0 now (undefined at step 0) and the denoiser's weight per target. */
  nearestId?: TargetId;
  weights: Float64Array;
  targetIds: TargetId[];
  targetNames: string[];
  /** The run's cost per step (constant) and in all; the set-up cost is `setupFlops`. */
  flopsPerStep: number;
  totalFlops: number;
}

export type DenoiseResponse = DenoiseFrame | Failure;

/** The denoise worker answers each request with one frame and posts no progress. */
export type DenoiseProgress = never;

/** The identity of a run: its options, in a fixed key order. */
export function runKey(options: SamplerOptions): string {
  const { steps, sampler, seed, targets, schedule, quality, eta, width, height } = options;
  return JSON.stringify([
    steps,
    sampler,
    seed,
    targets ?? 'all',
    schedule ?? 'linear',
    quality ?? 1,
    eta ?? 0,
    width ?? height ?? 64,
    height ?? width ?? 64,
  ]);
}
