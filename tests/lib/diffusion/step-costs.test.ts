import { describe, expect, it } from 'vitest';
import type { SamplerOptions } from '../../../src/lib/index.ts';
import { createSampler, stepCosts } from '../../../src/lib/index.ts';

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

  it('rejects invalid steps with a RangeError naming steps', () => {
    expect(() => stepCosts({ steps: 1.5, sampler: 'ddim', seed: 1, targets: 'all' })).toThrow(/steps/);
    expect(() => stepCosts({ steps: 1001, sampler: 'ddim', seed: 1, targets: 'all' })).toThrow(RangeError);
  });
});
