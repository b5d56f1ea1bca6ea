/**
 * Calibration of the latency model against published measurements: what a measurement record
 * holds, how its value converts to seconds, the model's prediction for it, the least-squares fit
 * of the model's parameters (in log space, so every point weighs by its relative error), and the
 * leave-one-out validation that the site shows.
 */
import { checkOneOf, checkOptions } from '../validate.ts';
import type { Dtype } from './dtype.ts';
import { defineHardware, getHardware, HARDWARE_IDS, type HardwareProfile } from './hardware.ts';
import { imageCost } from './image-cost.ts';
import type { LatencyParams, Software } from './latency.ts';
import { pipelineSeconds } from './latency.ts';
import { latencyContext } from './latency-context.ts';

/** What a measured number times: the whole pipeline call, the denoising loop, or one step. */
export type MeasurementScope = 'pipeline' | 'denoiser' | 'step';
export type MeasurementQuantity =
  | 'seconds_per_image'
  | 'seconds_per_batch'
  | 'images_per_second'
  | 'iterations_per_second'
  | 'joules_per_image'
  | 'watts';

export interface Measurement {
  readonly id: string;
  /** An engine model id. */
  readonly model: string;
  readonly width: number;
  readonly height: number;
  /** Denoising steps of the timed run; null when a per-step rate was published without them. */
  readonly steps: number | null;
  /** The guidance scale, or null when the source does not state it (the pipeline default applies). */
  readonly guidance: number | null;
  /** Whether classifier-free guidance doubled the denoiser's batch. */
  readonly cfg: boolean;
  /** Images per pipeline call; null when the source does not state it. */
  readonly batch: number | null;
  readonly precision: Dtype;
  readonly software: Software;
  /** Library versions, attention backend, compile mode, as the source describes them. */
  readonly softwareDetail: string;
  /** The GPU exactly as the source names it. */
  readonly gpu: string;
  /** The engine hardware profile for that GPU (a built-in id or a reference-only profile). */
  readonly hardware: string;
  readonly scope: MeasurementScope;
  readonly quantity: MeasurementQuantity;
  /** The number as published. */
  readonly value: number;
  /** Its unit as published: s, ms, ns, it/s, samples/s, J, W. */
  readonly unit: string;
  readonly sourceUrl: string;
  /** The sentence or table row the number comes from, verbatim. */
  readonly quote: string;
  /** When the source was published (YYYY-MM or YYYY-MM-DD). */
  readonly date: string;
  readonly notes: string;
  /** Whether the record enters the fit and the validation summary. */
  readonly fit: boolean;
  /** Why a record with `fit: false` stays out; null for fitted ones. */
  readonly excludedBecause: string | null;
}

/** Energy records use the same fields. */
export type EnergyMeasurement = Measurement;

/**
 * GPUs that appear only in measurements. The A100 SXM4 40 GB has the 80 GB card's compute but
 * HBM2 at 1,555 GB/s (NVIDIA A100 datasheet, the same document as the 80 GB profile).
 */
const REFERENCE_PROFILES: Readonly<Record<string, HardwareProfile>> = {
  'a100-sxm-40gb': defineHardware({
    id: 'a100-sxm-40gb',
    name: 'NVIDIA A100 SXM4 40 GB',
    architecture: 'ampere',
    denseFlopsPerSecond: getHardware('a100-sxm').denseFlopsPerSecond,
    memoryBytesPerSecond: 1555e9,
    memoryBytes: 40e9,
    boardWatts: 400,
    note: 'Reference-only profile for measurements: the A100 80 GB compute rates, 40 GB HBM2 at 1,555 GB/s.',
    sources: [
      {
        url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
        covers: 'A100 40GB SXM: 1,555 GB/s HBM2, 400 W; tensor rates as the 80 GB card',
        asOf: '2025-10',
        tag: 'S',
      },
    ],
  }),
};

export const REFERENCE_HARDWARE_IDS = Object.keys(REFERENCE_PROFILES);

/** A built-in profile or a reference-only one (for measured GPUs outside the catalog). */
export function measurementHardware(id: string): HardwareProfile {
  const valid = checkOneOf('hardware', id, [...HARDWARE_IDS, ...REFERENCE_HARDWARE_IDS]);
  return REFERENCE_PROFILES[valid] ?? getHardware(valid);
}

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, ms: 1e-3, ns: 1e-9 };

/**
 * The measured seconds of a timing record, for its scope: the whole call (all `batch` images)
 * for `pipeline`, the loop for `denoiser`, one step (of the whole batch) for `step`. Rates are
 * inverted; an images-per-second throughput becomes seconds per image × batch.
 */
export function measuredSeconds(m: Measurement): number {
  const batch = m.batch ?? 1;
  switch (m.quantity) {
    case 'seconds_per_image':
    case 'seconds_per_batch': {
      const scale = UNIT_SECONDS[m.unit];
      if (scale === undefined) throw new RangeError(`measurement ${m.id}: unit must be s, ms or ns; got "${m.unit}"`);
      return m.value * scale * (m.quantity === 'seconds_per_image' ? batch : 1);
    }
    case 'iterations_per_second':
      return 1 / m.value;
    case 'images_per_second':
      return batch / m.value;
    default:
      throw new RangeError(`measurement ${m.id}: ${m.quantity} is not a timing`);
  }
}

