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
    expect(p.ratios.seconds).toBeCloseTo(p.image.seconds / p.random.seconds, 9);
    expect(p.ratios.joules).toBeCloseTo(p.image.joules / p.random.joules, 9);
  });
});
