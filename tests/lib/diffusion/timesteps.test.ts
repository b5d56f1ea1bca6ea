import { describe, expect, it } from 'vitest';
import { trailingTimesteps } from '../../../src/lib/diffusion/timesteps.ts';

describe('trailingTimesteps', () => {
  it('trailingTimesteps(1, 1000) is [1000]: a one-step run starts at pure noise', () => {
    expect(Array.from(trailingTimesteps(1, 1000))).toEqual([1000]);
  });

  it('trailingTimesteps(4, 1000) is [1000, 750, 500, 250]', () => {
    expect(Array.from(trailingTimesteps(4, 1000))).toEqual([1000, 750, 500, 250]);
  });

  it('trailingTimesteps(1000, 1000) visits every t from 1000 down to 1', () => {
    const ts = trailingTimesteps(1000, 1000);
    for (let k = 0; k < 1000; k++) expect(ts[k]).toBe(1000 - k);
  });

  it('trailingTimesteps(N, 1000) is strictly decreasing, starts at 1000 and ends ≥ 1 for every N', () => {
    for (let steps = 1; steps <= 1000; steps++) {
      const ts = trailingTimesteps(steps, 1000);
      expect(ts[0]).toBe(1000);
      expect(ts[steps - 1]).toBeGreaterThanOrEqual(1);
      for (let k = 1; k < steps; k++) if (ts[k] >= ts[k - 1]) throw new Error(`not decreasing at N=${steps}, k=${k}`);
    }
  });

  it('trailingTimesteps(0) and (1001) throw RangeErrors naming steps', () => {
    expect(() => trailingTimesteps(0, 1000)).toThrow(/steps must be an integer from 1 to 1000; got 0/);
    expect(() => trailingTimesteps(1001, 1000)).toThrow(/steps must be an integer from 1 to 1000; got 1001/);
  });
});
