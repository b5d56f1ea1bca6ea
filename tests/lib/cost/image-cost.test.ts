import { describe, expect, it } from 'vitest';
import type { ImageCostOptions } from '../../../src/lib/cost/image-cost.ts';
import { imageCost } from '../../../src/lib/cost/image-cost.ts';
import { TEXT_TO_IMAGE_IDS } from '../../../src/lib/cost/models.ts';

/** PFLOP per image, text encoders excluded: independent hand counts from the published configs. */
const WHOLE_IMAGE: readonly [string, number, ImageCostOptions][] = [
  ['SD1.5 512², 50 steps, CFG', 0.083, { model: 'sd15', width: 512, height: 512, steps: 50, guidance: true }],
  ['SDXL 1024², 20 steps, guidance 8 (MLPerf)', 0.28, { model: 'sdxl', steps: 20, guidance: 8 }],
  ['SDXL 1024², 50 steps, CFG', 0.69, { model: 'sdxl', steps: 50, guidance: true }],
  ['SD3 Medium 1024², 28 steps, CFG', 0.51, { model: 'sd3-medium', steps: 28, guidance: true }],
  ['SD3.5 Large 1024², 28 steps, CFG', 1.75, { model: 'sd35-large', steps: 28, guidance: true }],
  ['SD3.5 Large 1024², 20 steps, CFG', 1.26, { model: 'sd35-large', steps: 20, guidance: true }],
  ['FLUX.1-dev 1024², 28 steps', 2.09, { model: 'flux-dev', steps: 28 }],
  ['FLUX.1-dev 1024², 20 steps', 1.5, { model: 'flux-dev', steps: 20 }],
  ['FLUX.1-dev 1024², 50 steps', 3.73, { model: 'flux-dev', steps: 50 }],
  ['FLUX.1-schnell 1024², 4 steps', 0.29, { model: 'flux-schnell', steps: 4 }],
  ['PixArt-α 1024², 20 steps, CFG', 0.27, { model: 'pixart-alpha', steps: 20, guidance: true }],
  ['SDXL-Turbo 512², 1 step', 0.0041, { model: 'sdxl-turbo', width: 512, height: 512, steps: 1 }],
  ['SD-Turbo 512², 1 step', 0.0033, { model: 'sd-turbo', width: 512, height: 512, steps: 1 }],
];

