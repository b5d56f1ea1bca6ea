import { describe, expect, it } from 'vitest';
import { createDataset, datasetMean } from '../../../src/lib/diffusion/dataset.ts';
import { laplacianEnergy, measureQuality, nearestTarget, psnrDb, rmse } from '../../../src/lib/diffusion/quality.ts';
import { createSampler } from '../../../src/lib/diffusion/sampler.ts';

describe('rmse and psnrDb', () => {
  it('rmse of images differing by 0.5 everywhere is 0.5; psnrDb(0.5) = 20 log10(4) ≈ 12.04 dB', () => {
    const a = new Float32Array(12).fill(0.25);
    const b = new Float32Array(12).fill(-0.25);
    expect(rmse(a, { reference: b })).toBe(0.5);
    expect(psnrDb(0.5)).toBeCloseTo(12.0412, 4);
  });

  it('psnrDb on the [−1, 1] scale equals the 0 … 255 PSNR of the same images', () => {
    const r = 0.1;
    expect(psnrDb(r)).toBeCloseTo(psnrDb(r * 127.5, { peakToPeak: 255 }), 12);
    expect(psnrDb(0)).toBe(Infinity);
  });
});

describe('laplacianEnergy', () => {
  it('laplacianEnergy of a flat image is 0 and of a single bright pixel is 20/(interior values)', () => {
    expect(laplacianEnergy(new Float32Array(5 * 5 * 3).fill(0.3), { width: 5, height: 5 })).toBe(0);
    const image = new Float32Array(5 * 5 * 3);
    image[(2 * 5 + 2) * 3] = 1; // red channel of the centre pixel
    // Laplacian: 4 at the centre, −1 at its four neighbours (all interior): 16 + 4 = 20.
    expect(laplacianEnergy(image, { width: 5, height: 5 })).toBeCloseTo(20 / (3 * 3 * 3), 12);
  });
});

describe('measureQuality', () => {
  it('measureQuality of a target gives that target, RMSE 0 and PSNR Infinity', () => {
    const ds = createDataset({ width: 16 });
    const q = measureQuality(ds.images[3].slice(), { dataset: ds });
    expect([q.nearestIndex, q.nearestId, q.rmse, q.psnrDb]).toEqual([3, ds.ids[3], 0, Infinity]);
    expect(q.sharpness).toBe(q.nearestSharpness);
    expect(q.rmseByTarget.length).toBe(ds.ids.length);
  });

  it('measureQuality of the dataset mean is far from every target and softer than its nearest target', () => {
    const ds = createDataset({ width: 32 });
    const q = measureQuality(datasetMean(ds), { dataset: ds });
    expect(q.rmse).toBeGreaterThan(0.3);
    expect(q.sharpness).toBeLessThan(q.nearestSharpness);
  });

  it('measureQuality with an image of the wrong length throws a RangeError', () => {
    const ds = createDataset({ width: 16 });
    expect(() => measureQuality(new Float32Array(10), { dataset: ds })).toThrow(/image must hold 768 values/);
  });
});

describe('nearestTarget(image, { dataset })', () => {
  it('agrees with measureQuality on a partly denoised image', () => {
    const dataset = createDataset({ targets: 'all', width: 16 });
    const s = createSampler({ steps: 3, sampler: 'ddpm', seed: 3, targets: 'all', width: 16 });
    s.step();
    const q = measureQuality(s.x0hat, { dataset });
    const n = nearestTarget(s.x0hat, { dataset });
    expect(n.index).toBe(q.nearestIndex);
    expect(n.id).toBe(q.nearestId);
    expect(n.rmse).toBe(q.rmse);
  });

  it('finds each target itself at distance 0', () => {
    const dataset = createDataset({ targets: 'all', width: 16 });
    dataset.images.forEach((image, i) => {
      expect(nearestTarget(image.slice(), { dataset })).toEqual({ index: i, id: dataset.ids[i], rmse: 0 });
    });
  });

  it('rejects an image of the wrong type or length', () => {
    const dataset = createDataset({ targets: 'all', width: 16 });
    expect(() => nearestTarget(new Float32Array(3), { dataset })).toThrow(RangeError);
    expect(() => nearestTarget(new Float64Array(dataset.valuesPerImage) as never, { dataset })).toThrow(TypeError);
  });
});
