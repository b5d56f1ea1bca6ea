import { describe, expect, it } from 'vitest';
import { byteSizes, createPixelMap, toRGBA, useOrCreate } from '../../src/lib/pixel-map.ts';

describe('createPixelMap', () => {
  it('allocates width × height × channels bytes', () => {
    const map = createPixelMap({ width: 5, height: 3, channels: 4 });
    expect(map.data).toBeInstanceOf(Uint8ClampedArray);
    expect(map.data.length).toBe(60);
  });

  it.each([
    [0, 1, 3, /width must be an integer from 1 to 4096; got 0/],
    [4097, 1, 3, /width must be an integer from 1 to 4096; got 4097/],
    [1, 2.5, 3, /height must be an integer from 1 to 4096; got 2.5/],
    [1, 1, 2, /channels must be 1, 3 or 4; got 2/],
  ])(
    'createPixelMap({ width: %s, height: %s, channels: %s }) throws a RangeError naming the option',
    (w, h, c, message) => {
      expect(() => createPixelMap({ width: w, height: h, channels: c as 1 })).toThrow(RangeError);
      expect(() => createPixelMap({ width: w, height: h, channels: c as 1 })).toThrow(message);
    },
  );
});

describe('toRGBA', () => {
  it('replicates grey into R, G and B with opaque alpha', () => {
    const map = createPixelMap({ width: 2, height: 1, channels: 1 });
    map.data.set([10, 200]);
    expect(Array.from(toRGBA(map))).toEqual([10, 10, 10, 255, 200, 200, 200, 255]);
  });

  it('adds opaque alpha to RGB and copies RGBA unchanged', () => {
    const rgb = createPixelMap({ width: 1, height: 1, channels: 3 });
    rgb.data.set([1, 2, 3]);
    expect(Array.from(toRGBA(rgb))).toEqual([1, 2, 3, 255]);
    const rgba = createPixelMap({ width: 1, height: 1, channels: 4 });
    rgba.data.set([1, 2, 3, 4]);
    expect(Array.from(toRGBA(rgba))).toEqual([1, 2, 3, 4]);
  });

  it('writes into a given buffer and rejects one of the wrong length', () => {
    const map = createPixelMap({ width: 2, height: 2, channels: 3 });
    const out = new Uint8ClampedArray(16);
    expect(toRGBA(map, { out })).toBe(out);
    expect(() => toRGBA(map, { out: new Uint8ClampedArray(15) })).toThrow(RangeError);
  });
});

describe('useOrCreate', () => {
  it('returns the given map when its shape matches and throws when it does not', () => {
    const out = createPixelMap({ width: 4, height: 4, channels: 3 });
    expect(useOrCreate(out, 4, 4, 3)).toBe(out);
    expect(() => useOrCreate(out, 4, 4, 1)).toThrow(/out must have the requested shape 4×4×1; got 4×4×3/);
  });
});

describe('byteSizes', () => {
  it('gives 512×512×3 as 786,432 bytes and 1024×1024×3 in float32 as 12,582,912 bytes', () => {
    expect(byteSizes({ width: 512, height: 512, channels: 3 }).uint8Bytes).toBe(786_432);
    expect(byteSizes({ width: 1024, height: 1024, channels: 3 }).float32Bytes).toBe(12_582_912);
  });
});
