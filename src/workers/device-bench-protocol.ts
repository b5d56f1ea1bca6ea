/**
 * Messages between the device benchmark island and its worker (envelope: protocol.ts). One
 * request runs the whole benchmark; while it runs the worker posts progress on the bridge's
 * progress channel, then one response.
 */
import type { DeviceMeasurement, DevicePath, MatmulShape } from '../lib/device/index.ts';
import type { Failure } from './protocol.ts';

/** Which path to measure: 'auto' tries WebGPU, then WebAssembly SIMD, then JavaScript. */
export type BenchPathRequest = 'auto' | DevicePath;

export interface DeviceBenchRequest {
  path: BenchPathRequest;
  /** Seconds to spend in timed repetitions, 0.2 … 10 (the island uses 1.5). */
  budgetSeconds: number;
}

export type BenchPhase = 'detect' | 'warm-up' | 'measure' | 'bandwidth';

export interface DeviceBenchProgress {
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
      ok: true;
      measurement: DeviceMeasurement;
      /** The median repetition's rate, FLOP/s (the stored rate is the sustained one). */
      medianFlopsPerSecond: number;
      /** Largest relative error of the spot-checked entries of the last product. */
      maxRelativeError: number;
    }
  | Failure;
