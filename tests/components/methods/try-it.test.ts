import { describe, expect, it } from 'vitest';
import { methodsNumber, vaeVersusVitB } from '../../../src/components/methods/numbers.ts';
import {
  TRY_IT_HARDWARE,
  TRY_IT_MODELS,
  tryItPredictions,
  tryItSetting,
  weightFootprint,
} from '../../../src/components/methods/try-it.ts';
import { formatParams, formatSI, imageCost, imageEstimate, realityChecks } from '../../../src/lib/index.ts';

describe('tryItPredictions', () => {
  const rows = tryItPredictions();

  it('has a row per GPU: RTX 3060, RTX 4090, H100 SXM, A100 SXM', () => {
    expect(rows.map((r) => r.hardware)).toEqual([...TRY_IT_HARDWARE]);
  });

  it.each(TRY_IT_HARDWARE.flatMap((hw) => TRY_IT_MODELS.map((m) => [hw, m] as const)))(
    '%s, %s: equals imageEstimate at 512², 1 step, guidance off, the profile defaults',
    (hw, model) => {
      const row = rows.find((r) => r.hardware === hw);
      const expected = imageEstimate({ model, width: 512, height: 512, steps: 1, guidance: false, hardware: hw });
      expect(row?.estimates[model]).toEqual(expected);
      expect(row?.estimates[model].seconds).toBe(expected.seconds);
      expect(row?.estimates[model].cost).toMatchObject({ width: 512, height: 512, steps: 1, cfg: false });
    },
  );

  it('uses fp16 with the GeForce FP32-accumulate rate; a one-step job on a data-centre card is not compute-bound', () => {
    for (const r of rows) {
      for (const m of TRY_IT_MODELS) expect(r.estimates[m].time.dtype).toBe('fp16');
    }
    const h100 = rows.find((r) => r.hardware === 'h100-sxm');
    expect(h100?.estimates['sdxl-turbo'].time.bound).not.toBe('compute');
    const rtx3060 = rows.find((r) => r.hardware === 'rtx-3060');
    expect(rtx3060?.estimates['sdxl-turbo'].time.peakFlopsPerSecond).toBe(25.25e12);
  });

  it('attaches the measured SDXL-Turbo A100 point (whole image, not the UNet alone) and nothing else', () => {
    const a100 = rows.find((r) => r.hardware === 'a100-sxm');
    const check = realityChecks().find((c) => c.id === 'sdxl-turbo-a100');
    expect(a100?.measured['sdxl-turbo']).toEqual(check);
    expect(a100?.measured['sdxl-turbo']?.predicted).toBe(a100?.estimates['sdxl-turbo'].seconds);
    const others = rows.flatMap((r) => Object.keys(r.measured).map((m) => `${r.hardware}/${m}`));
    expect(others).toEqual(['a100-sxm/sdxl-turbo']);
  });

  it('predicts 0.3–0.5 s of arithmetic on an RTX 3060 (4.1 TFLOP at 40–50% of its ~25 TFLOPS dense FP16 with FP32 accumulate)', () => {
    const rtx3060 = rows.find((r) => r.hardware === 'rtx-3060');
    expect(rtx3060?.estimates['sdxl-turbo'].seconds).toBeGreaterThan(0.35);
    expect(rtx3060?.estimates['sdxl-turbo'].seconds).toBeLessThan(0.5);
    expect(rtx3060?.estimates['sd-turbo'].seconds).toBeGreaterThan(0.25);
    expect(rtx3060?.estimates['sd-turbo'].seconds).toBeLessThan(0.4);
  });
});

describe('weightFootprint', () => {
  it('is the engine’s parameter counts × 2 bytes in fp16', () => {
    for (const m of TRY_IT_MODELS) {
      const p = imageCost(tryItSetting(m)).params;
      const total = p.textEncoders + p.denoiser + p.vaeDecoder;
      expect(weightFootprint(m)).toEqual({ params: { ...p, total }, bytes: 2 * total });
      expect(weightFootprint(m, 'fp32').bytes).toBe(4 * total);
    }
  });
  it('SDXL-Turbo is about 7 GB in fp16 (2.6 B UNet + ~0.8 B text encoders, 2 bytes each)', () => {
    expect(weightFootprint('sdxl-turbo').bytes / 1e9).toBeCloseTo(7, 0);
  });
});

describe('methodsNumber', () => {
  it('formats weights and parameters', () => {
    expect(methodsNumber({ show: 'weights', model: 'sdxl-turbo' })).toBe(
      formatSI(weightFootprint('sdxl-turbo').bytes, { unit: 'B' }),
    );
    expect(methodsNumber({ show: 'params-total', model: 'sd-turbo' })).toBe(
      formatParams(weightFootprint('sd-turbo').params.total),
    );
    expect(() => methodsNumber({ show: 'weights', model: 'sdxl' })).toThrow(RangeError);
    // @ts-expect-error: an unknown quantity fails the build
    expect(() => methodsNumber({ show: 'nope' })).toThrow(RangeError);
  });
  it('the SD-VAE decoder at 256² is about 14× a ViT-B over 256 tokens, as RAE reports in "GFLOPs" (MACs)', () => {
    const r = vaeVersusVitB();
    expect(r.ratio).toBeGreaterThan(13);
    expect(r.ratio).toBeLessThan(15);
    expect(methodsNumber({ show: 'sd-vae-over-vit-b' })).toBe('14×');
  });
});
