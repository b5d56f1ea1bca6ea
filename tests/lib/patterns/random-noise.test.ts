import { describe, expect, it } from 'vitest';
import { randomNoise } from '../../../src/lib/patterns/random-noise.ts';
import { createPixelMap } from '../../../src/lib/pixel-map.ts';

describe('randomNoise', () => {
  it('randomNoise(4×4×3) tallies 12 draws × 14 integer ops, 0 FLOPs and 48 bytes written', () => {
    const { map, tally } = randomNoise({ width: 4, height: 4, channels: 3, seed: 1 });
    expect(map.data.length).toBe(48);
    expect(tally).toEqual({ intOps: 12 * 14, flops: 0, bytesRead: 0, bytesWritten: 48 });
  });

  it('randomNoise(3×1×1) rounds the draws up: 1 draw for 3 bytes', () => {
    expect(randomNoise({ width: 3, height: 1, channels: 1, seed: 1 }).tally.intOps).toBe(14);
  });

  it('gives identical bytes for the same seed and different bytes for another seed', () => {
    const a = randomNoise({ width: 32, height: 32, seed: 5 }).map.data;
    const b = randomNoise({ width: 32, height: 32, seed: 5 }).map.data;
    const c = randomNoise({ width: 32, height: 32, seed: 6 }).map.data;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('writes into `out` instead of allocating and returns that same map', () => {
    const out = createPixelMap({ width: 16, height: 8, channels: 4 });
    const { map } = randomNoise({ width: 16, height: 8, channels: 4, seed: 2, out });
    expect(map).toBe(out);
    expect(out.data.some((v) => v !== 0)).toBe(true);
  });

  it('uses the whole 0…255 range with each byte value about equally often', () => {
    const { data } = randomNoise({ width: 256, height: 256, channels: 3, seed: 3 }).map;
    const counts = new Array(256).fill(0);
    for (const v of data) counts[v]++;
    const expected = data.length / 256;
    expect(Math.min(...counts)).toBeGreaterThan(expected * 0.9);
    expect(Math.max(...counts)).toBeLessThan(expected * 1.1);
  });

  it.each([
    [{ width: 0 }, RangeError, /width must be an integer from 1 to 4096; got 0/],
    [{ width: 4097 }, RangeError, /width/],
    [{ height: 10.5 }, RangeError, /height must be an integer/],
    [{ channels: 2 }, RangeError, /channels must be 1, 3 or 4; got 2/],
    [{ seed: -1 }, RangeError, /seed must be an integer from 0 to 4294967295; got -1/],
    [{ seed: 'x' }, TypeError, /seed/],
  ])('randomNoise(%o) throws %s naming the option', (opts, type, message) => {
    expect(() => randomNoise(opts as never)).toThrow(type);
    expect(() => randomNoise(opts as never)).toThrow(message);
  });

  it('rejects an `out` map of another shape', () => {
    expect(() =>
      randomNoise({ width: 4, height: 4, out: createPixelMap({ width: 4, height: 5, channels: 3 }) }),
    ).toThrow(/out must have/);
  });

  it('rejects options that are not an object', () => {
    expect(() => randomNoise(42 as never)).toThrow(TypeError);
  });
});
