import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/lib/diffusion/dataset.ts';
import { measureQuality } from '../../../src/lib/diffusion/quality.ts';
import { type SampleOptions, type StepInfo, sample } from '../../../src/lib/diffusion/sample.ts';
import { TARGET_IDS } from '../../../src/lib/diffusion/targets.ts';

const eight = TARGET_IDS.slice(0, 8);

describe('sample', () => {
  it('sample() returns a 64×64 RGB PixelMap of x0 mapped from [−1, 1] to bytes', () => {
    const result = sample({ steps: 5, sampler: 'ddim', seed: 1, targets: eight });
    expect([result.image.width, result.image.height, result.image.channels]).toEqual([64, 64, 3]);
    expect(result.x0.length).toBe(64 * 64 * 3);
    for (let i = 0; i < result.x0.length; i += 101) {
      expect(Math.abs(result.image.data[i] - (result.x0[i] + 1) * 127.5)).toBeLessThanOrEqual(0.5);
    }
    expect([result.steps, result.stepsDone, result.cancelled]).toEqual([5, 5, false]);
    expect(result.targetIds).toEqual(eight);
  });

  for (const sampler of ['ddim', 'ddpm'] as const) {
    it(`sample(${sampler}) with the same seed gives the same image bytes; another seed differs`, () => {
      const options: SampleOptions = { steps: 20, sampler, seed: 123, targets: 'all', width: 32, eta: 0.3 };
      const a = sample(options);
      const b = sample(options);
      expect(b.image.data).toEqual(a.image.data);
      expect(b.tally).toEqual(a.tally);
      const c = sample({ ...options, seed: 124 });
      expect(c.image.data).not.toEqual(a.image.data);
    });
  }

  it('sample(ddim, 50 steps) lands on a target (RMSE < 1e-3) for 8 seeds, and not always the same one', () => {
    const dataset = createDataset({ targets: eight, width: 32 });
    const found = new Set<string>();
    for (let seed = 0; seed < 8; seed++) {
      const { x0 } = sample({ steps: 50, sampler: 'ddim', seed, targets: eight, width: 32 });
      const quality = measureQuality(x0, { dataset });
      expect(quality.rmse).toBeLessThan(1e-3);
      found.add(quality.nearestId);
    }
    expect(found.size).toBeGreaterThan(2);
  });

  it('sample(ddim, 1 step) is a blur of several targets (RMSE > 0.2), 5 steps reach a target (RMSE < 0.01)', () => {
    const dataset = createDataset({ targets: eight, width: 32 });
    for (const schedule of ['linear', 'cosine'] as const) {
      const one = measureQuality(
        sample({ steps: 1, sampler: 'ddim', seed: 1, targets: eight, width: 32, schedule }).x0,
        { dataset },
      );
      const five = measureQuality(
        sample({ steps: 5, sampler: 'ddim', seed: 1, targets: eight, width: 32, schedule }).x0,
        { dataset },
      );
      expect(one.rmse).toBeGreaterThan(0.2);
      expect(one.sharpness).toBeLessThan(one.nearestSharpness);
      expect(five.rmse).toBeLessThan(0.01);
    }
  });

  it('sample with the tempered denoiser (quality 300, 3000) needs more steps than the ideal one', () => {
    const dataset = createDataset({ targets: eight, width: 32 });
    const stepsToConverge = (quality: number): number => {
      for (const steps of [1, 2, 3, 5, 10, 20, 50, 100, 200]) {
        const { x0 } = sample({ steps, sampler: 'ddim', seed: 1, targets: eight, width: 32, quality });
        if (measureQuality(x0, { dataset }).rmse < 0.01) return steps;
      }
      return Infinity;
    };
    const ideal = stepsToConverge(1);
    const tempered300 = stepsToConverge(300);
    const tempered3000 = stepsToConverge(3000);
    expect(ideal).toBeLessThanOrEqual(5);
    expect(tempered300).toBeGreaterThan(ideal);
    expect(tempered3000).toBeGreaterThan(tempered300);
    expect(tempered3000).toBeLessThan(Infinity);
  });

  it('sample({ onStep }) is called once per step with t, x_t, x̂_0 and the running tally', () => {
    const calls: { stepIndex: number; t: number; tNext: number; flops: number; first: number }[] = [];
    const result = sample({
      steps: 4,
      sampler: 'ddim',
      seed: 1,
      targets: eight,
      width: 16,
      onStep: (info: StepInfo) => {
        expect(info.xt.length).toBe(16 * 16 * 3);
        expect(info.x0hat.length).toBe(16 * 16 * 3);
        expect(info.weights.length).toBe(8);
        calls.push({
          stepIndex: info.stepIndex,
          t: info.t,
          tNext: info.tNext,
          flops: info.tally.flops,
          first: info.xt[0],
        });
        return true;
      },
    });
    expect(calls.map((c) => [c.stepIndex, c.t, c.tNext])).toEqual([
      [0, 1000, 750],
      [1, 750, 500],
      [2, 500, 250],
      [3, 250, 0],
    ]);
    const perStep = calls[1].flops - calls[0].flops;
    expect(calls[2].flops - calls[1].flops).toBe(perStep);
    expect(calls[3].flops).toBe(result.tally.flops);
    expect(calls[3].first).toBe(result.x0[0]);
  });

  it('sample({ onStep: () => false }) stops after that step and returns the latest x̂_0, cancelled', () => {
    let seen = 0;
    let lastX0hat = new Float32Array(0);
    const result = sample({
      steps: 50,
      sampler: 'ddpm',
      seed: 1,
      targets: eight,
      width: 16,
      onStep: (info) => {
        seen++;
        lastX0hat = info.x0hat.slice();
        return info.stepIndex < 2;
      },
    });
    expect(seen).toBe(3);
    expect([result.stepsDone, result.cancelled]).toEqual([3, true]);
    expect(result.x0).toEqual(lastX0hat);
  });

  it('sample({ onStep: 5 }) throws a TypeError naming onStep', () => {
    expect(() => sample({ steps: 1, sampler: 'ddim', seed: 1, targets: 'all', onStep: 5 as never })).toThrow(
      /onStep must be a function/,
    );
  });

  it('sample rejects steps 0, an unknown sampler and a bad seed before doing any work', () => {
    expect(() => sample({ steps: 0, sampler: 'ddim', seed: 1, targets: 'all' })).toThrow(/steps must be/);
    expect(() => sample({ steps: 1, sampler: 'dpm' as never, seed: 1, targets: 'all' })).toThrow(/sampler must be/);
    expect(() => sample({ steps: 1, sampler: 'ddim', seed: -3, targets: 'all' })).toThrow(/seed must be/);
  });
});