/** The latency model's seconds for a timing record, in the record's scope (see `measuredSeconds`). */
export function predictedSeconds(m: Measurement, options?: { params?: LatencyParams }): number {
  const { params } = checkOptions('predictedSeconds options', options);
  const profile = measurementHardware(m.hardware);
  const cost = imageCost({ model: m.model, width: m.width, height: m.height, steps: m.steps ?? 1, guidance: m.cfg });
  const ctx = latencyContext(profile, m.precision, m.software, params);
  const p = pipelineSeconds(cost, ctx, m.batch ?? 1);
  if (m.scope === 'step') return p.step.seconds;
  if (m.scope === 'denoiser') return p.denoiserSeconds;
  return p.seconds;
}

// ---------------------------------------------------------------------------------------------
// Fitting
// ---------------------------------------------------------------------------------------------

/** The fitted parameters in a fixed order, as a vector (log space for the optimiser). */
const PARAM_NAMES = [
  'matmulEfficiency.hopper',
  'matmulEfficiency.ampere',
  'matmulEfficiency.ada',
  'stackEfficiency.compiled',
  'stackEfficiency.tensorrt',
  'kernelSeconds',
  'hostSecondsPerKernel.eager',
  'elementwiseShare.compiled',
  'elementwiseShare.tensorrt',
] as const;

/** Parameters that are fractions (kept at or below 1). */
const FRACTIONS = [0, 1, 2, 7, 8];

function toParams(x: readonly number[]): LatencyParams {
  const e = x.map(Math.exp);
  return {
    matmulEfficiency: { hopper: Math.min(e[0], 1), ampere: Math.min(e[1], 1), ada: Math.min(e[2], 1) },
    stackEfficiency: { eager: 1, compiled: e[3], tensorrt: e[4] },
    kernelSeconds: e[5],
    // Compiled graphs and TensorRT engines replay their kernels without the host issuing each one.
    hostSecondsPerKernel: { eager: e[6], compiled: 0, tensorrt: 0 },
    elementwiseShare: { eager: 1, compiled: Math.min(e[7], 1), tensorrt: Math.min(e[8], 1) },
  };
}

function toVector(p: LatencyParams): number[] {
  return [
    p.matmulEfficiency.hopper,
    p.matmulEfficiency.ampere,
    p.matmulEfficiency.ada,
    p.stackEfficiency.compiled,
    p.stackEfficiency.tensorrt,
    p.kernelSeconds,
    p.hostSecondsPerKernel.eager,
    p.elementwiseShare.compiled,
    p.elementwiseShare.tensorrt,
  ].map(Math.log);
}

/** Where every fit starts: round physical guesses (half the peak, 5 µs per kernel, 20 µs per launch, half fused). */
export const FIT_START: LatencyParams = {
  matmulEfficiency: { hopper: 0.5, ampere: 0.5, ada: 0.5 },
  stackEfficiency: { eager: 1, compiled: 1, tensorrt: 1 },
  kernelSeconds: 5e-6,
  hostSecondsPerKernel: { eager: 20e-6, compiled: 0, tensorrt: 0 },
  elementwiseShare: { eager: 1, compiled: 0.5, tensorrt: 0.5 },
};

function objective(points: readonly Measurement[], measured: readonly number[], x: readonly number[]): number {
  // Keep fractions at or below 1 (the clamp in toParams would leave a flat valley).
  let penalty = 0;
  for (const i of FRACTIONS) if (x[i] > 0) penalty += 100 * x[i] * x[i];
  // A stack's efficiency times a generation's stays a fraction of the peak too.
  for (const i of [0, 1, 2]) {
    for (const j of [3, 4]) if (x[i] + x[j] > 0) penalty += 100 * (x[i] + x[j]) ** 2;
  }
  const params = toParams(x);
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const r = Math.log(predictedSeconds(points[i], { params }) / measured[i]);
    sum += r * r;
  }
  return sum + penalty;
}

