import { describe, expect, it } from 'vitest';
import { countUNet, SD15_UNET, SD21_UNET, SDXL_UNET, unetLatentMultiple } from '../../../src/lib/cost/unet.ts';

function relativeError(value: number, reference: number): number {
  return Math.abs(value / reference - 1);
}

describe('countUNet', () => {
  // MACs per call, and the conv/linear-only figure (attention matmuls excluded); SD 1.5's 339 G is the
  // module-only count usually quoted for the SD-v1 UNet (BK-SDM, arXiv 2305.15798).
  it.each([
    ['SD 1.5', 402e9, 339e9, SD15_UNET, 64],
    ['SDXL', 3.38e12, 2.99e12, SDXL_UNET, 128],
  ] as const)(
    'countUNet(%s) at its default resolution gives %d MACs (%d conv/linear only) within 5%',
    (_n, all, convLinear, config, latent) => {
      const c = countUNet(config, latent, latent);
      expect(relativeError(c.macs, all)).toBeLessThan(0.05);
      expect(relativeError(c.macs - c.attentionMacs, convLinear)).toBeLessThan(0.05);
    },
  );

  it('countUNet(SDXL) at 512² gives 0.79 T MACs within 5%', () => {
    expect(relativeError(countUNet(SDXL_UNET, 64, 64).macs, 0.79e12)).toBeLessThan(0.05);
  });

  it.each([
    ['SD 1.5', 98, SD15_UNET],
    ['SD 2.1', 66, SD21_UNET],
    ['SDXL', 51, SDXL_UNET],
  ] as const)(
    'countUNet(%s) evaluates %i conv layers per step (counted from the diffusers UNet configs)',
    (_n, convs, config) => {
      expect(countUNet(config, 64, 64).convLayers).toBe(convs);
    },
  );

  it.each([
    ['SD 1.5', 860e6, SD15_UNET],
    ['SDXL', 2.6e9, SDXL_UNET],
  ] as const)('countUNet(%s) has about %d parameters (within 5%)', (_n, params, config) => {
    expect(relativeError(countUNet(config, 64, 64).params, params)).toBeLessThan(0.05);
  });

  it.each([
    ['SD 1.5 at 512²', 0.16, SD15_UNET, 64],
    ['SDXL at 1024²', 0.12, SDXL_UNET, 128],
  ] as const)(
    'countUNet(%s) attention share is about %f (an independent hand count, ±1.5 points)',
    (_n, share, config, latent) => {
      const c = countUNet(config, latent, latent);
      expect(Math.abs(c.attentionMacs / c.macs - share)).toBeLessThan(0.015);
    },
  );

  it('countUNet: conv-only (SD 1.5) and linear (SD 2.1) projections cost the same MACs', () => {
    const linear = countUNet({ ...SD15_UNET, linearProjection: true }, 64, 64);
    const conv = countUNet(SD15_UNET, 64, 64);
    expect(linear.macs).toBe(conv.macs);
    expect(conv.convLayers - linear.convLayers).toBe(32);
  });

  it('countUNet: parameters do not depend on the latent size, MACs grow with it', () => {
    const a = countUNet(SDXL_UNET, 64, 64);
    const b = countUNet(SDXL_UNET, 128, 96);
    expect(b.params).toBe(a.params);
    expect(b.macs).toBeGreaterThan(a.macs);
  });

  it('unetLatentMultiple is 8 for four-level SD UNets and 4 for three-level SDXL', () => {
    expect(unetLatentMultiple(SD15_UNET)).toBe(8);
    expect(unetLatentMultiple(SD21_UNET)).toBe(8);
    expect(unetLatentMultiple(SDXL_UNET)).toBe(4);
  });
});
