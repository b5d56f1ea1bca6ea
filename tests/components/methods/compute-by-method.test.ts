import { describe, expect, it } from 'vitest';
import {
  computeByMethod,
  formatSize,
  formatTimes,
  METHOD_SETTINGS,
  REFERENCE_METHOD,
} from '../../../src/components/methods/compute-by-method.ts';
import { imageCost } from '../../../src/lib/index.ts';

describe('computeByMethod', () => {
  const rows = computeByMethod();

  it('has one row per setting, with unique ids', () => {
    expect(rows).toHaveLength(METHOD_SETTINGS.length);
    expect(new Set(rows.map((r) => r.method.id)).size).toBe(METHOD_SETTINGS.length);
  });

  it.each(METHOD_SETTINGS.map((m) => [m.id, m] as const))(
    '%s: flops equal imageCost(setting).flops exactly',
    (_, m) => {
      const row = rows.find((r) => r.method.id === m.id);
      const cost = imageCost(m.setting);
      expect(row?.flops).toBe(cost.flops);
      expect(row?.cost).toEqual(cost);
      expect(row?.vaeShare).toBe(cost.breakdown.vae.flops / cost.flops);
    },
  );

  it('sorts the rows by FLOPs, largest first', () => {
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].flops).toBeGreaterThanOrEqual(rows[i].flops);
  });

  it('takes ratios against SDXL-Turbo, 1 step, 512², which is 1', () => {
    const ref = rows.find((r) => r.method.id === REFERENCE_METHOD);
    expect(ref?.timesReference).toBe(1);
    expect(ref?.cost).toMatchObject({ model: 'sdxl-turbo', width: 512, height: 512, steps: 1, cfg: false });
    for (const r of rows) expect(r.timesReference).toBe(r.flops / (ref?.flops ?? Number.NaN));
  });

  it('SDXL at 512² with CFG costs 16–39× one SDXL-Turbo step; the VAE is ~60% of it', () => {
    const by = (id: string) => rows.find((r) => r.method.id === id);
    expect(by('sdxl-512-20')?.timesReference).toBeGreaterThan(15);
    expect(by('sdxl-512-20')?.timesReference).toBeLessThan(17);
    expect(by('sdxl-512-50')?.timesReference).toBeGreaterThan(37);
    expect(by('sdxl-512-50')?.timesReference).toBeLessThan(40);
    expect(by(REFERENCE_METHOD)?.vaeShare).toBeCloseTo(0.6, 1);
  });

  it('marks a 1–4-step setting few-step and every other one many-step', () => {
    for (const r of rows) expect(r.method.kind).toBe(r.cost.steps <= 4 ? 'few-step' : 'many-step');
  });

  it('states every row size explicitly, so comparisons say their resolution', () => {
    for (const m of METHOD_SETTINGS) {
      expect(m.setting.width).toBeGreaterThan(0);
      expect(m.setting.height).toBe(m.setting.width);
    }
  });

  it('throws a RangeError without the reference row', () => {
    expect(() => computeByMethod(METHOD_SETTINGS.filter((m) => m.id !== REFERENCE_METHOD))).toThrow(RangeError);
  });
});

describe('formatTimes and formatSize', () => {
  it('rounds ratios like CostRatio', () => {
    expect(formatTimes(38.32)).toBe('38×');
    expect(formatTimes(2.13)).toBe('2.1×');
    expect(formatTimes(0.797)).toBe('0.80×');
    expect(() => formatTimes(0)).toThrow(RangeError);
  });
  it('writes squares as n²', () => {
    expect(formatSize(512, 512)).toBe('512²');
    expect(formatSize(768, 512)).toBe('768 × 512');
  });
});
