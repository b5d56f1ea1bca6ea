/**
 * The localStorage store, against a minimal in-memory Storage and an EventTarget window (the
 * unit tests run in Node).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEVICE_STORAGE_KEY,
  forgetDeviceMeasurement,
  onDeviceMeasurementChange,
  readDeviceMeasurement,
  saveDeviceMeasurement,
} from '../../../src/components/device/store.ts';
import { readDeviceState } from '../../../src/components/device/use-device-profile.ts';
import { SAMPLE } from '../../lib/device/fixtures.ts';

class MemoryStorage {
  data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('window', new EventTarget());
});
afterEach(() => vi.unstubAllGlobals());

describe('device measurement store', () => {
  it('saves under one key, reads it back, and tells listeners; forget removes it', () => {
    const listener = vi.fn();
    const stop = onDeviceMeasurementChange(listener);
    expect(readDeviceMeasurement()).toEqual({ status: 'none' });
    expect(saveDeviceMeasurement(SAMPLE)).toBe(true);
    expect([...storage.data.keys()]).toEqual([DEVICE_STORAGE_KEY]);
    expect(readDeviceMeasurement()).toEqual({ status: 'ok', measurement: SAMPLE });
    expect(readDeviceState().profile?.id).toBe('your-device');
    forgetDeviceMeasurement();
    expect(storage.data.size).toBe(0);
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    saveDeviceMeasurement(SAMPLE);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('ignores a corrupted value with a notice, and forget clears it', () => {
    storage.setItem(DEVICE_STORAGE_KEY, '{"version":1,"path":"wasm-simd"');
    const state = readDeviceState();
    expect(state.profile).toBeNull();
    expect(state.problem).toBe('The stored device measurement was ignored: the stored text is not valid JSON.');
    storage.setItem(DEVICE_STORAGE_KEY, JSON.stringify({ ...SAMPLE, flopsPerSecond: -1 }));
    expect(readDeviceState().problem).toMatch(/measurement\.flopsPerSecond/);
    forgetDeviceMeasurement();
    expect(readDeviceState()).toEqual({ loaded: true, measurement: null, profile: null, problem: '' });
  });

  it('reports a blocked storage as nothing stored, and a failed save as false', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    });
    expect(readDeviceMeasurement()).toEqual({ status: 'none' });
    expect(saveDeviceMeasurement(SAMPLE)).toBe(false);
  });
});
