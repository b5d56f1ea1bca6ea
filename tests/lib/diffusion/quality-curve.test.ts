import { describe, expect, it } from 'vitest';
import { qualityCurve } from '../../../src/lib/diffusion/quality-curve.ts';
import { TARGET_IDS } from '../../../src/lib/diffusion/targets.ts';

describe('qualityCurve', () => {
  it('qualityCurve({ stepsList: [1, 2, 5, 20] }) returns columns indexed like stepsList, RMSE reaching 0', () => {
    const curve = qualityCurve({
      stepsList: [1, 2, 5, 20],
      sampler: 'ddim',
      seed: 1,
      targets: TARGET_IDS.slice(0, 8),
      width: 16,
    });
    expect(Array.from(curve.steps)).toEqual([1, 2, 5, 20]);
    for (const column of [curve.rmse, curve.psnrDb, curve.sharpness, curve.flops]) expect(column.length).toBe(4);
    expect(curve.nearestIds.length).toBe(4);
    expect(curve.rmse[0]).toBeGreaterThan(0.2);
    expect(curve.rmse[3]).toBeLessThan(1e-3);
    expect(curve.psnrDb[3]).toBeGreaterThan(curve.psnrDb[0]);
    // Equal per-step cost: flops(20) − flops(5) = 3 (flops(5) − flops(2)) ... scaled by steps.
    expect((curve.flops[3] - curve.flops[2]) / 15).toBe((curve.flops[2] - curve.flops[1]) / 3);
  });

  it('qualityCurve with an empty stepsList or a bad entry throws errors naming the argument', () => {
    const base = { sampler: 'ddim', seed: 1, targets: 'all' } as const;
    expect(() => qualityCurve({ ...base, stepsList: [] })).toThrow(/stepsList must hold at least one/);
    expect(() => qualityCurve({ ...base, stepsList: 5 as never })).toThrow(TypeError);
    expect(() => qualityCurve({ ...base, stepsList: [1, 1001] })).toThrow(
      /steps must be an integer from 1 to 1000; got 1001/,
    );
  });
});
