import { describe, expect, it } from 'vitest';
import { cyclicIndices, shuffledIndices } from '../../../src/components/constraints/permutation.ts';
import { permutePixels } from '../../../src/components/constraints/permute-pixels.ts';
import { reorderChannels } from '../../../src/components/constraints/reorder-channels.ts';
import { shuffleTiles } from '../../../src/components/constraints/shuffle-tiles.ts';
import { renderTarget, toPixelMap } from '../../../src/lib/index.ts';

const sorted = (a: ArrayLike<number>) => Array.from(a).sort((x, y) => x - y);
const isPermutation = (p: Uint32Array) => sorted(p).every((v, i) => v === i);

describe('shuffledIndices / cyclicIndices', () => {
  it('are permutations of 0 … n−1, the same for the same seed and different for another', () => {
    for (const make of [shuffledIndices, cyclicIndices]) {
      const a = make(100, 7);
      expect(isPermutation(a)).toBe(true);
      expect(make(100, 7)).toEqual(a);
      expect(make(100, 8)).not.toEqual(a);
    }
  });

  it('cyclicIndices(n ≥ 2) moves every element', () => {
    for (const n of [2, 3, 16, 64]) {
      for (let seed = 0; seed < 20; seed++) {
        const p = cyclicIndices(n, seed);
        for (let i = 0; i < n; i++) expect(p[i]).not.toBe(i);
      }
    }
  });

  it('rejects bad arguments with a RangeError', () => {
    expect(() => shuffledIndices(0, 1)).toThrow(RangeError);
    expect(() => cyclicIndices(4, -1)).toThrow(RangeError);
  });
});

describe('shuffleTiles', () => {
  const face = toPixelMap(renderTarget({ id: 'face', width: 64 }), { width: 64, height: 64 }).data;

  it('keeps exactly the same multiset of values as the original face (sorted values equal)', () => {
    const out = shuffleTiles(face, { size: 64, tiles: 4, seed: 7 });
    expect(out).not.toEqual(face);
    expect(sorted(out)).toEqual(sorted(face));
  });

  it('moves whole tiles: each output tile equals some input tile, none in its own place', () => {
    const size = 8;
    const image = new Float32Array(size * size * 3).map((_, i) => i);
    const out = shuffleTiles(image, { size, tiles: 2, seed: 3 });
    const tile = (data: Float32Array, t: number) => {
      const x0 = (t % 2) * 4;
      const y0 = Math.floor(t / 2) * 4;
      const values: number[] = [];
      for (let y = 0; y < 4; y++)
        values.push(...data.subarray(((y0 + y) * size + x0) * 3, ((y0 + y) * size + x0 + 4) * 3));
      return values;
    };
    const inputs = [0, 1, 2, 3].map((t) => tile(image, t).join());
    for (let t = 0; t < 4; t++) {
      const got = tile(out, t).join();
      expect(inputs).toContain(got);
      expect(got).not.toBe(inputs[t]);
    }
  });

  it('is deterministic for a seed and keeps the input type', () => {
    const a = shuffleTiles(face, { size: 64, tiles: 4, seed: 7 });
    expect(a).toBeInstanceOf(Uint8ClampedArray);
    expect(shuffleTiles(face, { size: 64, tiles: 4, seed: 7 })).toEqual(a);
  });

  it('rejects tiles that do not divide the size, and a wrong length', () => {
    expect(() => shuffleTiles(face, { size: 64, tiles: 5, seed: 1 })).toThrow(/tiles must divide size 64; got 5/);
    expect(() => shuffleTiles(face.subarray(3), { size: 64, tiles: 4, seed: 1 })).toThrow(RangeError);
  });
});

describe('permutePixels', () => {
  const face = toPixelMap(renderTarget({ id: 'face', width: 64 }), { width: 64, height: 64 }).data;

  it('keeps each pixel’s RGB triple together (same multiset of colours)', () => {
    const out = permutePixels(face, 64 * 64, 3, 11);
    const colours = (d: Uint8ClampedArray) => {
      const list: number[] = [];
      for (let i = 0; i < d.length; i += 3) list.push((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      return list.sort((x, y) => x - y);
    };
    expect(colours(out)).toEqual(colours(face));
    expect(out).not.toEqual(face);
  });

  it('is deterministic for a seed', () => {
    expect(permutePixels(face, 4096, 3, 11)).toEqual(permutePixels(face, 4096, 3, 11));
    expect(permutePixels(face, 4096, 3, 12)).not.toEqual(permutePixels(face, 4096, 3, 11));
  });
});

describe('reorderChannels', () => {
  it('[2, 1, 0] swaps red and blue', () => {
    expect(Array.from(reorderChannels(new Float32Array([0.1, 0.2, 0.3]), [2, 1, 0]))).toEqual([
      Math.fround(0.3),
      Math.fround(0.2),
      Math.fround(0.1),
    ]);
  });

  it('rejects an order that is not a permutation', () => {
    expect(() => reorderChannels(new Float32Array(3), [0, 0, 1])).toThrow(RangeError);
  });
});
