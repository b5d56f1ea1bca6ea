/**
 * The pipeline diagram's numbers (src/components/pipeline/pipeline.ts): stages in order, each
 * cost stage's FLOPs and share equal to the engine's breakdown, and the shares shown summing to
 * 100% within rounding.
 */
import { describe, expect, test } from 'vitest';
import { pipeline } from '../../../src/components/pipeline/pipeline.ts';
import { imageCost } from '../../../src/lib/index.ts';

const SETTINGS = [
  {},
  { model: 'sdxl', width: 1024, steps: 50, guidance: true },
  { model: 'sdxl-turbo', width: 512, steps: 1, guidance: false },
  { model: 'flux-dev', width: 1024, steps: 28 },
  { model: 'flux-schnell', width: 2048, steps: 4 },
  { model: 'sd15', width: 512, steps: 50, guidance: 7.5 },
  { model: 'dit-xl-2', width: 256, steps: 50, guidance: true },
];

/** "96.2%" → 96.2 */
const percent = (text: string) => Number(text.replace('%', ''));

describe('pipeline()', () => {
  test('defaults to SDXL at 1024 × 1024, 20 steps with guidance: 40 denoiser calls', () => {
    const p = pipeline();
    expect(p.cost.model).toBe('sdxl');
    expect([p.cost.width, p.cost.height, p.cost.steps, p.cost.cfg]).toEqual([1024, 1024, 20, true]);
    expect(p.stages.map((s) => s.id)).toEqual(['prompt', 'textEncoder', 'denoiser', 'vae', 'image']);
    expect(p.stages[2].runs).toBe('× 40 calls');
    expect(p.stages[2].detail).toBe('20 steps × 2 for guidance');
  });

  for (const setting of SETTINGS) {
    test(`${JSON.stringify(setting)}: each stage's FLOPs and share equal the engine's breakdown`, () => {
      const p = pipeline(setting);
      const width = setting.width ?? 1024;
      const c = imageCost({
        model: setting.model ?? 'sdxl',
        width,
        height: width,
        steps: setting.steps ?? 20,
        guidance: setting.guidance ?? true,
      });
      const byId = Object.fromEntries(p.stages.map((s) => [s.id, s]));
      expect(byId.textEncoder.flops).toBe(c.breakdown.textEncoder.flops);
      expect(byId.denoiser.flops).toBe(c.breakdown.denoiser.flops);
      expect(byId.vae.flops).toBe(c.breakdown.vae.flops);
      expect(byId.textEncoder.share).toBeCloseTo(c.breakdown.textEncoder.flops / c.flops, 12);
      expect(byId.denoiser.share).toBeCloseTo(c.breakdown.denoiser.flops / c.flops, 12);
      expect(byId.vae.share).toBeCloseTo(c.breakdown.vae.flops / c.flops, 12);
      expect(byId.denoiser.runs).toBe(`× ${c.denoiserCalls} call${c.denoiserCalls === 1 ? '' : 's'}`);
      expect(byId.prompt.share).toBeNull();
      expect(byId.image.share).toBeNull();
    });

    test(`${JSON.stringify(setting)}: the shares shown sum to 100% within rounding`, () => {
      const shown = pipeline(setting)
        .stages.filter((s) => s.share !== null)
        .map((s) => percent(s.shareText));
      const exact = pipeline(setting)
        .stages.filter((s) => s.share !== null)
        .reduce((sum, s) => sum + (s.share ?? 0), 0);
      expect(exact).toBeCloseTo(1, 12);
      expect(Math.abs(shown.reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(0.1);
      for (const s of pipeline(setting).stages.filter((x) => x.share !== null)) {
        // Each printed share is the exact one rounded to the digits shown.
        expect(Math.abs(percent(s.shareText) - 100 * (s.share ?? 0))).toBeLessThanOrEqual(0.05);
      }
    });
  }

  test('a class-conditional DiT has no text encoder, and says so', () => {
    const p = pipeline({ model: 'dit-xl-2', width: 256, steps: 50 });
    expect(p.stages[1].label).toMatch(/no text encoder/);
    expect(p.stages[1].flops).toBe(0);
  });

  test('a bad setting fails with the engine’s RangeError (the build fails loudly)', () => {
    expect(() => pipeline({ model: 'nope' })).toThrow(RangeError);
    expect(() => pipeline({ steps: 0 })).toThrow(RangeError);
  });
});
