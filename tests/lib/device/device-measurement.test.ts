import { describe, expect, it } from 'vitest';
import {
  checkDeviceMeasurement,
  parseDeviceMeasurement,
  serializeDeviceMeasurement,
} from '../../../src/lib/device/device-measurement.ts';
import { SAMPLE } from './fixtures.ts';

describe('stored device measurements', () => {
  it('round-trips through serialize → parse', () => {
    const parsed = parseDeviceMeasurement(serializeDeviceMeasurement(SAMPLE));
    expect(parsed).toEqual({ status: 'ok', measurement: SAMPLE });
  });

  it('reads a missing value as none', () => {
    expect(parseDeviceMeasurement(null)).toEqual({ status: 'none' });
  });

  const corrupt: [string, string][] = [
    ['not JSON', '{"version":1,'],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string', '"hello"'],
    ['an older version', JSON.stringify({ ...SAMPLE, version: 0 })],
    ['an unknown path', JSON.stringify({ ...SAMPLE, path: 'cuda' })],
    ['a bad date', JSON.stringify({ ...SAMPLE, measuredAt: 'yesterday' })],
    ['fractional sizes', JSON.stringify({ ...SAMPLE, sizes: { m: 1.5, n: 2, k: 2 } })],
    ['missing sizes', JSON.stringify({ ...SAMPLE, sizes: undefined })],
    ['zero reps', JSON.stringify({ ...SAMPLE, reps: 0 })],
    ['negative seconds', JSON.stringify({ ...SAMPLE, seconds: -1 })],
    ['a rate that does not follow from the work', JSON.stringify({ ...SAMPLE, flopsPerSecond: 1e15 })],
    ['a string rate', JSON.stringify({ ...SAMPLE, flopsPerSecond: '1e9' })],
    ['a null rate', JSON.stringify({ ...SAMPLE, flopsPerSecond: null })],
    ['a negative bandwidth', JSON.stringify({ ...SAMPLE, memoryBytesPerSecond: -5 })],
  ];
  it.each(corrupt)('rejects %s with a reason', (_label, text) => {
    const parsed = parseDeviceMeasurement(text);
    expect(parsed.status).toBe('invalid');
    if (parsed.status === 'invalid') expect(parsed.reason.length).toBeGreaterThan(10);
  });

  it('names the bad field', () => {
    expect(() => checkDeviceMeasurement({ ...SAMPLE, reps: -2 })).toThrow(/^measurement\.reps/);
    expect(() => checkDeviceMeasurement({ ...SAMPLE, flopsPerSecond: 2 })).toThrow(
      /^measurement\.flopsPerSecond must equal 2·m·n·k·reps \/ seconds/,
    );
  });

  it('accepts a null bandwidth and map time (not measured)', () => {
    const m = checkDeviceMeasurement({ ...SAMPLE, memoryBytesPerSecond: null, randomMapSeconds: null });
    expect(m.memoryBytesPerSecond).toBeNull();
    expect(m.randomMapSeconds).toBeNull();
  });
});