/** Deterministic Nelder–Mead (standard coefficients), `iterations` steps from `start`. */
function nelderMead(f: (x: readonly number[]) => number, start: readonly number[], step: number, iterations: number) {
  const n = start.length;
  let simplex: number[][] = [start.slice()];
  for (let i = 0; i < n; i++) {
    const v = start.slice();
    v[i] += step;
    simplex.push(v);
  }
  let values = simplex.map(f);
  for (let it = 0; it < iterations; it++) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    simplex = order.map((i) => simplex[i]);
    values = order.map((i) => values[i]);
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += simplex[i][j] / n;
    const worst = simplex[n];
    const at = (t: number) => centroid.map((c, j) => c + t * (worst[j] - c));
    const reflected = at(-1);
    const fr = f(reflected);
    if (fr < values[0]) {
      const expanded = at(-2);
      const fe = f(expanded);
      if (fe < fr) {
        simplex[n] = expanded;
        values[n] = fe;
      } else {
        simplex[n] = reflected;
        values[n] = fr;
      }
    } else if (fr < values[n - 1]) {
      simplex[n] = reflected;
      values[n] = fr;
    } else {
      const contracted = fr < values[n] ? at(-0.5) : at(0.5);
      const fc = f(contracted);
      if (fc < Math.min(fr, values[n])) {
        simplex[n] = contracted;
        values[n] = fc;
      } else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = simplex[i].map((v, j) => simplex[0][j] + 0.5 * (v - simplex[0][j]));
          values[i] = f(simplex[i]);
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i <= n; i++) if (values[i] < values[best]) best = i;
  return { x: simplex[best], value: values[best] };
}

export interface FitResult {
  params: LatencyParams;
  /** Root-mean-square of ln(predicted / measured) over the fitted points. */
  rmsLogError: number;
  points: number;
}

/**
 * Least squares of ln(predicted / measured) over the records with `fit: true`: Nelder–Mead in
 * log-parameter space, restarted from its own optimum until it stops improving (at most 6 rounds).
 * Deterministic: the same records and start give the same parameters.
 */
export function fitLatency(measurements: readonly Measurement[], options?: { start?: LatencyParams }): FitResult {
  const { start = FIT_START } = checkOptions('fitLatency options', options);
  const points = measurements.filter((m) => m.fit);
  if (points.length < PARAM_NAMES.length) {
    throw new RangeError(`fitLatency needs at least ${PARAM_NAMES.length} fitted measurements; got ${points.length}`);
  }
  const measured = points.map(measuredSeconds);
  const f = (x: readonly number[]) => objective(points, measured, x);
  let x = toVector(start);
  let value = f(x);
  for (let round = 0; round < 6; round++) {
    const r = nelderMead(f, x, round === 0 ? 0.7 : 0.2, 900);
    const improved = value - r.value;
    x = r.x;
    value = r.value;
    if (round > 0 && improved < 1e-10) break;
  }
  return { params: toParams(x), rmsLogError: Math.sqrt(value / points.length), points: points.length };
}

export interface ValidationRow {
  measurement: Measurement;
  measured: number;
  /** With the parameters fitted to every point. */
  predicted: number;
  /** With the parameters fitted without this point (fitted points only; null for excluded ones). */
  leaveOneOut: number | null;
}

export interface ValidationSummary {
  points: number;
  /** Share of fitted points whose leave-one-out prediction is within 1.25× of the measurement. */
  within125: number;
  /** Share within 2×. */
  within2: number;
  /** The largest leave-one-out factor (≥ 1). */
  worstFactor: number;
  worstId: string;
  /** The same shares for the in-sample predictions (all points fitted). */
  inSampleWithin125: number;
  inSampleWithin2: number;
}

/** max(p/m, m/p): how many times off a prediction is, ≥ 1. */
export function errorFactor(options: { predicted: number; measured: number }): number {
  const { predicted, measured } = checkOptions('errorFactor options', options);
  return predicted > measured ? predicted / measured : measured / predicted;
}

/**
 * Prediction for every timing record with `params`, and for each fitted record the prediction of
 * a model fitted without it (started from `params`, so the refit is short and deterministic).
 */
export function validateLatency(
  measurements: readonly Measurement[],
  options: { params: LatencyParams },
): ValidationRow[] {
  const { params } = checkOptions('validateLatency options', options);
  const timings = measurements.filter((m) => m.quantity !== 'joules_per_image' && m.quantity !== 'watts');
  return timings.map((m) => {
    let leaveOneOut: number | null = null;
    if (m.fit) {
      const others = measurements.filter((o) => o.id !== m.id);
      leaveOneOut = predictedSeconds(m, { params: fitLatency(others, { start: params }).params });
    }
    return { measurement: m, measured: measuredSeconds(m), predicted: predictedSeconds(m, { params }), leaveOneOut };
  });
}

export function summariseValidation(rows: readonly ValidationRow[]): ValidationSummary {
  const fitted = rows.filter((r) => r.leaveOneOut !== null);
  const loo = fitted.map((r) => errorFactor({ predicted: r.leaveOneOut as number, measured: r.measured }));
  const ins = fitted.map((r) => errorFactor({ predicted: r.predicted, measured: r.measured }));
  const share = (xs: number[], limit: number) => xs.filter((x) => x <= limit).length / xs.length;
  let worst = 0;
  for (let i = 1; i < loo.length; i++) if (loo[i] > loo[worst]) worst = i;
  return {
    points: fitted.length,
    within125: share(loo, 1.25),
    within2: share(loo, 2),
    worstFactor: loo[worst],
    worstId: fitted[worst].measurement.id,
    inSampleWithin125: share(ins, 1.25),
    inSampleWithin2: share(ins, 2),
  };
}
