import { describe, expect, it } from 'vitest';
import {
  describeDevice,
  formatLongSeconds,
  formatSizes,
  summariseDevice,
} from '../../../src/components/device/device-summary.ts';
import { imageEstimate } from '../../../src/lib/index.ts';
import { SAMPLE } from '../../lib/device/fixtures.ts';

describe('summariseDevice', () => {
  it('prices one 20-step SDXL image at 1024² at the measured fp32 rate and compares it with an H100 SXM', () => {
    const s = summariseDevice(SAMPLE);
    const h100 = imageEstimate({
      model: 'sdxl',
      width: 1024,
      height: 1024,
      steps: 20,
      guidance: true,
      hardware: 'h100-sxm',
    });
    expect(s.imageFlops).toBe(h100.cost.flops);
    // The measured rate is the compute roof; per-kernel costs add well under 1%.
    expect(s.deviceSeconds / (s.imageFlops / SAMPLE.flopsPerSecond)).toBeGreaterThanOrEqual(1);
    expect(s.deviceSeconds / (s.imageFlops / SAMPLE.flopsPerSecond)).toBeLessThan(1.01);
    expect(s.h100Seconds).toBe(h100.seconds);
    expect(s.ratioToH100).toBeCloseTo(s.deviceSeconds / h100.seconds, 9);
    expect(s.ratioToH100).toBeGreaterThan(1000);
  });

  it('says what was measured, the image time and the random map time', () => {
    const text = describeDevice(summariseDevice(SAMPLE));
    expect(text.rate).toContain('30 products of 384×384 · 384×384 float32 matrices');
    expect(text.rate).toContain('WebAssembly SIMD');
    expect(text.image).toMatch(/^One 20-step SDXL image at 1024² \(guidance on, .*\) would take about .* here: /);
    expect(text.image).toContain('H100 SXM5');
    expect(text.map).toBe(
      "A random 1024 × 1024 RGB pixel map took 4.00 ms here (the site's generator, in the same worker).",
    );
    expect(describeDevice(summariseDevice({ ...SAMPLE, randomMapSeconds: null })).map).toBeNull();
    expect(formatSizes(SAMPLE)).toBe('384×384 · 384×384');
  });
});

describe('formatLongSeconds', () => {
  it('uses the site format up to two days, then days', () => {
    expect(formatLongSeconds(90)).toBe('90.0 s');
    expect(formatLongSeconds(36 * 3600)).toBe('36.0 h');
    expect(formatLongSeconds(3 * 86400)).toBe('3.00 days');
    expect(formatLongSeconds(1234.4 * 86400)).toBe('1,234 days');
  });
});
