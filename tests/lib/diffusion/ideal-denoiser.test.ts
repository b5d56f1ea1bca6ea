import { describe, expect, it } from 'vitest';
import { createDataset, datasetMean } from '../../../src/lib/diffusion/dataset.ts';
import { forwardDiffuseRandom } from '../../../src/lib/diffusion/forward.ts';
import { createIdealDenoiser, predictEps } from '../../../src/lib/diffusion/ideal-denoiser.ts';
import { drawNormals } from '../../../src/lib/diffusion/noise.ts';
import { createSchedule } from '../../../src/lib/diffusion/schedule.ts';
import { TARGET_IDS } from '../../../src/lib/diffusion/targets.ts';
import { createRng } from '../../../src/lib/random.ts';
import { createTally } from '../../../src/lib/tally.ts';

function maxAbsDifference(a: Float32Array, b: Float32Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
  return max;
}

const eight = TARGET_IDS.slice(0, 8);

describe('createIdealDenoiser', () => {
  it('denoise(x_t at t = 1) returns the target x_t was made from, for each of 8 targets', () => {
    const schedule = createSchedule('linear');
    const ds = createDataset({ targets: eight, width: 32 });
    const denoiser = createIdealDenoiser(ds);
    const xt = new Float32Array(ds.valuesPerImage);
    const x0hat = new Float32Array(ds.valuesPerImage);
    for (let i = 0; i < ds.images.length; i++) {
      forwardDiffuseRandom(ds.images[i], 1, schedule, createRng(i), xt);
      denoiser.denoise(xt, schedule.alphaBars[1], x0hat, createTally());
      expect(maxAbsDifference(x0hat, ds.images[i])).toBeLessThan(1e-6);
      expect(denoiser.weights[i]).toBeCloseTo(1, 12);
    }
  });

  it('denoise(x_T, cosine t = T) returns the dataset mean within 0.01 and weights within 1% of 1/M', () => {
    const schedule = createSchedule('cosine');
    const ds = createDataset({ targets: eight, width: 32 });
    const denoiser = createIdealDenoiser(ds);
    const xt = new Float32Array(ds.valuesPerImage);
    const x0hat = new Float32Array(ds.valuesPerImage);
    forwardDiffuseRandom(ds.images[2], 1000, schedule, createRng(9), xt);
    denoiser.denoise(xt, schedule.alphaBars[1000], x0hat, createTally());
    expect(maxAbsDifference(x0hat, datasetMean(ds))).toBeLessThan(0.01);
    for (const w of denoiser.weights) expect(Math.abs(w * 8 - 1)).toBeLessThan(0.01);
  });

  it('denoise with ᾱ → 0 (1e-16) returns the dataset mean to 1e-5 even for x_t = 3 everywhere', () => {
    const ds = createDataset({ targets: 'all', width: 16 });
    const denoiser = createIdealDenoiser(ds);
    const xt = new Float32Array(ds.valuesPerImage).fill(3);
    const x0hat = new Float32Array(ds.valuesPerImage);
    denoiser.denoise(xt, 1e-16, x0hat, createTally());
    expect(maxAbsDifference(x0hat, datasetMean(ds))).toBeLessThan(1e-5);
  });

  it('denoise with one target returns that target exactly at any noise level', () => {
    const ds = createDataset({ targets: 'cat', width: 16 });
    const denoiser = createIdealDenoiser(ds);
    const xt = new Float32Array(ds.valuesPerImage);
    const x0hat = new Float32Array(ds.valuesPerImage);
    for (const alphaBar of [1e-9, 0.01, 0.5, 0.9999]) {
      forwardDiffuseRandom(ds.images[0], 700, createSchedule('linear'), createRng(1), xt);
      denoiser.denoise(xt, alphaBar, x0hat, createTally());
      expect(x0hat).toEqual(ds.images[0]);
    }
  });

  it('denoise is stable in log space: x_t far from every target at tiny noise gives finite weights summing to 1', () => {
    const ds = createDataset({ targets: eight, width: 32 });
    const denoiser = createIdealDenoiser(ds);
    const xt = new Float32Array(ds.valuesPerImage).fill(-5);
    const x0hat = new Float32Array(ds.valuesPerImage);
    denoiser.denoise(xt, 1 - 1e-9, x0hat, createTally());
    let sum = 0;
    for (const w of denoiser.weights) sum += w;
    expect(sum).toBeCloseTo(1, 12);
    expect(x0hat.every(Number.isFinite)).toBe(true);
  });

  it('denoise with quality k > 1 puts less weight on the true target than the ideal k = 1', () => {
    const schedule = createSchedule('linear');
    const ds = createDataset({ targets: eight, width: 32 });
    const xt = new Float32Array(ds.valuesPerImage);
    const x0hat = new Float32Array(ds.valuesPerImage);
    forwardDiffuseRandom(ds.images[4], 600, schedule, createRng(3), xt);
    const weightOfTruth = (quality: number) => {
      const denoiser = createIdealDenoiser(ds, { quality });
      denoiser.denoise(xt, schedule.alphaBars[600], x0hat, createTally());
      return denoiser.weights[4];
    };
    const ideal = weightOfTruth(1);
    const tempered = weightOfTruth(30);
    expect(ideal).toBeGreaterThan(0.99);
    expect(tempered).toBeLessThan(ideal);
    expect(tempered).toBeGreaterThan(1 / 8);
  });

  it('denoise counts 4nM − n + 9M + 8 flops per call, the same at every noise level', () => {
    const ds = createDataset({ targets: eight, width: 16 });
    const n = ds.valuesPerImage;
    const M = ds.images.length;
    const setup = createTally();
    const denoiser = createIdealDenoiser(ds, { tally: setup });
    expect(setup.flops).toBe(2 * n * M);
    const xt = new Float32Array(n).fill(0.1);
    const x0hat = new Float32Array(n);
    for (const alphaBar of [1e-6, 0.3, 0.999]) {
      const tally = createTally();
      denoiser.denoise(xt, alphaBar, x0hat, tally);
      expect(tally.flops).toBe(4 * n * M - n + 9 * M + 8);
    }
  });

  it('createIdealDenoiser rejects quality < 1, NaN and > 1e6 with errors naming quality', () => {
    const ds = createDataset({ targets: 'heart', width: 16 });
    expect(() => createIdealDenoiser(ds, { quality: 0.5 })).toThrow(
      /quality must be a finite number from 1 to 1000000; got 0.5/,
    );
    expect(() => createIdealDenoiser(ds, { quality: Number.NaN })).toThrow(/quality .*got NaN/);
    expect(() => createIdealDenoiser(ds, { quality: 2e6 })).toThrow(RangeError);
    expect(() => createIdealDenoiser(ds, { quality: '2' as never })).toThrow(TypeError);
  });

  it('denoise with a wrong-length buffer or ᾱ outside (0, 1) throws a RangeError', () => {
    const ds = createDataset({ targets: 'heart', width: 16 });
    const denoiser = createIdealDenoiser(ds);
    const n = ds.valuesPerImage;
    expect(() => denoiser.denoise(new Float32Array(n - 1), 0.5, new Float32Array(n), createTally())).toThrow(
      /xt and outX0 must hold 768 values/,
    );
    expect(() => denoiser.denoise(new Float32Array(n), 1, new Float32Array(n), createTally())).toThrow(/alphaBar/);
  });
});

describe('predictEps', () => {
  it('predictEps recovers the ε used to noise a target when x̂_0 is that target', () => {
    const schedule = createSchedule('linear');
    const ds = createDataset({ targets: 'flower', width: 16 });
    const n = ds.valuesPerImage;
    const noise = new Float32Array(n);
    drawNormals(createRng(5), noise, createTally());
    const xt = new Float32Array(n);
    const a = Math.sqrt(schedule.alphaBars[250]);
    const s = Math.sqrt(1 - schedule.alphaBars[250]);
    for (let j = 0; j < n; j++) xt[j] = a * ds.images[0][j] + s * noise[j];
    const tally = createTally();
    const epsHat = predictEps(xt, ds.images[0], schedule.alphaBars[250], new Float32Array(n), tally);
    expect(maxAbsDifference(epsHat, noise)).toBeLessThan(1e-5);
    expect(tally.flops).toBe(4 + 3 * n);
  });
});
