import { describe, expect, it } from 'vitest';
import { estimateSeconds } from '../../../src/lib/cost/estimate-seconds.ts';
import { defineHardware, getHardware, HARDWARE_IDS } from '../../../src/lib/cost/hardware.ts';

describe('estimateSeconds', () => {
  it('estimateSeconds(compute-heavy) is compute-bound: flops / (peak × utilisation)', () => {
    const h = getHardware('h100-sxm');
    const r = estimateSeconds({ flops: 1e15, bytes: 1e9, hardware: 'h100-sxm', utilisation: 0.5 });
    expect(r.bound).toBe('compute');
    expect(r.seconds).toBe(1e15 / ((h.denseFlopsPerSecond.fp16 ?? 0) * 0.5));
    expect(r.memorySeconds).toBe(1e9 / h.memoryBytesPerSecond);
  });

  it('estimateSeconds(memory-heavy) is memory-bound: bytes / bandwidth', () => {
    const r = estimateSeconds({ flops: 1e9, bytes: 1e12, hardware: 'rtx-4090' });
    expect(r.bound).toBe('memory');
    expect(r.seconds).toBe(r.memorySeconds);
  });

  it.each(HARDWARE_IDS)('estimateSeconds(%s): seconds = max(computeSeconds, memorySeconds) for any mix', (id) => {
    for (const [flops, bytes] of [
      [1e12, 1e6],
      [1e9, 1e10],
      [0, 5e8],
      [3e14, 0],
    ]) {
      const r = estimateSeconds({ flops, bytes, hardware: id });
      expect(r.seconds).toBe(Math.max(r.computeSeconds, r.memorySeconds));
      expect(r.bound).toBe(r.memorySeconds > r.computeSeconds ? 'memory' : 'compute');
    }
  });

  it.each(HARDWARE_IDS)('estimateSeconds(%s): time is non-increasing as utilisation rises', (id) => {
    let previous = Number.POSITIVE_INFINITY;
    for (const utilisation of [0.05, 0.1, 0.25, 0.4, 0.6, 0.8, 1]) {
      const r = estimateSeconds({ flops: 1e14, bytes: 1e10, hardware: id, utilisation });
      expect(r.seconds).toBeLessThanOrEqual(previous);
      previous = r.seconds;
    }
  });

  it('estimateSeconds defaults dtype and utilisation to the profile defaults', () => {
    const h = getHardware('a100-sxm');
    const r = estimateSeconds({ flops: 1e12, hardware: 'a100-sxm' });
    expect(r.dtype).toBe('fp16');
    expect(r.utilisation).toBe(h.defaultUtilisation);
    expect(r.peakFlopsPerSecond).toBe(h.denseFlopsPerSecond.fp16);
  });

  it('estimateSeconds(rtx-4090, fp16) uses 165.2 TFLOPS, not the 330.3 FP16-accumulate rate', () => {
    expect(estimateSeconds({ flops: 1, hardware: 'rtx-4090', dtype: 'fp16' }).peakFlopsPerSecond).toBeCloseTo(
      165.2e12,
      -9,
    );
  });

  it('estimateSeconds accepts a profile object (a measured your-device)', () => {
    const mine = defineHardware({
      id: 'your-device',
      name: 'Your device',
      denseFlopsPerSecond: { fp32: 1e12 },
      memoryBytesPerSecond: 5e10,
      boardWatts: 20,
      defaultUtilisation: 1,
    });
    const r = estimateSeconds({ flops: 2e12, hardware: mine });
    expect(r.seconds).toBe(2);
    expect(r.hardware).toBe('your-device');
  });

  it.each([0, -0.1, 1.01, Number.NaN])('estimateSeconds(utilisation: %f) throws a RangeError naming (0, 1]', (u) => {
    expect(() => estimateSeconds({ flops: 1, hardware: 'l4', utilisation: u })).toThrow(RangeError);
    expect(() => estimateSeconds({ flops: 1, hardware: 'l4', utilisation: u })).toThrow(/utilisation must be/);
  });

  it('estimateSeconds(dtype: "int4") throws a RangeError listing the dtypes', () => {
    expect(() => estimateSeconds({ flops: 1, hardware: 'l4', dtype: 'int4' as never })).toThrow(
      /dtype must be one of fp16, bf16, fp8, int8, tf32, fp32; got "int4"/,
    );
  });

  it('estimateSeconds(a100-sxm, fp8) throws: the A100 has no FP8, and the message lists what it has', () => {
    expect(() => estimateSeconds({ flops: 1, hardware: 'a100-sxm', dtype: 'fp8' })).toThrow(
      /dtype must be one of fp16, bf16, int8, tf32, fp32 on hardware "a100-sxm"; got "fp8"/,
    );
  });

  it('estimateSeconds(hardware: "v100") throws a RangeError listing the hardware ids', () => {
    expect(() => estimateSeconds({ flops: 1, hardware: 'v100' })).toThrow(
      /hardware must be one of h100-sxm, .*laptop-cpu/,
    );
  });

  it('estimateSeconds(flops: -1) and (bytes: "1") throw', () => {
    expect(() => estimateSeconds({ flops: -1, hardware: 'l4' })).toThrow(RangeError);
    expect(() => estimateSeconds({ flops: 1, bytes: '1' as never, hardware: 'l4' })).toThrow(TypeError);
  });
});
