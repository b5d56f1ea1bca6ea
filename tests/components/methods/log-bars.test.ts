import { describe, expect, it } from 'vitest';
import { logAxis, logFraction, percent } from '../../../src/components/methods/log-bars.ts';

describe('logAxis', () => {
  it('logAxis([3.4e12, 2.1e15]) spans whole decades 1e12 … 1e16 with a tick per decade', () => {
    const a = logAxis([3.4e12, 2.1e15]);
    expect([a.minExp, a.maxExp]).toEqual([12, 16]);
    expect(a.ticks.map((t) => t.value)).toEqual([1e12, 1e13, 1e14, 1e15, 1e16]);
    expect(a.ticks.map((t) => t.fraction)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
  it('widens a single-decade range to one full decade', () => {
    const a = logAxis([100, 100]);
    expect([a.minExp, a.maxExp]).toEqual([2, 3]);
  });
  it('throws a RangeError on empty, zero, negative or non-finite values', () => {
    expect(() => logAxis([])).toThrow(RangeError);
    expect(() => logAxis([0, 1])).toThrow(RangeError);
    expect(() => logAxis([-1])).toThrow(RangeError);
    expect(() => logAxis([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

describe('logFraction and percent', () => {
  const axis = logAxis([1e12, 1e16]);
  it('places a value by its logarithm', () => {
    expect(logFraction(axis, 1e14)).toBeCloseTo(0.5, 12);
    expect(logFraction(axis, 1e12)).toBe(0);
    expect(logFraction(axis, 1e16)).toBe(1);
  });
  it('clamps to [0, 1]', () => {
    expect(logFraction(axis, 1)).toBe(0);
    expect(logFraction(axis, 1e20)).toBe(1);
  });
  it('percent(0.41234) is "41.23%"', () => {
    expect(percent(0.41234)).toBe('41.23%');
  });
});
