import { describe, expect, it } from 'vitest';
import { estimateSeconds } from '../../../src/lib/cost/estimate-seconds.ts';
import { imageEstimate } from '../../../src/lib/cost/image-estimate.ts';
import {
  ASSUMED_DEVICE_BYTES_PER_SECOND,
  ASSUMED_DEVICE_WATTS,
  buildDeviceProfile,
  DEVICE_PROFILE_ID,
} from '../../../src/lib/device/device-profile.ts';
import { SAMPLE } from './fixtures.ts';

describe('buildDeviceProfile', () => {
  it('makes a your-device profile: measured fp32 rate at utilisation 1, named after its path', () => {
    const p = buildDeviceProfile(SAMPLE);
    expect(p.id).toBe(DEVICE_PROFILE_ID);
    expect(p.name).toBe('Your device (measured in this browser, wasm-simd)');
    expect(p.kind).toBe('cpu');
    expect(p.denseFlopsPerSecond).toEqual({ fp32: SAMPLE.flopsPerSecond });
    expect(p.defaultDtype).toBe('fp32');
    expect(p.defaultUtilisation).toBe(1);
    expect(p.utilisationBasis).toBe('measured');
    expect(p.memoryBytesPerSecond).toBe(12e9);
    expect(p.boardWatts).toBe(ASSUMED_DEVICE_WATTS.cpu);
    expect(p.utilisationDerivation).toContain('384×384 by 384×384');
    expect(p.utilisationDerivation).toContain('2025-10-14');
    expect(p.note).toContain('assumption');
  });

  it('labels WebGPU as a GPU with the GPU power assumption, and states an assumed bandwidth when none was measured', () => {
    const p = buildDeviceProfile({ ...SAMPLE, path: 'webgpu', memoryBytesPerSecond: null });
    expect(p.kind).toBe('gpu');
    expect(p.boardWatts).toBe(ASSUMED_DEVICE_WATTS.gpu);
    expect(p.memoryBytesPerSecond).toBe(ASSUMED_DEVICE_BYTES_PER_SECOND);
    expect(p.note).toContain('assumed; not measured');
  });

  it('plugs into the cost engine: seconds = FLOPs / measured rate', () => {
    const p = buildDeviceProfile(SAMPLE);
    const t = estimateSeconds({ flops: SAMPLE.flopsPerSecond * 3, hardware: p });
    expect(t.seconds).toBeCloseTo(3, 12);
    const img = imageEstimate({ model: 'sdxl', width: 1024, height: 1024, steps: 20, hardware: p, dtype: 'fp32' });
    // The measured rate is the compute roof; per-kernel costs come on top (well under 1% here).
    // (The negative prompt's text-encoder pass adds a little compute beyond the image's FLOP count.)
    expect(img.time.computeSeconds / (img.cost.flops / SAMPLE.flopsPerSecond)).toBeGreaterThanOrEqual(1);
    expect(img.time.computeSeconds / (img.cost.flops / SAMPLE.flopsPerSecond)).toBeLessThan(1.001);
    expect(img.seconds / img.time.computeSeconds).toBeLessThan(1.01);
    expect(img.time.bound).toBe('compute');
  });

  it.each([
    ['NaN', Number.NaN],
    ['negative', -1e9],
    ['zero', 0],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('rejects a %s rate with a RangeError naming flopsPerSecond', (_label, rate) => {
    expect(() => buildDeviceProfile({ ...SAMPLE, flopsPerSecond: rate })).toThrow(RangeError);
    expect(() => buildDeviceProfile({ ...SAMPLE, flopsPerSecond: rate })).toThrow(/^flopsPerSecond/);
  });
});
