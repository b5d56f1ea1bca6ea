/**
 * What the device benchmark's result means in the site's terms, computed with the cost engine:
 * one 20-step SDXL image at 1024² on the measured device and on an H100 SXM, their ratio, and
 * the measured time of a random map of the same size. Pure.
 */
import type { DeviceMeasurement } from '../../lib/device/index.ts';
import { buildDeviceProfile, describeDevicePath } from '../../lib/device/index.ts';
import type { HardwareProfile } from '../../lib/index.ts';
import { formatInteger, formatRatio, formatSeconds, formatSI, getHardware, imageEstimate } from '../../lib/index.ts';

/** The comparison image: SDXL's MLPerf setting (1024², 20 steps, guidance on). */
export const COMPARISON_IMAGE = { model: 'sdxl', width: 1024, height: 1024, steps: 20, guidance: true } as const;
export const COMPARISON_HARDWARE = 'h100-sxm';

export interface DeviceSummary {
  profile: HardwareProfile;
  measurement: DeviceMeasurement;
  /** FLOPs of the comparison image. */
  imageFlops: number;
  /** Seconds for it on the measured device (fp32 at the measured rate). */
  deviceSeconds: number;
  /** Seconds for it on an H100 SXM (fp16, its default utilisation). */
  h100Seconds: number;
  /** deviceSeconds / h100Seconds. */
  ratioToH100: number;
}

export function summariseDevice(measurement: DeviceMeasurement): DeviceSummary {
  const profile = buildDeviceProfile(measurement);
  const here = imageEstimate({ ...COMPARISON_IMAGE, hardware: profile, dtype: 'fp32' });
  const h100 = imageEstimate({ ...COMPARISON_IMAGE, hardware: COMPARISON_HARDWARE });
  return {
    profile,
    measurement,
    imageFlops: here.cost.flops,
    deviceSeconds: here.seconds,
    h100Seconds: h100.seconds,
    ratioToH100: here.seconds / h100.seconds,
  };
}

/** Seconds, in days beyond two days (formatSeconds stops at hours). */
export function formatLongSeconds(seconds: number): string {
  const days = seconds / 86400;
  if (days < 2) return formatSeconds(seconds);
  return `${days < 100 ? days.toPrecision(3) : formatInteger(days)} days`;
}

/** "384×384 · 384×384": A's m × k by B's k × n. */
export function formatSizes(m: DeviceMeasurement): string {
  const { m: rows, n: cols, k } = m.sizes;
  return `${rows}×${k} · ${k}×${cols}`;
}

/** The sentences the island shows, in order. */
export function describeDevice(s: DeviceSummary): {
  rate: string;
  image: string;
  map: string | null;
} {
  const m = s.measurement;
  const h100 = getHardware(COMPARISON_HARDWARE);
  return {
    rate:
      `${formatSI(m.flopsPerSecond, { unit: 'FLOP/s' })} sustained (${describeDevicePath(m.path)}): ${m.reps} products of ` +
      `${formatSizes(m)} float32 matrices in ${formatSeconds(m.seconds)}.`,
    image:
      `One 20-step SDXL image at 1024² (guidance on, ${formatSI(s.imageFlops, { unit: 'FLOP' })}) would take about ` +
      `${formatLongSeconds(s.deviceSeconds)} here: ${formatRatio(s.ratioToH100)} × the ${formatSeconds(s.h100Seconds)} ` +
      `the engine estimates for an ${h100.name.replace(/^NVIDIA /, '')} (fp16, ${Math.round(h100.defaultUtilisation * 100)}% of its dense peak).`,
    map:
      m.randomMapSeconds === null
        ? null
        : `A random 1024 × 1024 RGB pixel map took ${formatSeconds(m.randomMapSeconds)} here (the site's generator, in the same worker).`,
  };
}