describe('imageCost', () => {
  it.each(WHOLE_IMAGE)(
    'imageCost(%s) minus text encoders is %f PFLOP within 5% (independent hand count)',
    (_l, pflop, options) => {
      const c = imageCost(options);
      const pflopWithoutText = (c.flops - c.breakdown.textEncoder.flops) / 1e15;
      expect(Math.abs(pflopWithoutText / pflop - 1)).toBeLessThan(0.05);
    },
  );

  it.each(WHOLE_IMAGE.filter(([, , o]) => (o.steps ?? 1) >= 4))(
    'imageCost(%s): text encoders add under 1% for multi-step settings',
    (_l, _pflop, options) => {
      const c = imageCost(options);
      expect(c.breakdown.textEncoder.flops / c.flops).toBeLessThan(0.01);
    },
  );

  it('imageCost(sdxl-turbo, 512², 1 step): the VAE decoder is about 61% of the FLOPs without text encoders', () => {
    const c = imageCost({ model: 'sdxl-turbo' });
    const share = c.breakdown.vae.flops / (c.flops - c.breakdown.textEncoder.flops);
    expect(Math.abs(share - 0.61)).toBeLessThan(0.01);
  });

  it('imageCost: the three parts add up and flops = 2 × macs', () => {
    const c = imageCost({ model: 'sd3-medium' });
    const { textEncoder, denoiser, vae } = c.breakdown;
    expect(c.macs).toBe(textEncoder.macs + denoiser.macs + vae.macs);
    expect(c.flops).toBe(2 * c.macs);
    expect(denoiser.macs).toBe(c.denoiserCalls * c.perCall.macs);
  });

  it.each([...TEXT_TO_IMAGE_IDS, 'dit-xl-2'])(
    'imageCost(%s): cost is linear in steps, cost(2N) − cost(N) = N × perStepFlops',
    (model) => {
      for (const n of [1, 7, 25]) {
        const one = imageCost({ model, steps: n });
        const two = imageCost({ model, steps: 2 * n });
        expect(two.flops - one.flops).toBeCloseTo(n * one.perStepFlops, -3);
        expect(two.perStepFlops).toBe(one.perStepFlops);
      }
    },
  );

  it.each(['sd15', 'sdxl', 'sd3-medium', 'sd35-large', 'pixart-alpha', 'dit-xl-2', 'sdxl-turbo'])(
    'imageCost(%s, guidance on) doubles the denoiser share and leaves text encoder and VAE unchanged',
    (model) => {
      const off = imageCost({ model, steps: 10, guidance: false });
      const on = imageCost({ model, steps: 10, guidance: true });
      expect(on.breakdown.denoiser.flops).toBe(2 * off.breakdown.denoiser.flops);
      expect(on.denoiserCalls).toBe(20);
      expect(on.breakdown.vae).toEqual(off.breakdown.vae);
      expect(on.breakdown.textEncoder).toEqual(off.breakdown.textEncoder);
    },
  );

  it.each(['flux-dev', 'flux-schnell'])('imageCost(%s, guidance on) does not double the batch', (model) => {
    const off = imageCost({ model, guidance: false });
    const on = imageCost({ model, guidance: 7 });
    expect(on.flops).toBe(off.flops);
    expect(on.cfg).toBe(false);
  });

  it('imageCost(guidance: number) runs CFG only when the scale is > 1, as diffusers does', () => {
    expect(imageCost({ model: 'sd15', guidance: 1 }).cfg).toBe(false);
    expect(imageCost({ model: 'sd15', guidance: 1.01 }).cfg).toBe(true);
    expect(imageCost({ model: 'sd15', guidance: 0 }).cfg).toBe(false);
    expect(imageCost({ model: 'sd15', guidance: 7.5 }).guidanceScale).toBe(7.5);
    expect(imageCost({ model: 'sd15', guidance: true }).guidanceScale).toBeNull();
  });

  it('imageCost({ model }) uses the pipeline defaults (SD 1.5: 512², 50 steps, CFG 7.5)', () => {
    const c = imageCost({ model: 'sd15' });
    expect([c.width, c.height, c.steps, c.guidanceScale, c.cfg, c.denoiserCalls]).toEqual([
      512,
      512,
      50,
      7.5,
      true,
      100,
    ]);
  });

  it('imageCost: text encoders and the VAE run once, whatever the step count', () => {
    const a = imageCost({ model: 'flux-dev', steps: 1 });
    const b = imageCost({ model: 'flux-dev', steps: 50 });
    expect(b.breakdown.textEncoder).toEqual(a.breakdown.textEncoder);
    expect(b.breakdown.vae).toEqual(a.breakdown.vae);
  });

  it.each([0, -1, 1.5, 1001, Number.NaN])(
    'imageCost(steps: %f) throws a RangeError naming steps and 1 … 1000',
    (steps) => {
      expect(() => imageCost({ model: 'sd15', steps })).toThrow(RangeError);
      expect(() => imageCost({ model: 'sd15', steps })).toThrow(/steps must be an integer from 1 to 1000/);
    },
  );

  it('imageCost(steps: "20") throws a TypeError', () => {
    expect(() => imageCost({ model: 'sd15', steps: '20' as unknown as number })).toThrow(TypeError);
  });

  it('imageCost(guidance: -1 or "yes") throws', () => {
    expect(() => imageCost({ model: 'sd15', guidance: -1 })).toThrow(/guidance must be a finite number from 0 to 100/);
    expect(() => imageCost({ model: 'sd15', guidance: 'yes' as unknown as number })).toThrow(TypeError);
  });

  it('imageCost(sdxl, 1000 × 1024) throws: width not a multiple of 32', () => {
    expect(() => imageCost({ model: 'sdxl', width: 1000, height: 1024 })).toThrow(/width must be a multiple of 32/);
  });

  it('imageCost({ model: "sdxl-base" }) throws a RangeError listing the valid ids', () => {
    expect(() => imageCost({ model: 'sdxl-base' })).toThrow(/model must be one of .*sdxl, sdxl-turbo/);
  });
});
