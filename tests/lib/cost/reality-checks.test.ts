import { describe, expect, it } from 'vitest';
import { imageEstimate } from '../../../src/lib/cost/image-estimate.ts';
import { realityChecks } from '../../../src/lib/cost/reality-checks.ts';

describe('realityChecks', () => {
  const checks = realityChecks();

  it('realityChecks() lists the MLPerf, fal.ai and Stability AI data points with their measured values', () => {
    const measured = Object.fromEntries(checks.map((c) => [c.id, c.measured]));
    expect(measured['mlperf-sdxl-h100']).toBeCloseTo(1 / 1.64, 10);
    expect(measured['fal-sdxl-a100']).toBe(5.93);
    expect(measured['fal-sd15-a100']).toBe(1.59);
    expect(measured['sdxl-turbo-a100']).toBe(0.207);
    expect(measured['sdxl-turbo-unet-a100']).toBe(0.067);
    expect(measured['mlperf-sdxl-maxq-energy']).toBeCloseTo(4750 / 9.65, 6);
  });

  it('realityChecks(): ids are unique; each has an https source, notes and ratio = predicted / measured', () => {
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
    for (const c of checks) {
      expect(c.sourceUrl).toMatch(/^https:\/\//);
      expect(c.notes.length).toBeGreaterThan(20);
      expect(c.ratio).toBe(c.predicted / c.measured);
      expect(Number.isFinite(c.ratio) && c.ratio > 0).toBe(true);
    }
  });

  it('realityChecks(): the MLPerf prediction is the engine estimate for SDXL 1024², 20 steps, guidance 8 on H100 SXM in TensorRT INT8', () => {
    const mlperf = checks.find((c) => c.id === 'mlperf-sdxl-h100');
    const e = imageEstimate({
      model: 'sdxl',
      steps: 20,
      guidance: 8,
      hardware: 'h100-sxm',
      dtype: 'int8',
      software: 'tensorrt',
    });
    expect(mlperf?.predicted).toBe(e.seconds);
    expect(mlperf?.setting).toEqual({ model: 'sdxl', width: 1024, height: 1024, steps: 20, cfg: true });
  });

  it('realityChecks(): the points that are also in the fitted dataset come out within 25%', () => {
    const calibrated = checks.filter((c) => c.calibrated);
    expect(calibrated.map((c) => c.id).sort()).toEqual(['fal-sd15-a100', 'fal-sdxl-a100']);
    for (const c of calibrated) expect(Math.abs(Math.log(c.ratio))).toBeLessThan(Math.log(1.25));
  });
});
