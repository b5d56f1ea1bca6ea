/**
 * Roofline time: a workload takes at least flops / (peak × utilisation) and at least
 * bytes / bandwidth; the larger one binds. Utilisation scales only the compute roof (the memory
 * roof is taken at full bandwidth, an optimistic bound). Diffusion steps at 512²–1024² sit far
 * right of the ridge point (H100 SXM: 989 TFLOPS / 3.35 TB/s ≈ 295 FLOP/byte), so they are
 * compute-bound; memory binds only for tiny latents or many cheap calls.
 */
import { checkNumber, checkOneOf, checkOptions } from '../validate.ts';
import type { Dtype } from './dtype.ts';
import { DTYPES } from './dtype.ts';
import type { HardwareProfile } from './hardware.ts';
import { availableDtypes, checkUtilisation, resolveHardware } from './hardware.ts';

export interface EstimateSecondsOptions {
  /** Floating-point operations, ≥ 0. */
  flops: number;
  /** Bytes that must cross the memory bus, ≥ 0 (default 0). */
  bytes?: number;
  /** A built-in hardware id or a profile object (see `defineHardware`). */
  hardware: string | HardwareProfile;
  /** Default: the profile's `defaultDtype`. */
  dtype?: Dtype;
  /** Fraction of the dense peak reached, in (0, 1]. Default: the profile's `defaultUtilisation`. */
  utilisation?: number;
}

export interface SecondsEstimate {
  seconds: number;
  computeSeconds: number;
  memorySeconds: number;
  bound: 'compute' | 'memory';
  hardware: string;
  dtype: Dtype;
  peakFlopsPerSecond: number;
  /** peak × utilisation. */
  effectiveFlopsPerSecond: number;
  memoryBytesPerSecond: number;
  utilisation: number;
}

/** The dense peak for `dtype` on `profile`; a RangeError names the dtypes the profile has. */
export function peakFlopsPerSecond(profile: HardwareProfile, options?: { dtype?: Dtype }): number {
  const { dtype = profile.defaultDtype } = checkOptions('peakFlopsPerSecond options', options);
  const d = checkOneOf('dtype', dtype, DTYPES);
  const peak = profile.denseFlopsPerSecond[d];
  if (peak === undefined) {
    throw new RangeError(
      `dtype must be one of ${availableDtypes(profile).join(', ')} on hardware "${profile.id}"; got "${d}"`,
    );
  }
  return peak;
}

export function estimateSeconds(options: EstimateSecondsOptions): SecondsEstimate {
  const o = checkOptions('options', options);
  const profile = resolveHardware(o.hardware);
  const flops = checkNumber('flops', o.flops, 0, Number.MAX_VALUE);
  const bytes = checkNumber('bytes', o.bytes ?? 0, 0, Number.MAX_VALUE);
  const dtype = o.dtype ?? profile.defaultDtype;
  const peak = peakFlopsPerSecond(profile, { dtype });
  const utilisation =
    o.utilisation === undefined ? profile.defaultUtilisation : checkUtilisation('utilisation', o.utilisation);
  const effective = peak * utilisation;
  const computeSeconds = flops / effective;
  const memorySeconds = bytes / profile.memoryBytesPerSecond;
  const bound = memorySeconds > computeSeconds ? 'memory' : 'compute';
  return {
    seconds: Math.max(computeSeconds, memorySeconds),
    computeSeconds,
    memorySeconds,
    bound,
    hardware: profile.id,
    dtype,
    peakFlopsPerSecond: peak,
    effectiveFlopsPerSecond: effective,
    memoryBytesPerSecond: profile.memoryBytesPerSecond,
    utilisation,
  };
}
