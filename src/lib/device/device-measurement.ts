/**
 * What the device benchmark measured, as it is stored in the reader's browser (and nowhere
 * else): the path the multiply took, the sizes multiplied, the repetitions completed, their
 * total time and the sustained rate (2·m·n·k·reps / seconds), the copy bandwidth, and the time
 * of one random 1024² RGB map. `checkDeviceMeasurement` validates any value (for example one
 * parsed from storage that may be corrupted or from an older version) field by field.
 */
import { checkInteger, checkNumber, checkOneOf, checkOptions } from '../validate.ts';
import { benchFlops } from './matmul-flops.ts';
import type { MatmulShape } from './matmul-shape.ts';
import { checkMatmulShape } from './matmul-shape.ts';

/** Where the multiply ran: a WebGPU compute shader, WebAssembly SIMD, or plain JavaScript. */
export const DEVICE_PATHS = ['webgpu', 'wasm-simd', 'javascript'] as const;
export type DevicePath = (typeof DEVICE_PATHS)[number];

/** Bumped when the stored shape changes; older versions are ignored with a notice. */
export const DEVICE_MEASUREMENT_VERSION = 1;

/** How far the stored rate may drift from 2·m·n·k·reps / seconds (float rounding only). */
const RATE_TOLERANCE = 1e-9;

export interface DeviceMeasurement {
  version: typeof DEVICE_MEASUREMENT_VERSION;
  /** ISO 8601 date-time of the measurement. */
  measuredAt: string;
  path: DevicePath;
  /** The sizes actually multiplied (A m × k, B k × n). */
  sizes: MatmulShape;
  /** Timed repetitions completed, ≥ 1. */
  reps: number;
  /** Their total time, seconds, > 0. */
  seconds: number;
  /** Sustained rate: 2·m·n·k·reps / seconds, FLOP/s. */
  flopsPerSecond: number;
  /** Measured copy bandwidth (bytes read + written per second), or null when not measured. */
  memoryBytesPerSecond: number | null;
  /** Seconds to generate a 1024 × 1024 RGB random map with the site's generator, or null. */
  randomMapSeconds: number | null;
  /** Why a faster path was not used (e.g. the WebGPU check failed), or ''. */
  fallbackReason: string;
}

/** The sustained rate of `reps` products of `sizes` in `seconds`. */
export function sustainedFlopsPerSecond(sizes: MatmulShape, options: { reps: number; seconds: number }): number {
  const { reps, seconds } = checkOptions('sustainedFlopsPerSecond options', options);
  checkNumber('seconds', seconds, Number.MIN_VALUE, Number.MAX_VALUE);
  return benchFlops(sizes, { reps }) / seconds;
}

function nullableRate(name: string, value: unknown): number | null {
  return value === null ? null : checkNumber(name, value, Number.MIN_VALUE, Number.MAX_VALUE);
}

/**
 * Returns `value` as a DeviceMeasurement, or throws a TypeError/RangeError naming the first bad
 * field. The rate must equal 2·m·n·k·reps / seconds: a stored number that does not follow from
 * the stored work is treated as corrupted.
 */
export function checkDeviceMeasurement(value: unknown): DeviceMeasurement {
  const v = checkOptions('measurement', value as Record<string, unknown>);
  if (v.version !== DEVICE_MEASUREMENT_VERSION) {
    throw new RangeError(`measurement.version must be ${DEVICE_MEASUREMENT_VERSION}; got ${String(v.version)}`);
  }
  if (typeof v.measuredAt !== 'string' || Number.isNaN(Date.parse(v.measuredAt))) {
    throw new TypeError('measurement.measuredAt must be an ISO 8601 date-time string');
  }
  const path = checkOneOf('measurement.path', v.path, DEVICE_PATHS);
  const sizes = checkMatmulShape(v.sizes as MatmulShape);
  const reps = checkInteger('measurement.reps', v.reps, 1, 1e9);
  const seconds = checkNumber('measurement.seconds', v.seconds, Number.MIN_VALUE, 3600);
  const flopsPerSecond = checkNumber('measurement.flopsPerSecond', v.flopsPerSecond, Number.MIN_VALUE, 1e18);
  const expected = sustainedFlopsPerSecond(sizes, { reps, seconds });
  if (Math.abs(flopsPerSecond - expected) > RATE_TOLERANCE * expected) {
    throw new RangeError(
      `measurement.flopsPerSecond must equal 2·m·n·k·reps / seconds = ${expected}; got ${flopsPerSecond}`,
    );
  }
  const fallbackReason = v.fallbackReason ?? '';
  if (typeof fallbackReason !== 'string') throw new TypeError('measurement.fallbackReason must be a string');
  return {
    version: DEVICE_MEASUREMENT_VERSION,
    measuredAt: v.measuredAt,
    path,
    sizes,
    reps,
    seconds,
    flopsPerSecond,
    memoryBytesPerSecond: nullableRate('measurement.memoryBytesPerSecond', v.memoryBytesPerSecond ?? null),
    randomMapSeconds: nullableRate('measurement.randomMapSeconds', v.randomMapSeconds ?? null),
    fallbackReason,
  };
}

export type ParsedMeasurement =
  | { status: 'none' }
  | { status: 'ok'; measurement: DeviceMeasurement }
  | { status: 'invalid'; reason: string };

/** Parses stored text: null → none; bad JSON or a failed check → invalid, with the reason. */
export function parseDeviceMeasurement(text: string | null): ParsedMeasurement {
  if (text === null) return { status: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 'invalid', reason: 'the stored text is not valid JSON' };
  }
  try {
    return { status: 'ok', measurement: checkDeviceMeasurement(value) };
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) return { status: 'invalid', reason: e.message };
    throw e;
  }
}

/** The text to store: JSON of the checked measurement (throws on an invalid one). */
export function serializeDeviceMeasurement(measurement: DeviceMeasurement): string {
  return JSON.stringify(checkDeviceMeasurement(measurement));
}
