import { describe, expect, it } from 'vitest';
import { toPixelMap } from '../../../src/lib/diffusion/to-pixel-map.ts';
import { createPixelMap } from '../../../src/lib/pixel-map.ts';

describe('toPixelMap', () => {
  it('toPixelMap maps −1 → 0, 0 → 128, +1 → 255 and clamps values outside [−1, 1]', () => {
    const map = toPixelMap(Float32Array.from([-1, 0, 1, -3, 2, 0.5]), { width: 2, height: 1 });
    expect([map.width, map.height, map.channels]).toEqual([2, 1, 3]);
    expect(Array.from(map.data)).toEqual([0, 128, 255, 0, 255, 191]);
  });

  it('toPixelMap writes into a given out map and returns it', () => {
    const out = createPixelMap({ width: 1, height: 1, channels: 3 });
    expect(toPixelMap(Float32Array.from([1, 1, 1]), { width: 1, height: 1, out })).toBe(out);
    expect(Array.from(out.data)).toEqual([255, 255, 255]);
  });

  it('toPixelMap with the wrong length or a wrong-shaped out throws a RangeError', () => {
    expect(() => toPixelMap(new Float32Array(5), { width: 2, height: 1 })).toThrow(
      /floatImage must hold width·height·3 = 6 values; got 5/,
    );
    expect(() =>
      toPixelMap(new Float32Array(3), {
        width: 1,
        height: 1,
        out: createPixelMap({ width: 2, height: 1, channels: 3 }),
      }),
    ).toThrow(/out must have the requested shape/);
    expect(() => toPixelMap([0, 0, 0] as never, { width: 1, height: 1 })).toThrow(TypeError);
  });
});
