import { describe, expect, it } from 'vitest';
import { DTYPES } from '../../../src/lib/cost/dtype.ts';
import {
  ASSUMED_UTILISATION,
  availableDtypes,
  defineHardware,
  explainUtilisation,
  getHardware,
  HARDWARE_IDS,
  listHardware,
  resolveHardware,
} from '../../../src/lib/cost/hardware.ts';
import { LATENCY_PARAMS } from '../../../src/lib/cost/latency-params.ts';

const T = 1e12;

describe('hardware profiles', () => {
  it('listHardware() returns one profile per HARDWARE_IDS id, in order', () => {
    expect(listHardware().map((h) => h.id)).toEqual([...HARDWARE_IDS]);
  });

  it.each(HARDWARE_IDS)('getHardware(%s) cites https sources with a YYYY-MM as-of date', (id) => {
    const h = getHardware(id);
    expect(h.sources.length).toBeGreaterThan(0);
    for (const s of h.sources) {
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.asOf).toMatch(/^20\d\d-\d\d$/);
    }
    expect(h.memoryBytesPerSecond).toBeGreaterThan(0);
    expect(h.boardWatts).toBeGreaterThan(0);
    expect(availableDtypes(h)).toContain(h.defaultDtype);
  });

  it.each(HARDWARE_IDS)('getHardware(%s): the peak is never the "with sparsity" headline', (id) => {
    const h = getHardware(id);
    for (const dtype of DTYPES) {
      const sparse = h.sparseHeadlineFlopsPerSecond[dtype];
      const dense = h.denseFlopsPerSecond[dtype];
      if (sparse !== undefined && dense !== undefined) expect(dense).toBeLessThanOrEqual(sparse / 2 + 0.5 * T);
    }
  });

  // Dense figures of the H100 datasheet (https://www.nvidia.com/en-us/data-center/h100/) and the Ada whitepaper, Appendix A.
  it.each([
    ['h100-sxm', 989, 3.35e12, 700],
    ['h100-pcie', 756, 2.0e12, 350],
    ['rtx-4090', 165.2, 1008e9, 450],
    ['a100-sxm', 312, 2039e9, 400],
    ['l4', 121, 300e9, 72],
    ['rtx-3060', 25.25, 360e9, 170],
  ] as const)('getHardware(%s): dense FP16 %f TFLOPS, %d B/s, %i W', (id, tflops, bandwidth, watts) => {
    const h = getHardware(id);
    expect(h.denseFlopsPerSecond.fp16).toBeCloseTo(tflops * T, -9);
    expect(h.memoryBytesPerSecond).toBe(bandwidth);
    expect(h.boardWatts).toBe(watts);
  });

  it('getHardware(rtx-4090) keeps both FP16 rates and uses the FP32-accumulate one, with a reason', () => {
    const v = getHardware('rtx-4090').accumulateVariants.fp16;
    expect(v?.fp16AccumulateFlopsPerSecond).toBeCloseTo(330.3 * T, -9);
    expect(v?.fp32AccumulateFlopsPerSecond).toBeCloseTo(165.2 * T, -9);
    expect(v?.used).toBe('fp32');
    expect(v?.reason).toMatch(/PyTorch/);
    expect(getHardware('rtx-4090').denseFlopsPerSecond.fp16).toBe(v?.fp32AccumulateFlopsPerSecond);
  });

  it('getHardware(rtx-3060): ~51 / ~25 TFLOPS, derived from the 101 sparse launch figure', () => {
    const h = getHardware('rtx-3060');
    const v = h.accumulateVariants.fp16;
    expect(v?.fp16AccumulateFlopsPerSecond).toBe((h.sparseHeadlineFlopsPerSecond.fp16 ?? 0) / 2);
    expect(v?.fp32AccumulateFlopsPerSecond).toBe((h.sparseHeadlineFlopsPerSecond.fp16 ?? 0) / 4);
    expect(h.derived).toBe(true);
  });

  it('getHardware(laptop-cpu): a derived FP32-only peak, 15–28 W', () => {
    const h = getHardware('laptop-cpu');
    expect(h.derived).toBe(true);
    expect(availableDtypes(h)).toEqual(['fp32']);
    expect(h.boardWatts).toBeGreaterThanOrEqual(15);
    expect(h.boardWatts).toBeLessThanOrEqual(28);
    expect(h.note).toMatch(/Derived/);
  });

  it('H100 SXM ridge point is about 295 FLOP/byte (989 TFLOPS / 3.35 TB/s, H100 datasheet)', () => {
    const h = getHardware('h100-sxm');
    expect(Math.round((h.denseFlopsPerSecond.fp16 ?? 0) / h.memoryBytesPerSecond)).toBe(295);
  });

  it.each([
    ['h100-sxm', 'hopper'],
    ['h100-pcie', 'hopper'],
    ['rtx-4090', 'ada'],
    ['a100-sxm', 'ampere'],
    ['l4', 'ada'],
    ['rtx-3060', 'ampere'],
  ] as const)('getHardware(%s) defaults to the fitted %s kernel efficiency', (id, arch) => {
    const h = getHardware(id);
    expect(h.architecture).toBe(arch);
    expect(h.defaultUtilisation).toBe(LATENCY_PARAMS.matmulEfficiency[arch]);
    expect(h.utilisationBasis).toBe('fitted');
    expect(explainUtilisation(id)).toMatch(/Fitted/);
  });

  it('getHardware(laptop-cpu) keeps the stated 0.4 assumption', () => {
    const h = getHardware('laptop-cpu');
    expect(h.defaultUtilisation).toBe(ASSUMED_UTILISATION);
    expect(h.utilisationBasis).toBe('assumed');
    expect(explainUtilisation('laptop-cpu')).toMatch(/Assumed/);
  });

  it('getHardware("tpu") throws a RangeError listing every hardware id', () => {
    expect(() => getHardware('tpu')).toThrow(RangeError);
    expect(() => getHardware('tpu')).toThrow(
      new RegExp(`hardware must be one of ${HARDWARE_IDS.join(', ')}; got "tpu"`),
    );
  });

  it('defineHardware builds a runtime profile (your-device) that resolveHardware accepts', () => {
    const mine = defineHardware({
      id: 'your-device',
      name: 'Your device',
      denseFlopsPerSecond: { fp32: 2e12 },
      memoryBytesPerSecond: 100e9,
      boardWatts: 30,
      defaultUtilisation: 1,
    });
    expect(resolveHardware(mine)).toBe(mine);
    expect(mine.defaultDtype).toBe('fp32');
    expect(mine.utilisationBasis).toBe('measured');
  });

  it('defineHardware rejects a zero bandwidth, a utilisation of 0 and an unknown dtype key', () => {
    const base = { id: 'x', name: 'X', denseFlopsPerSecond: { fp16: 1e12 }, memoryBytesPerSecond: 1e9, boardWatts: 10 };
    expect(() => defineHardware({ ...base, memoryBytesPerSecond: 0 })).toThrow(/memoryBytesPerSecond/);
    expect(() => defineHardware({ ...base, defaultUtilisation: 0 })).toThrow(/defaultUtilisation must be .*\(0, 1\]/);
    expect(() => defineHardware({ ...base, denseFlopsPerSecond: { int4: 1e12 } as never })).toThrow(/int4/);
  });

  it('resolveHardware(42) throws a TypeError naming the accepted ids', () => {
    expect(() => resolveHardware(42)).toThrow(TypeError);
    expect(() => resolveHardware(42)).toThrow(/h100-sxm/);
  });
});
