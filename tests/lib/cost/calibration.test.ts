import { describe, expect, it } from 'vitest';
import { committedValidation } from '../../../src/components/latency/validation.ts';
import { LATENCY_VALIDATION } from '../../../src/data/latency-validation.ts';
import { ENERGY_MEASUREMENTS, MEASUREMENTS } from '../../../src/data/measurements.ts';
import {
  fitLatency,
  measuredSeconds,
  measurementHardware,
  summariseValidation,
  validateLatency,
} from '../../../src/lib/cost/calibration.ts';
import { renderParamsModule, validationRecords } from '../../../src/lib/cost/calibration-files.ts';
import { DTYPES } from '../../../src/lib/cost/dtype.ts';
import { SOFTWARE_STACKS } from '../../../src/lib/cost/latency.ts';
import { LATENCY_PARAMS } from '../../../src/lib/cost/latency-params.ts';
import { MODEL_IDS } from '../../../src/lib/cost/models.ts';

const ALL = [...MEASUREMENTS, ...ENERGY_MEASUREMENTS];

describe('the measurement dataset', () => {
  it('has at least 25 fitted timings on at least four cards (RTX 4090 and H100 among them) and four models', () => {
    const fitted = MEASUREMENTS.filter((m) => m.fit);
    expect(fitted.length).toBeGreaterThanOrEqual(25);
    const cards = new Set(fitted.map((m) => m.hardware));
    expect(cards.size).toBeGreaterThanOrEqual(4);
    expect(cards).toContain('rtx-4090');
    expect(cards).toContain('h100-sxm');
    const models = new Set(fitted.map((m) => m.model));
    for (const m of ['sd15', 'sdxl', 'sd3-medium']) expect(models).toContain(m);
    expect(models.size).toBeGreaterThanOrEqual(4);
  });

  it.each(ALL.map((m) => [m.id, m] as const))('%s: every field is complete and well formed', (_id, m) => {
    expect(m.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(MODEL_IDS as readonly string[]).toContain(m.model);
    expect(Number.isInteger(m.width) && m.width > 0).toBe(true);
    expect(Number.isInteger(m.height) && m.height > 0).toBe(true);
    if (m.scope !== 'step') expect(Number.isInteger(m.steps) && (m.steps as number) > 0).toBe(true);
    expect(typeof m.cfg).toBe('boolean');
    if (m.fit) expect(Number.isInteger(m.batch) && (m.batch as number) > 0).toBe(true);
    expect(DTYPES as readonly string[]).toContain(m.precision);
    expect(SOFTWARE_STACKS as readonly string[]).toContain(m.software);
    expect(m.softwareDetail.length).toBeGreaterThan(3);
    expect(m.gpu.length).toBeGreaterThan(1);
    expect(() => measurementHardware(m.hardware)).not.toThrow();
    expect(['pipeline', 'denoiser', 'step']).toContain(m.scope);
    expect(Number.isFinite(m.value) && m.value > 0).toBe(true);
    expect(m.unit.length).toBeGreaterThan(0);
    const url = new URL(m.sourceUrl);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toMatch(/\./);
    expect(m.quote.length).toBeGreaterThan(10);
    expect(m.quote.length).toBeLessThanOrEqual(300);
    // A year alone where the source shows no month.
    expect(m.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(m.fit ? m.excludedBecause === null : m.excludedBecause === null || m.excludedBecause.length > 10).toBe(true);
  });

  it('ids are unique, and every timing converts to positive seconds', () => {
    expect(new Set(ALL.map((m) => m.id)).size).toBe(ALL.length);
    for (const m of MEASUREMENTS) expect(measuredSeconds(m)).toBeGreaterThan(0);
  });

  it('excluded records say why', () => {
    for (const m of MEASUREMENTS.filter((x) => !x.fit)) expect(m.excludedBecause?.length ?? 0).toBeGreaterThan(10);
  });
});

describe('the fit', () => {
  // One fit and one leave-one-out pass (about 5 s), shared by the checks below.
  const fit = fitLatency(MEASUREMENTS);
  const rows = validateLatency(MEASUREMENTS, { params: fit.params });

  it('is reproducible: the committed parameters equal a re-fit', () => {
    expect(renderParamsModule(fit.params)).toBe(renderParamsModule(LATENCY_PARAMS));
  });

  it('the committed validation equals a recomputation (npm run fit)', () => {
    expect(LATENCY_VALIDATION).toEqual(validationRecords(rows));
  });

  it('the summary the page shows equals the one recomputed from the data', () => {
    const shown = committedValidation().summary;
    const recomputed = summariseValidation(rows);
    expect(shown.points).toBe(recomputed.points);
    expect(shown.within125).toBe(recomputed.within125);
    expect(shown.within2).toBe(recomputed.within2);
    expect(shown.worstId).toBe(recomputed.worstId);
    expect(shown.worstFactor).toBeCloseTo(recomputed.worstFactor, 9);
  });

  it('every fitted parameter is physical: fractions in (0, 1], times positive and below a millisecond', () => {
    for (const eta of Object.values(fit.params.matmulEfficiency)) expect(eta).toBeGreaterThan(0.05);
    for (const eta of Object.values(fit.params.matmulEfficiency)) expect(eta).toBeLessThanOrEqual(1);
    expect(fit.params.kernelSeconds).toBeGreaterThan(0);
    expect(fit.params.kernelSeconds).toBeLessThan(1e-3);
    expect(fit.params.hostSecondsPerKernel.eager).toBeGreaterThan(0);
    expect(fit.params.hostSecondsPerKernel.eager).toBeLessThan(1e-3);
    for (const share of Object.values(fit.params.elementwiseShare)) expect(share).toBeLessThanOrEqual(1);
  });

  it('leave-one-out: every fitted point within 2×; the share within 1.25× is reported', () => {
    const s = summariseValidation(rows);
    expect(s.within2).toBe(1);
    expect(s.within125).toBeGreaterThan(0.7);
    expect(s.points).toBe(MEASUREMENTS.filter((m) => m.fit).length);
  });

  it('refuses too few points with a RangeError', () => {
    expect(() => fitLatency(MEASUREMENTS.slice(0, 3))).toThrow(RangeError);
  });
});
