/**
 * Hooks for islands that show costs on the reader's own device (the calculator, the chart,
 * later the paradox scale). Before hydration, and until localStorage has been read, there is no
 * profile (`loaded` is false), so server and first client render agree.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DeviceMeasurement } from '../../lib/device/index.ts';
import { buildDeviceProfile } from '../../lib/device/index.ts';
import type { HardwareProfile } from '../../lib/index.ts';
import { onDeviceMeasurementChange, readDeviceMeasurement } from './store.ts';

export interface DeviceState {
  /** True once localStorage has been read (on the client). */
  loaded: boolean;
  measurement: DeviceMeasurement | null;
  /** The `your-device` profile, or null when nothing (valid) is stored. */
  profile: HardwareProfile | null;
  /** Why a stored value was ignored (corrupted, outdated), or ''. */
  problem: string;
}

const EMPTY: DeviceState = { loaded: false, measurement: null, profile: null, problem: '' };

/** Reads the store into a DeviceState (pure apart from the read). */
export function readDeviceState(): DeviceState {
  const parsed = readDeviceMeasurement();
  if (parsed.status === 'none') return { loaded: true, measurement: null, profile: null, problem: '' };
  if (parsed.status === 'invalid') {
    return {
      loaded: true,
      measurement: null,
      profile: null,
      problem: `The stored device measurement was ignored: ${parsed.reason}.`,
    };
  }
  try {
    return {
      loaded: true,
      measurement: parsed.measurement,
      profile: buildDeviceProfile(parsed.measurement),
      problem: '',
    };
  } catch (e) {
    return {
      loaded: true,
      measurement: null,
      profile: null,
      problem: `The stored device measurement was ignored: ${(e as Error).message}.`,
    };
  }
}

/** The stored measurement and its profile, kept current when it is measured or forgotten. */
export function useDeviceState(): DeviceState {
  const [state, setState] = useState<DeviceState>(EMPTY);
  useEffect(() => {
    const update = () => setState(readDeviceState());
    update();
    return onDeviceMeasurementChange(update);
  }, []);
  return state;
}

/** The `your-device` hardware profile, or null (not measured, forgotten, or not read yet). */
export function useDeviceProfile(): HardwareProfile | null {
  return useDeviceState().profile;
}
