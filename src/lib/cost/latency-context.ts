/**
 * Everything the latency model needs about one card, format and software stack, with the
 * matmul efficiency η chosen: the caller's override, else the fitted value for a GPU whose
 * profile has no measured rate of its own, else the profile's `defaultUtilisation` (a CPU, or
 * the reader's device measured in the browser, whose rate is already an achieved one).
 */
import type { Dtype } from './dtype.ts';
import { peakFlopsPerSecond } from './estimate-seconds.ts';
import type { HardwareProfile } from './hardware.ts';
import { checkUtilisation } from './hardware.ts';
import type { LatencyContext, LatencyParams, Software } from './latency.ts';
import { checkSoftware } from './latency.ts';
import { LATENCY_PARAMS } from './latency-params.ts';

export function usesFittedEfficiency(profile: HardwareProfile): boolean {
  return profile.kind === 'gpu' && profile.utilisationBasis !== 'measured' && profile.architecture !== null;
}

/** η for a profile and stack from fitted parameters (the profile's own rate when it has no fitted generation). */
export function fittedEfficiency(profile: HardwareProfile, software: Software, params: LatencyParams): number {
  if (!usesFittedEfficiency(profile) || profile.architecture === null) return profile.defaultUtilisation;
  return Math.min(1, params.matmulEfficiency[profile.architecture] * params.stackEfficiency[software]);
}

export function latencyContext(
  profile: HardwareProfile,
  dtype: Dtype,
  software: Software,
  params: LatencyParams = LATENCY_PARAMS,
  efficiencyOverride?: number,
): LatencyContext {
  const stack = checkSoftware(software);
  // An override replaces η of eager kernels; a compiled stack's own kernels still scale it.
  const efficiency =
    efficiencyOverride !== undefined
      ? Math.min(1, checkUtilisation('utilisation', efficiencyOverride) * params.stackEfficiency[stack])
      : fittedEfficiency(profile, stack, params);
  return {
    profile,
    dtype,
    software: stack,
    params,
    efficiency,
    peakFlopsPerSecond: peakFlopsPerSecond(profile, { dtype }),
  };
}
