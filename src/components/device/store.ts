/**
 * The reader's device measurement in localStorage, under one key, in this browser only: it is
 * never sent anywhere (the site has no server to send it to). Reads validate the stored value
 * (a corrupted or outdated one is reported and ignored); writes and "forget" tell every island
 * on the page with a custom event, and other tabs learn of them from the `storage` event.
 */
import type { DeviceMeasurement, ParsedMeasurement } from '../../lib/device/index.ts';
import { parseDeviceMeasurement, serializeDeviceMeasurement } from '../../lib/device/index.ts';

export const DEVICE_STORAGE_KEY = 'pixel-map-efficiency:your-device';
/** Dispatched on window after a save or a forget in this tab. */
export const DEVICE_CHANGE_EVENT = 'pme:your-device-change';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can throw on access when the browser blocks it (e.g. some privacy settings).
    return null;
  }
}

/** The stored measurement, parsed and checked; { status: 'none' } without storage. */
export function readDeviceMeasurement(): ParsedMeasurement {
  const s = storage();
  if (!s) return { status: 'none' };
  try {
    return parseDeviceMeasurement(s.getItem(DEVICE_STORAGE_KEY));
  } catch {
    return { status: 'none' };
  }
}

function changed(): void {
  window.dispatchEvent(new Event(DEVICE_CHANGE_EVENT));
}

/** Stores a measurement; returns false when storage is unavailable or full. */
export function saveDeviceMeasurement(measurement: DeviceMeasurement): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(DEVICE_STORAGE_KEY, serializeDeviceMeasurement(measurement));
  } catch {
    return false;
  }
  changed();
  return true;
}

/** Removes the stored measurement (also a corrupted one). */
export function forgetDeviceMeasurement(): void {
  try {
    storage()?.removeItem(DEVICE_STORAGE_KEY);
  } catch {
    // Nothing stored that we can reach: nothing to forget.
  }
  changed();
}

/** Calls `listener` whenever the stored measurement may have changed (this tab or another). */
export function onDeviceMeasurementChange(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === DEVICE_STORAGE_KEY) listener();
  };
  window.addEventListener(DEVICE_CHANGE_EVENT, listener);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(DEVICE_CHANGE_EVENT, listener);
    window.removeEventListener('storage', onStorage);
  };
}
