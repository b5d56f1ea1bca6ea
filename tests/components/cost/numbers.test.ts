import { describe, expect, it } from 'vitest';
import {
  flopsRatio,
  hardwareNumber,
  modelNumber,
  realityNumber,
  ridgePoint,
} from '../../../src/components/cost/numbers.ts';
import {
  formatSeconds,
  formatSI,
  forwardCost,
  getHardware,
  imageCost,
  imageEstimate,
  realityChecks,
} from '../../../src/lib/index.ts';

describe('modelNumber', () => {
  it('DiT-XL/2 per-call MACs reproduce the paper (118.64 "Gflops" = MACs)', () => {
    expect(modelNumber({ model: 'dit-xl-2', show: 'per-call-macs' })).toBe('119 GMAC');
    expect(modelNumber({ model: 'dit-xl-2', show: 'per-call-flops' })).toBe('237 GFLOP');
  });
  it('SDXL, 20 guided steps at 1024²: 0.28 PFLOP (the MLPerf SDXL setting, mlcommons/inference text_to_image)', () => {
    expect(modelNumber({ model: 'sdxl', steps: 20, guidance: true, show: 'flops' })).toBe('281 TFLOP');
    expect(modelNumber({ model: 'sdxl', steps: 20, guidance: true, show: 'calls' })).toBe('40');
  });
  it('a width alone makes a square image', () => {
    const c = forwardCost({ model: 'sdxl', width: 2048, height: 2048 });
    expect(modelNumber({ model: 'sdxl', width: 2048, show: 'per-call-macs' })).toBe(formatSI(c.macs, { unit: 'MAC' }));
  });
  it('tokens and latent for a patch transformer', () => {
    expect(modelNumber({ model: 'flux-dev', show: 'tokens' })).toBe('4,096');
    expect(modelNumber({ model: 'flux-dev', show: 'latent' })).toBe('128 × 128 × 16');
    expect(() => modelNumber({ model: 'sdxl', show: 'tokens' })).toThrow(RangeError);
  });
  it('SDXL-Turbo at 512², 1 step: the VAE is most of the image', () => {
    const c = imageCost({ model: 'sdxl-turbo' });
    const share = c.breakdown.vae.macs / c.macs;
    expect(share).toBeGreaterThan(0.5);
    expect(modelNumber({ model: 'sdxl-turbo', show: 'vae-share' })).toBe(`${Number((share * 100).toFixed(1))}%`);
  });
  it('time and energy default to the H100 SXM in eager PyTorch', () => {
    const e = imageEstimate({ model: 'sdxl', steps: 20, guidance: true, hardware: 'h100-sxm' });
    expect(modelNumber({ model: 'sdxl', steps: 20, guidance: true, show: 'joules' })).toBe(
      formatSI(e.joules, { unit: 'J' }),
    );
    const compiled = imageEstimate({ model: 'sdxl', hardware: 'h100-sxm', software: 'compiled' });
    expect(modelNumber({ model: 'sdxl', show: 'seconds', software: 'compiled' })).toBe(formatSeconds(compiled.seconds));
  });
  it('says when a job does not fit the card', () => {
    expect(modelNumber({ model: 'flux-dev', show: 'memory-advice', hardware: 'rtx-3060' })).toMatch(/^Does not fit/);
  });
  it('rejects an unknown quantity', () => {
    // @ts-expect-error testing a bad value
    expect(() => modelNumber({ model: 'sdxl', show: 'nope' })).toThrow(RangeError);
  });
});

describe('hardwareNumber', () => {
  it('the H100 SXM ridge point is about 295 FLOP/byte', () => {
    expect(hardwareNumber({ hardware: 'h100-sxm', show: 'ridge' })).toBe('295 FLOP/byte');
    expect(ridgePoint('h100-sxm')).toBeCloseTo(989 / 3.35, 6);
  });
  it('dense is half the sparse headline on the H100', () => {
    const h = getHardware('h100-sxm');
    expect(hardwareNumber({ hardware: 'h100-sxm', show: 'dense' })).toBe(
      formatSI(h.denseFlopsPerSecond.fp16 ?? 0, { unit: 'FLOP/s' }),
    );
    expect(hardwareNumber({ hardware: 'h100-sxm', show: 'sparse' })).toBe('1.98 PFLOP/s');
  });
  it('the RTX 4090 accumulate variants', () => {
    expect(hardwareNumber({ hardware: 'rtx-4090', show: 'fp16-accumulate' })).toBe('330 TFLOP/s');
    expect(hardwareNumber({ hardware: 'rtx-4090', show: 'fp32-accumulate' })).toBe('165 TFLOP/s');
    expect(() => hardwareNumber({ hardware: 'h100-sxm', show: 'fp16-accumulate' })).toThrow(RangeError);
  });
});

describe('realityNumber', () => {
  it('factor is the inverse of predicted / measured', () => {
    const c = realityChecks().find((x) => x.id === 'fal-sd15-a100');
    expect(realityNumber({ id: 'fal-sd15-a100', show: 'factor' })).toBe(`${(1 / (c?.ratio ?? 1)).toPrecision(2)}×`);
  });
  it('the MLPerf energy point is about 0.14 Wh per image', () => {
    expect(realityNumber({ id: 'mlperf-sdxl-maxq-energy', show: 'measured-wh' })).toBe('0.137 Wh');
    expect(() => realityNumber({ id: 'fal-sd15-a100', show: 'measured-wh' })).toThrow(RangeError);
    expect(() => realityNumber({ id: 'nope', show: 'ratio' })).toThrow(RangeError);
  });
});

describe('flopsRatio', () => {
  it('20–50-step guided SDXL at 512² is 16–39× a 1-step SDXL-Turbo image (same resolution)', () => {
    expect(
      Math.round(flopsRatio({ model: 'sdxl', width: 512, steps: 20, guidance: true }, { model: 'sdxl-turbo' })),
    ).toBe(16);
    expect(
      Math.round(flopsRatio({ model: 'sdxl', width: 512, steps: 50, guidance: true }, { model: 'sdxl-turbo' })),
    ).toBe(38);
  });
});
