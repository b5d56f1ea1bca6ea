/**
 * The `your-device` hardware profile, built from a measurement in the reader's browser. It
 * plugs into the cost engine like any built-in profile (pass it as `hardware`).
 *
 * What is measured and what is assumed:
 * - fp32 FLOP/s: measured, sustained over the timed repetitions. So the profile's utilisation
 *   is 1: the rate is already what this browser achieved, not a peak to be scaled down.
 * - Memory bandwidth: the copy bandwidth measured in the same worker when there is one (bytes
 *   read + written per second by a large TypedArray copy); otherwise an assumed 10 GB/s, about
 *   a laptop's single-threaded copy rate. On the WebGPU path it is still the CPU-side copy: a
 *   discrete GPU's memory is faster, an integrated GPU shares this one.
 * - Board power: assumed, since a browser cannot read power: 15 W for a CPU (a laptop
 *   package, cf. the `laptop-cpu` profile) and 30 W for a GPU (an integrated or small GPU).
 */

import type { HardwareProfile } from '../cost/hardware.ts';
import { defineHardware } from '../cost/hardware.ts';
import { formatSI } from '../format.ts';
import { checkNumber } from '../validate.ts';
import type { DeviceMeasurement, DevicePath } from './device-measurement.ts';
import { checkDeviceMeasurement } from './device-measurement.ts';

export const DEVICE_PROFILE_ID = 'your-device';
/** Used when no copy bandwidth was measured (bytes/s). */
export const ASSUMED_DEVICE_BYTES_PER_SECOND = 10e9;
/** Assumed board power per kind, watts (a browser cannot read power). */
export const ASSUMED_DEVICE_WATTS = { cpu: 15, gpu: 30 } as const;

const PATH_LABELS: Readonly<Record<DevicePath, string>> = {
  webgpu: 'WebGPU compute shader',
  'wasm-simd': 'WebAssembly SIMD, one CPU thread',
  javascript: 'plain JavaScript, one CPU thread',
};

/** A readable name for a path: 'wasm-simd' → 'WebAssembly SIMD, one CPU thread'. */
export function describeDevicePath(path: DevicePath): string {
  return PATH_LABELS[path];
}

/** Why a tuned framework on a real GPU does far better than this measurement. */
export const WHY_FRAMEWORKS_ARE_FASTER =
  'A browser measurement is a floor, not a ceiling: the CPU paths use one thread and no fused ' +
  'multiply-add, and WebGPU runs fp32 without tensor cores. A tuned framework (PyTorch with cuDNN or ' +
  'TensorRT) uses every core, fp16/bf16 tensor cores and hand-tuned kernels, so the same chip can be ' +
  'tens to hundreds of times faster than measured here.';

/**
 * Builds the `your-device` profile from a measurement (validated first). A RangeError names the
 * field when the rate is NaN, zero or negative.
 */
export function buildDeviceProfile(measurement: DeviceMeasurement): HardwareProfile {
  checkNumber('flopsPerSecond', measurement?.flopsPerSecond, Number.MIN_VALUE, 1e18);
  const m = checkDeviceMeasurement(measurement);
  const kind = m.path === 'webgpu' ? 'gpu' : 'cpu';
  const measuredBandwidth = m.memoryBytesPerSecond !== null;
  const memoryBytesPerSecond = m.memoryBytesPerSecond ?? ASSUMED_DEVICE_BYTES_PER_SECOND;
  const watts = ASSUMED_DEVICE_WATTS[kind];
  const { m: rows, n: cols, k: inner } = m.sizes;
  const date = m.measuredAt.slice(0, 10);
  const measuredLine =
    `Measured in this browser on ${date}: ${describeDevicePath(m.path)}, ${m.reps} products of ` +
    `${rows}×${inner} by ${inner}×${cols} float32 matrices (2·m·n·k = ${formatSI(2 * rows * cols * inner, { unit: 'FLOP' })} each) ` +
    `in ${m.seconds.toFixed(3)} s: ${formatSI(m.flopsPerSecond, { unit: 'FLOP/s' })} sustained.`;
  return defineHardware({
    id: DEVICE_PROFILE_ID,
    name: `Your device (measured in this browser, ${m.path})`,
    kind,
    denseFlopsPerSecond: { fp32: m.flopsPerSecond },
    memoryBytesPerSecond,
    boardWatts: watts,
    defaultDtype: 'fp32',
    defaultUtilisation: 1,
    utilisationDerivation:
      `${measuredLine} The rate is already sustained throughput, so the utilisation is 1 (100%). ` +
      WHY_FRAMEWORKS_ARE_FASTER,
    note:
      `${measuredLine} Memory bandwidth: ${formatSI(memoryBytesPerSecond, { unit: 'B/s' })} ` +
      (measuredBandwidth ? '(measured: a large copy in the same worker). ' : '(assumed; not measured). ') +
      `Board power: ${watts} W, an assumption (a browser cannot read power).` +
      (m.fallbackReason ? ` ${m.fallbackReason}` : ''),
    sources: [],
  });
}
