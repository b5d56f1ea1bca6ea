import { describe, expect, it } from 'vitest';
import {
  advancePlayback,
  captureRun,
  floatsToRgba,
  nearestTarget,
  stepCosts,
} from '../../../src/components/denoise/run.ts';
import type { SamplerOptions } from '../../../src/lib/index.ts';
import { createDataset, createSampler, measureQuality, toPixelMap, toRGBA } from '../../../src/lib/index.ts';

function fullRunFlops(options: SamplerOptions): number {
  const s = createSampler(options);
  while (!s.step());
  return s.tally.flops;
}

describe('stepCosts(options)', () => {
  const cases: SamplerOptions[] = [
    { steps: 1, sampler: 'ddim', seed: 1, targets: 'all' },
    { steps: 20, sampler: 'ddim', seed: 1, targets: 'all' },
    { steps: 37, sampler: 'ddpm', seed: 4, targets: ['face', 'cat'], schedule: 'cosine', quality: 30 },
    { steps: 1, sampler: 'direct', seed: 2, targets: 'house' },
  ];
  for (const options of cases) {
    it(`${options.sampler}, ${options.steps} steps: totalFlops equals the tally of the full run`, () => {
      const c = stepCosts(options);
      expect(c.totalFlops).toBe(fullRunFlops(options));
      expect(c.flopsPerStep).toBeGreaterThan(0);
      expect(c.setupFlops).toBe(createSampler(options).tally.flops);
    });
  }

  it('the per-step cost does not depend on seed, schedule or quality, only on the dataset', () => {
    const a = stepCosts({ steps: 5, sampler: 'ddim', seed: 1, targets: 'all' });
    const b = stepCosts({ steps: 5, sampler: 'ddim', seed: 9, targets: 'all', schedule: 'cosine', quality: 1000 });
    const c = stepCosts({ steps: 5, sampler: 'ddim', seed: 1, targets: 'cat' });
    expect(b.flopsPerStep).toBe(a.flopsPerStep);
    expect(c.flopsPerStep).toBeLessThan(a.flopsPerStep);
  });
});

describe('floatsToRgba(image, out)', () => {
  it('gives the bytes of toPixelMap + toRGBA (rounding and clamping included)', () => {
    const image = new Float32Array([-1, 0, 1, -2, 2, Number.NaN, 0.5, -0.5, 0.003921569, 1, 1, 1]);
    const expected = toRGBA(toPixelMap(image, 2, 2));
    expect(Array.from(floatsToRgba(image, new Uint8ClampedArray(16)))).toEqual(Array.from(expected));
  });

  it('throws a RangeError for a wrongly sized buffer', () => {
    expect(() => floatsToRgba(new Float32Array(12), new Uint8ClampedArray(12))).toThrow(RangeError);
  });
});

describe('nearestTarget(image, dataset)', () => {
  it('agrees with measureQuality', () => {
    const dataset = createDataset({ targets: 'all', size: 16 });
    const s = createSampler({ steps: 3, sampler: 'ddpm', seed: 3, targets: 'all', size: 16 });
    s.step();
    const q = measureQuality(s.x0hat, dataset);
    const n = nearestTarget(s.x0hat, dataset);
    expect(n.index).toBe(q.nearestIndex);
    expect(n.rmse).toBeCloseTo(q.rmse, 12);
  });
});

describe('captureRun(options, keep)', () => {
  it('keeps the frames asked for, and records FLOPs (linear) and RMSE per step', () => {
    const run = captureRun({ steps: 10, sampler: 'ddim', seed: 1, targets: 'all' }, [0, 5, 10]);
    expect([...run.xt.keys()]).toEqual([0, 5, 10]);
    expect([...run.x0hat.keys()]).toEqual([5, 10]);
    const a = run.flops[1] - run.flops[0];
    for (let k = 1; k <= 10; k++) expect(run.flops[k] - run.flops[k - 1]).toBe(a);
    expect(Number.isNaN(run.rmse[0])).toBe(true);
    expect(run.rmse[1]).toBeGreaterThan(0.3);
    expect(run.finalRmse).toBeLessThan(1e-3);
    expect(run.rmse[10]).toBeCloseTo(run.finalRmse, 6);
  });

  it('is deterministic', () => {
    const a = captureRun({ steps: 4, sampler: 'ddpm', seed: 5, targets: 'all' }, [4]);
    const b = captureRun({ steps: 4, sampler: 'ddpm', seed: 5, targets: 'all' }, [4]);
    expect(a.xt.get(4)).toEqual(b.xt.get(4));
  });
});

describe('advancePlayback(position, elapsedMs, stepsPerSecond, shownStep, steps)', () => {
  it('moves stepsPerSecond per second', () => {
    expect(advancePlayback(1, 500, 10, 5, 100)).toBe(6);
    expect(advancePlayback(2, 250, 100, 2, 100)).toBe(7);
    expect(advancePlayback(10, 100, 10, 10, 100)).toBe(11);
  });
  it('never runs more than 50 ms of steps (at least one) ahead of the frame on screen', () => {
    expect(advancePlayback(0, 10_000, 300, 0, 1000)).toBe(15);
    expect(advancePlayback(0, 10_000, 1, 0, 1000)).toBe(1);
  });
  it('stops at the last step and ignores negative time', () => {
    expect(advancePlayback(990, 10_000, 1000, 990, 1000)).toBe(1000);
    expect(advancePlayback(3.5, -20, 10, 3, 100)).toBe(3.5);
  });
});
