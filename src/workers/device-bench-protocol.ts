/**
 * Messages between the device benchmark island and its worker. One request runs the whole
 * benchmark; while it runs the worker posts progress messages, then one final response.
 *
 * WorkerClient resolves a call on the first message whose `id` equals the request's, so
 * progress messages carry `id: PROGRESS_ID` (0, an id WorkerClient never issues) and name their
 * request in `requestId`; the island listens for them on the worker itself.
 */
import type { DeviceMeasurement, DevicePath, MatmulShape } from '../lib/device/index.ts';

export const PROGRESS_ID = 0;

/** Which path to measure: 'auto' tries WebGPU, then WebAssembly SIMD, then JavaScript. */
export type BenchPathRequest = 'auto' | DevicePath;

export interface DeviceBenchRequest {
  id: number;
  path: BenchPathRequest;
  /** Seconds to spend in timed repetitions, 0.2 … 10 (the island uses 1.5). */
  budgetSeconds: number;
}

export type BenchPhase = 'detect' | 'warm-up' | 'measure' | 'bandwidth';

export interface DeviceBenchProgress {
  id: typeof PROGRESS_ID;
  type: 'progress';
  requestId: number;
  phase: BenchPhase;
  /** 0 … 1 of the whole run. */
  fraction: number;
  path?: DevicePath;
  sizes?: MatmulShape;
  /** Timed repetitions completed so far. */
  reps: number;
}

export type DeviceBenchResponse =
  | {
      id: number;
      type: 'result';
      ok: true;
      measurement: DeviceMeasurement;
      /** The median repetition's rate, FLOP/s (the stored rate is the sustained one). */
      medianFlopsPerSecond: number;
      /** Largest relative error of the spot-checked entries of the last product. */
      maxRelativeError: number;
    }
  | { id: number; type: 'result'; ok: false; message: string };

export type DeviceBenchMessage = DeviceBenchProgress | DeviceBenchResponse;
