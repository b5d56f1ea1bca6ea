import { describe, expect, it } from 'vitest';
import { randomMapCost, ratioToRandomMap } from '../../../src/lib/cost/random-map-cost.ts';
import { createRng, fillBytes, OPS_PER_DRAW } from '../../../src/lib/random.ts';

describe('randomMapCost', () => {
  it('randomMapCost(1024 × 1024 × 3) is 3,145,728 bytes, 0 FLOPs and ~10⁷ integer ops', () => {
    const c = randomMapCost({ width: 1024, height: 1024, channels: 3 });
    expect(c.bytes).toBe(3_145_728);
    expect(c.flops).toBe(0);
    expect(c.intOps).toBeGreaterThan(5e6);
    expect(c.intOps).toBeLessThan(2e7);
  });

  it.each([
    [1, 1, 1],
    [3, 5, 3],
    [17, 9, 4],
    [64, 64, 3],
  ])('randomMapCost(%i × %i × %i) counts the draws fillBytes actually makes', (width, height, channels) => {
    const c = randomMapCost({ width, height, channels });
    const draws = fillBytes(createRng(1), new Uint8Array(width * height * channels));
    expect(c.draws).toBe(draws);
    expect(c.intOps).toBe(draws * OPS_PER_DRAW);
  });

  it('ratioToRandomMap(flops, { map }) divides image FLOPs by the map integer ops', () => {
    const map = randomMapCost({ width: 8, height: 8, channels: 4 });
    expect(ratioToRandomMap(map.intOps * 10, { map })).toBe(10);
  });

  it.each([
    [{ width: 0, height: 8, channels: 3 }, /width must be an integer from 1/],
    [{ width: 8, height: 8.5, channels: 3 }, /height must be an integer/],
    [{ width: 8, height: 8, channels: 5 }, /channels must be 1, 3 or 4; got 5/],
    [{ width: 8, height: 8, channels: 2 }, /channels must be 1, 3 or 4; got 2/],
  ])('randomMapCost(%o) throws a RangeError naming the argument', (options, message) => {
    expect(() => randomMapCost(options)).toThrow(RangeError);
    expect(() => randomMapCost(options)).toThrow(message);
  });
});
