import { describe, expect, it } from 'vitest';
import {
  countDit,
  countFlux,
  countMmdit,
  countPixArt,
  DIT_SIZES,
  ditConfig,
  FLUX_DEV,
  FLUX_SCHNELL,
  PIXART_ALPHA,
  SD3_MEDIUM,
  SD35_LARGE,
} from '../../../src/lib/cost/transformer.ts';

/** DiT paper Table 4 (arXiv 2212.09748), 256² (latent 32×32): "Gflops" (= G MACs) and params (M). */
const DIT_TABLE: readonly [string, number, number, number][] = [
  ['S', 8, 0.36, 33],
  ['S', 4, 1.41, 33],
  ['S', 2, 6.06, 33],
  ['B', 8, 1.42, 131],
  ['B', 4, 5.56, 130],
  ['B', 2, 23.01, 130],
  ['L', 8, 5.01, 459],
  ['L', 4, 19.7, 458],
  ['L', 2, 80.71, 458],
  ['XL', 8, 7.39, 676],
  ['XL', 4, 29.05, 675],
  ['XL', 2, 118.64, 675],
];

function relativeError(value: number, reference: number): number {
  return Math.abs(value / reference - 1);
}

describe('countDit', () => {
  it.each(DIT_TABLE)('countDit(DiT-%s/%i) at 256² gives %f G MACs within 1%', (size, patch, gmacs) => {
    const c = countDit(ditConfig(DIT_SIZES.find((s) => s.name === size) ?? DIT_SIZES[0], patch), 32, 32);
    // S/8 is printed as 0.36 (two digits): the exact count, 0.358, is within the rounding interval.
    expect(relativeError(c.macs / 1e9, gmacs)).toBeLessThan(0.01);
  });

  it.each(DIT_TABLE)(
    'countDit(DiT-%s/%i) has the published parameter count (%f G MACs, %i M) within 1%',
    (size, patch, _g, mParams) => {
      const c = countDit(ditConfig(DIT_SIZES.find((s) => s.name === size) ?? DIT_SIZES[0], patch), 32, 32);
      expect(relativeError(c.params / 1e6, mParams)).toBeLessThan(0.01);
    },
  );

  it('countDit: halving the patch size roughly quadruples the MACs (tokens ×4)', () => {
    for (const size of DIT_SIZES) {
      const p4 = countDit(ditConfig(size, 4), 32, 32).macs;
      const p2 = countDit(ditConfig(size, 2), 32, 32).macs;
      expect(p2 / p4).toBeGreaterThan(4);
      expect(p2 / p4).toBeLessThan(4.6);
    }
  });

  it('countDit: parameters do not depend on the latent size', () => {
    const config = ditConfig(DIT_SIZES[3], 2);
    expect(countDit(config, 64, 64).params).toBe(countDit(config, 32, 32).params);
  });
});

describe('text-to-image transformers (independent hand counts from the published configs, within 5%)', () => {
  it.each([
    ['countMmdit(SD3 Medium)', 4.46e12, () => countMmdit(SD3_MEDIUM, 128, 128)],
    ['countMmdit(SD3.5 Large)', 15.6e12, () => countMmdit(SD35_LARGE, 128, 128)],
    ['countFlux(FLUX.1 dev)', 37.2e12, () => countFlux(FLUX_DEV, 128, 128)],
    ['countFlux(FLUX.1 schnell)', 34.7e12, () => countFlux(FLUX_SCHNELL, 128, 128)],
    ['countPixArt(PixArt-α)', 3.25e12, () => countPixArt(PIXART_ALPHA, 128, 128)],
  ] as const)('%s at 1024² gives %d MACs per call within 5%', (_name, macs, count) => {
    expect(relativeError(count().macs, macs)).toBeLessThan(0.05);
  });

  it.each([
    ['countMmdit(SD3 Medium)', 2e9, () => countMmdit(SD3_MEDIUM, 128, 128)],
    ['countMmdit(SD3.5 Large)', 8.1e9, () => countMmdit(SD35_LARGE, 128, 128)],
    ['countFlux(FLUX.1 dev)', 12e9, () => countFlux(FLUX_DEV, 128, 128)],
    ['countPixArt(PixArt-α)', 0.6e9, () => countPixArt(PIXART_ALPHA, 128, 128)],
  ] as const)('%s has about %d parameters (within 5%)', (_name, params, count) => {
    expect(relativeError(count().params, params)).toBeLessThan(0.05);
  });

  it('countFlux(FLUX.1 dev) at 1024² spends about 20% in attention matmuls (an independent hand count)', () => {
    const c = countFlux(FLUX_DEV, 128, 128);
    expect(c.attentionMacs / c.macs).toBeGreaterThan(0.19);
    expect(c.attentionMacs / c.macs).toBeLessThan(0.21);
  });

  it('countFlux: dev and schnell differ only through text tokens (512 vs 256) and the guidance MLP', () => {
    const shortDev = countFlux({ ...FLUX_DEV, textTokens: 256, guidanceEmbeds: false }, 128, 128);
    expect(shortDev.macs).toBe(countFlux(FLUX_SCHNELL, 128, 128).macs);
  });

  it('countMmdit: joint attention over 4,096 image + 333 text tokens at 1024²', () => {
    const base = countMmdit(SD3_MEDIUM, 128, 128);
    const noText = countMmdit({ ...SD3_MEDIUM, textTokens: 0 }, 128, 128);
    const d = SD3_MEDIUM.hiddenSize;
    const perLayer = 2 * d * ((4096 + 333) ** 2 - 4096 ** 2);
    expect(base.attentionMacs - noText.attentionMacs).toBe(SD3_MEDIUM.depth * perLayer);
  });

  it('transformers have no conv layers besides the patch embedding (the published configs)', () => {
    expect(countMmdit(SD3_MEDIUM, 128, 128).convLayers).toBe(1);
    expect(countPixArt(PIXART_ALPHA, 128, 128).convLayers).toBe(1);
    expect(countFlux(FLUX_DEV, 128, 128).convLayers).toBe(0);
  });
});
