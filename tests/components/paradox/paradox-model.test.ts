import { describe, expect, it } from 'vitest';
import { computeParadox, REFERENCE_RANDOM_MAP } from '../../../src/components/paradox/paradox-model.ts';
import { imageEstimate } from '../../../src/lib/index.ts';

const base = {
  model: 'sdxl',
  side: 1024,
  guidance: true,
  hardware: 'h100-sxm',
  randomSeconds: REFERENCE_RANDOM_MAP.seconds,
};

describe('computeParadox', () => {
  it('names the image side with its steps, singular at one step', () => {
    expect(computeParadox({ ...base, steps: 20 }).image.label).toBe('SDXL base 1.0, 20 steps with guidance');
    expect(computeParadox({ ...base, steps: 1, guidance: false }).image.label).toBe('SDXL base 1.0, 1 step');
  });

  it('takes the image side from the cost model and the ratios as image over random map', () => {
    const p = computeParadox({ ...base, steps: 20 });
    const est = imageEstimate({
      model: 'sdxl',
      width: 1024,
      height: 1024,
      steps: 20,
      guidance: true,
      hardware: 'h100-sxm',
    });
    expect(p.image.flops).toBe(est.cost.flops);
    expect(p.image.seconds).toBe(est.seconds);
    // The random side's time is the one passed in: the ratio is the cost model's time over it.
    expect(p.random.seconds).toBe(REFERENCE_RANDOM_MAP.seconds);
    expect(p.ratios.seconds).toBeCloseTo(est.seconds / REFERENCE_RANDOM_MAP.seconds, 9);
    expect(p.ratios.operations).toBeCloseTo(est.cost.flops / p.random.operations, 9);
  });
});
