import { describe, expect, it } from 'vitest';
import { createDataset, datasetMean, renderTarget, resolveTargets } from '../../../src/lib/diffusion/dataset.ts';
import { rmse } from '../../../src/lib/diffusion/quality.ts';
import { TARGET_IDS, TARGET_SCENES } from '../../../src/lib/diffusion/targets.ts';

describe('createDataset', () => {
  it('createDataset() holds all 10 built-in targets at 64×64 RGB with values in [−1, 1]', () => {
    const ds = createDataset();
    expect(ds.ids).toEqual([...TARGET_IDS]);
    expect(ds.ids.length).toBeGreaterThanOrEqual(8);
    expect(ds.names).toEqual(TARGET_IDS.map((id) => TARGET_SCENES[id].name));
    expect([ds.width, ds.height, ds.channels, ds.valuesPerImage]).toEqual([64, 64, 3, 64 * 64 * 3]);
    expect(ds.data.length).toBe(ds.ids.length * ds.valuesPerImage);
    let min = Infinity;
    let max = -Infinity;
    for (const v of ds.data) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    expect(min).toBeGreaterThanOrEqual(-1);
    expect(max).toBeLessThanOrEqual(1);
    // Each target uses a good part of the range, i.e. is not a flat wash.
    expect(max - min).toBeGreaterThan(1.5);
  });

  it('createDataset() images are views of data, target-major', () => {
    const ds = createDataset({ targets: ['heart', 'boat'], width: 16 });
    expect(ds.images[1].buffer).toBe(ds.data.buffer);
    expect(ds.images[1].byteOffset).toBe(16 * 16 * 3 * 4);
    expect(ds.images[1]).toEqual(renderTarget({ id: 'boat', width: 16 }));
  });

  it('createDataset({ width }) gives targets that differ pairwise by RMSE > 0.4 at 16, 32 and 128 px', () => {
    for (const size of [16, 32, 128]) {
      const ds = createDataset({ width: size });
      for (let i = 0; i < ds.images.length; i++) {
        for (let j = i + 1; j < ds.images.length; j++)
          expect(rmse(ds.images[i], { reference: ds.images[j] })).toBeGreaterThan(0.4);
      }
    }
  });

  it('createDataset({ targets: "heart" }) holds one target; an array keeps the order given', () => {
    expect(createDataset({ targets: 'heart', width: 16 }).ids).toEqual(['heart']);
    expect(createDataset({ targets: ['fish', 'face'], width: 16 }).ids).toEqual(['fish', 'face']);
  });

  it('createDataset returns fresh buffers: writing one leaves the next dataset unchanged', () => {
    const a = createDataset({ targets: 'face', width: 16 });
    a.data.fill(0);
    expect(createDataset({ targets: 'face', width: 16 }).data).toEqual(renderTarget({ id: 'face', width: 16 }));
    expect(renderTarget({ id: 'face', width: 16 }).some((v) => v !== 0)).toBe(true);
  });

  it('createDataset with bad targets, width or height throws errors naming the argument', () => {
    expect(() => createDataset({ targets: [] })).toThrow(RangeError);
    expect(() => createDataset({ targets: [] })).toThrow(/targets must name at least one/);
    expect(() => createDataset({ targets: 'dog' as never })).toThrow(/targets must be one of face, .*all; got "dog"/);
    expect(() => createDataset({ targets: ['face', 'dog'] as never })).toThrow(
      /targets\[1\] must be one of .*; got "dog"/,
    );
    expect(() => createDataset({ targets: ['face', 'face'] })).toThrow(
      /targets must not repeat an id; got "face" twice/,
    );
    expect(() => createDataset({ targets: 3 as never })).toThrow(TypeError);
    expect(() => createDataset({ width: 15 })).toThrow(/width must be an integer from 16 to 128; got 15/);
    expect(() => createDataset({ height: 129 })).toThrow(/width must be an integer from 16 to 128; got 129/);
    expect(() => createDataset({ width: 32, height: 129 })).toThrow(
      /height must be an integer from 16 to 128; got 129/,
    );
    expect(() => createDataset({ width: 32.5 })).toThrow(RangeError);
    expect(() => createDataset({ width: 32, height: 48 })).toThrow(/height must equal width .*square.*32 × 48/);
    expect(() => createDataset({ size: 32 } as never)).toThrow(/size is not an option: give width/);
  });

  it('width and height: either one sets the square, both must agree', () => {
    expect(createDataset({ targets: 'face', height: 16 })).toMatchObject({ width: 16, height: 16 });
    expect(createDataset({ targets: 'face', width: 24, height: 24 }).valuesPerImage).toBe(24 * 24 * 3);
    expect(createDataset({ targets: 'face' })).toMatchObject({ width: 64, height: 64 });
  });
});

describe('resolveTargets', () => {
  it("resolveTargets('all') lists every built-in id", () => {
    expect(resolveTargets('all')).toEqual([...TARGET_IDS]);
  });
});

describe('datasetMean', () => {
  it('datasetMean of two targets is their element-wise average', () => {
    const ds = createDataset({ targets: ['house', 'cat'], width: 16 });
    const mean = datasetMean(ds);
    for (let j = 0; j < mean.length; j += 97) {
      expect(mean[j]).toBeCloseTo((ds.images[0][j] + ds.images[1][j]) / 2, 6);
    }
  });
});
