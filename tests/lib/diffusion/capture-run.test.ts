import { describe, expect, it } from 'vitest';
import { captureRun, createSampler, nearestTarget } from '../../../src/lib/index.ts';

describe('captureRun({ ...samplerOptions, keep })', () => {
  it('keeps the frames asked for, and records FLOPs (linear) and RMSE per step', () => {
    const run = captureRun({ steps: 10, sampler: 'ddim', seed: 1, targets: 'all', keep: [0, 5, 10] });
    expect([...run.xt.keys()]).toEqual([0, 5, 10]);
    expect([...run.x0hat.keys()]).toEqual([5, 10]);
    const a = run.flops[1] - run.flops[0];
    for (let k = 1; k <= 10; k++) expect(run.flops[k] - run.flops[k - 1]).toBe(a);
    expect(Number.isNaN(run.rmse[0])).toBe(true);
    expect(run.rmse[1]).toBeGreaterThan(0.3);
    expect(run.finalRmse).toBeLessThan(1e-3);
    expect(run.rmse[10]).toBeCloseTo(run.finalRmse, 6);
  });

  it('its frames are the sampler’s own: x_T at k = 0, and x_t, x̂_0 after k steps', () => {
    const options = { steps: 6, sampler: 'ddpm', seed: 3, targets: 'all' } as const;
    const run = captureRun({ ...options, keep: [0, 3] });
    const s = createSampler(options);
    expect(run.xt.get(0)).toEqual(s.xt);
    expect(run.flops[0]).toBe(s.tally.flops);
    for (let k = 0; k < 3; k++) s.step();
    expect(run.xt.get(3)).toEqual(s.xt);
    expect(run.x0hat.get(3)).toEqual(s.x0hat);
    expect(run.rmse[3]).toBe(nearestTarget(s.x0hat, { dataset: s.dataset }).rmse);
    while (!s.step());
    expect(run.flops[6]).toBe(s.tally.flops);
    expect(run.finalTarget).toBe(nearestTarget(s.xt, { dataset: s.dataset }).id);
  });

  it('is deterministic', () => {
    const a = captureRun({ steps: 4, sampler: 'ddpm', seed: 5, targets: 'all', keep: [4] });
    const b = captureRun({ steps: 4, sampler: 'ddpm', seed: 5, targets: 'all', keep: [4] });
    expect(a.xt.get(4)).toEqual(b.xt.get(4));
  });

  it('keeps nothing by default and rejects a keep that is not a list of integers', () => {
    const run = captureRun({ steps: 2, sampler: 'ddim', seed: 1, targets: 'cat' });
    expect(run.xt.size + run.x0hat.size).toBe(0);
    expect(() => captureRun({ steps: 2, sampler: 'ddim', seed: 1, targets: 'cat', keep: [0.5] })).toThrow(/keep/);
  });
});
