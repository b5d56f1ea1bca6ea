import { describe, expect, it } from 'vitest';
import { forwardCost } from '../../../src/lib/cost/forward-cost.ts';
import { DIT_IDS, MODEL_IDS } from '../../../src/lib/cost/models.ts';

const DIT_GMACS_256: Readonly<Record<(typeof DIT_IDS)[number], number>> = {
  'dit-s-8': 0.36,
  'dit-s-4': 1.41,
  'dit-s-2': 6.06,
  'dit-b-8': 1.42,
  'dit-b-4': 5.56,
  'dit-b-2': 23.01,
  'dit-l-8': 5.01,
  'dit-l-4': 19.7,
  'dit-l-2': 80.71,
  'dit-xl-8': 7.39,
  'dit-xl-4': 29.05,
  'dit-xl-2': 118.64,
};

describe('forwardCost', () => {
  it.each(DIT_IDS)('forwardCost(%s, 256²).macs matches DiT Table 4 "Gflops" (MACs) within 1%', (id) => {
    const c = forwardCost({ model: id, width: 256, height: 256 });
    expect(Math.abs(c.macs / 1e9 / DIT_GMACS_256[id] - 1)).toBeLessThan(0.01);
  });

  it.each([
    ['sd15', 512, 402e9],
    ['sdxl', 1024, 3.38e12],
    ['sdxl', 512, 0.79e12],
    ['sd3-medium', 1024, 4.46e12],
    ['sd35-large', 1024, 15.6e12],
    ['flux-dev', 1024, 37.2e12],
    ['flux-schnell', 1024, 34.7e12],
    ['pixart-alpha', 1024, 3.25e12],
  ])(
    'forwardCost(%s, %i²).macs is %d within 5% (an independent hand count from the published config)',
    (id, side, macs) => {
      expect(Math.abs(forwardCost({ model: id, width: side, height: side }).macs / macs - 1)).toBeLessThan(0.05);
    },
  );

  it.each(MODEL_IDS)('forwardCost({ model: %s }): flops = 2 × macs and the default size is the model default', (id) => {
    const c = forwardCost({ model: id });
    expect(c.flops).toBe(2 * c.macs);
    expect(c.attentionMacs).toBeLessThan(c.macs);
    expect(c.attentionShare).toBe(c.attentionMacs / c.macs);
  });

  it.each(MODEL_IDS)('forwardCost({ model: %s }): the attention share grows with resolution', (id) => {
    const small = forwardCost({ model: id, width: 512, height: 512 });
    const large = forwardCost({ model: id, width: 1024, height: 1024 });
    expect(large.attentionShare).toBeGreaterThan(small.attentionShare);
    expect(large.params).toBe(small.params);
  });

  it('forwardCost(sdxl, 1024 × 768) counts a non-square latent (128 × 96)', () => {
    const c = forwardCost({ model: 'sdxl', width: 1024, height: 768 });
    expect([c.latentWidth, c.latentHeight]).toEqual([128, 96]);
    expect(c.macs).toBeGreaterThan(forwardCost({ model: 'sdxl', width: 768, height: 768 }).macs);
    expect(c.macs).toBeLessThan(forwardCost({ model: 'sdxl', width: 1024, height: 1024 }).macs);
  });

  it('forwardCost({ model: sd15, width: 520 }) throws a RangeError: not a multiple of 64', () => {
    expect(() => forwardCost({ model: 'sd15', width: 520, height: 512 })).toThrow(/width must be a multiple of 64/);
  });

  it('forwardCost(dit-xl-2, 264²) throws: DiT-XL/2 needs multiples of 16 px', () => {
    expect(() => forwardCost({ model: 'dit-xl-2', width: 264, height: 256 })).toThrow(RangeError);
  });

  it('forwardCost({ model: "sd5" }) throws a RangeError listing the valid ids', () => {
    expect(() => forwardCost({ model: 'sd5' })).toThrow(/model must be one of dit-s-8, .*flux-dev.*; got "sd5"/);
  });
});
