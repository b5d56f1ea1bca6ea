/**
 * Energy as board power × time. A chip rarely draws its full board power (TDP/TGP) for the
 * whole run, so this is an UPPER BOUND for the accelerator alone; it leaves out the host CPU,
 * memory, fans and power-supply losses, which a wall-power measurement includes.
 */
import { checkNumber, checkOptions } from '../validate.ts';
import type { HardwareProfile } from './hardware.ts';
import { resolveHardware } from './hardware.ts';

export const JOULES_PER_WATT_HOUR = 3600;

export interface EstimateJoulesOptions {
  /** ≥ 0. */
  seconds: number;
  hardware: string | HardwareProfile;
}

export interface JoulesEstimate {
  joules: number;
  wattHours: number;
  watts: number;
  upperBound: true;
  note: string;
}

export function estimateJoules(options: EstimateJoulesOptions): JoulesEstimate {
  const o = checkOptions('options', options);
  const profile = resolveHardware(o.hardware);
  const seconds = checkNumber('seconds', o.seconds, 0, Number.MAX_VALUE);
  const joules = profile.boardWatts * seconds;
  return {
    joules,
    wattHours: joules / JOULES_PER_WATT_HOUR,
    watts: profile.boardWatts,
    upperBound: true,
    note:
      `Upper bound: ${profile.boardWatts} W maximum board power of ${profile.name} × ${seconds} s. ` +
      'Real draw is usually lower; host CPU, memory, cooling and PSU losses are not included.',
  };
}
