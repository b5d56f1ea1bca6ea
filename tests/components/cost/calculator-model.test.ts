import { describe, expect, it } from 'vitest';
import type { CalculatorInput, CalculatorOk } from '../../../src/components/cost/calculator-model.ts';
import {
  computeCalculator,
  describeResult,
  formatPercent,
  mathLines,
} from '../../../src/components/cost/calculator-model.ts';
import { formatSI, imageEstimate, randomMapCost } from '../../../src/lib/index.ts';

const BASE: CalculatorInput = {
  model: 'sdxl',
  width: 1024,
  height: 1024,
  steps: 50,
  guidance: 'on',
  hw: 'h100-sxm',
  dtype: 'fp16',
  util: 47,
};

function ok(input: Partial<CalculatorInput>): CalculatorOk {
  const r = computeCalculator({ ...BASE, ...input });
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('computeCalculator', () => {
  it('equals imageEstimate for the same settings', () => {
    const r = ok({});
    const e = imageEstimate({
      model: 'sdxl',
      width: 1024,
      height: 1024,
      steps: 50,
      guidance: true,
      hardware: 'h100-sxm',
      dtype: 'fp16',
      utilisation: 0.47,
    });
    expect(r.estimate.seconds).toBe(e.seconds);
    expect(r.estimate.joules).toBe(e.joules);
    expect(r.estimate.cost.flops).toBe(e.cost.flops);
  });

  it('the ratio is image FLOPs over the random RGB map integer ops', () => {
    const r = ok({});
    const map = randomMapCost({ width: 1024, height: 1024, channels: 3 });
    expect(r.ratio).toBe(r.estimate.cost.flops / map.intOps);
    expect(r.randomMap.flops).toBe(0);
  });

  it('guidance doubles the SDXL denoiser FLOPs and leaves FLUX.1-schnell unchanged', () => {
    const on = ok({ guidance: 'on' }).estimate.cost.breakdown.denoiser.flops;
    const off = ok({ guidance: 'off' }).estimate.cost.breakdown.denoiser.flops;
    expect(on / off).toBe(2);
    const sOn = ok({ model: 'flux-schnell', steps: 4, guidance: 'on' }).estimate.cost.breakdown.denoiser.flops;
    const sOff = ok({ model: 'flux-schnell', steps: 4, guidance: 'off' }).estimate.cost.breakdown.denoiser.flops;
    expect(sOn).toBe(sOff);
  });

  it('η scales the compute part of the time inversely, and never makes an image slower', () => {
    const a = ok({ util: 40 }).estimate;
    const b = ok({ util: 80 }).estimate;
    expect(a.time.computeSeconds / b.time.computeSeconds).toBeCloseTo(2, 12);
    expect(b.seconds).toBeLessThan(a.seconds);
  });

  it('passes the software stack through, and reports a job that does not fit the card', () => {
    expect(ok({ software: 'compiled' }).estimate.software).toBe('compiled');
    const flux = ok({ model: 'flux-dev', hw: 'rtx-3060', steps: 28, guidance: 'off' });
    expect(flux.estimate.memory.verdict).toBe('too-big');
    expect(describeResult(flux)).toMatch(/Does not fit/);
  });

  it('the parts add up to one', () => {
    const s = ok({}).shares;
    expect(s.textEncoder + s.denoiser + s.vae).toBeCloseTo(1, 12);
  });

  it('falls back to the profile default dtype and says so', () => {
    const r = ok({ hw: 'a100-sxm', dtype: 'fp8' });
    expect(r.dtypeAdjusted).toBe(true);
    expect(r.dtype).toBe('fp16');
    expect(ok({ hw: 'h100-sxm', dtype: 'fp8' }).dtypeAdjusted).toBe(false);
  });

  it('returns the engine message instead of throwing for a width the model does not accept', () => {
    const r = computeCalculator({ ...BASE, width: 1000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/width must be a multiple of 32 for model "sdxl"/);
  });

  it('returns the engine message for an unknown model', () => {
    const r = computeCalculator({ ...BASE, model: '<script>' });
    expect(r.ok).toBe(false);
  });
});

describe('mathLines', () => {
  it('fills the formula with the numbers of the result', () => {
    const r = ok({ steps: 20 });
    const lines = mathLines(r);
    expect(lines[0]).toBe(
      'Denoiser calls = steps × passes per step = 20 × 2 = 40 (classifier-free guidance runs a batch of 2)',
    );
    expect(lines.join('\n')).toContain(`= ${formatSI(r.estimate.cost.flops, { unit: 'FLOP' })}`);
    expect(lines.join('\n')).toContain('700 W ×');
    expect(lines.join('\n')).toContain('integer ops, 0 FLOP');
  });
});

describe('formatting', () => {
  it('formatPercent keeps two significant digits below 10%', () => {
    expect(formatPercent(0.0016)).toBe('0.16%');
    expect(formatPercent(0.1163)).toBe('11.6%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(0)).toBe('0%');
  });
  it('describeResult names the model, settings and outcome', () => {
    expect(describeResult(ok({}))).toMatch(
      /^SDXL base 1\.0, 1024×1024, 50 steps, guidance on, on NVIDIA H100 SXM5 80 GB \(fp16, PyTorch eager \(diffusers\), η 47%\): /,
    );
    expect(describeResult(computeCalculator({ ...BASE, height: 1000 }))).toContain('height must be a multiple of 32');
  });
});
