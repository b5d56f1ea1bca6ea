/** A valid stored measurement for the device tests. */
import type { DeviceMeasurement } from '../../../src/lib/device/device-measurement.ts';

const reps = 30;
const seconds = 1.5;
export const SAMPLE: DeviceMeasurement = {
  version: 1,
  measuredAt: '2025-10-14T09:30:00.000Z',
  path: 'wasm-simd',
  sizes: { m: 384, n: 384, k: 384 },
  reps,
  seconds,
  flopsPerSecond: (2 * 384 ** 3 * reps) / seconds,
  memoryBytesPerSecond: 12e9,
  randomMapSeconds: 0.004,
  fallbackReason: '',
};
