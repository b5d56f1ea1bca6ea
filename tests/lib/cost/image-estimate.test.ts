import { describe, expect, it } from 'vitest';
import { getHardware, HARDWARE_IDS } from '../../../src/lib/cost/hardware.ts';
import { imageCost } from '../../../src/lib/cost/image-cost.ts';
import { imageBytesMoved, imageEstimate } from '../../../src/lib/cost/image-estimate.ts';

describe('imageBytesMoved', () => {
  it('imageBytesMoved(sdxl, 20 steps, fp16) = 20 × denoiser params × 2 B + encoder and VAE weights once', () => {
    const cost = imageCost({ model: 'sdxl', steps: 20 });
    const b = imageBytesMoved(cost, 'fp16');
    expect(b.denoiserBytes).toBe(20 * cost.params.denoiser * 2);
    expect(b.onceBytes).toBe((cost.params.textEncoders + cost.params.vaeDecoder) * 2);
    expect(b.bytes).toBe(b.denoiserBytes + b.onceBytes);
  });

  it('imageBytesMoved: CFG (a batch of 2) does not add weight traffic; fp8 halves it', () => {
    const on = imageCost({ model: 'sd15', steps: 30, guidance: true });
    const off = imageCost({ model: 'sd15', steps: 30, guidance: false });
    expect(imageBytesMoved(on, 'fp16')).toEqual(imageBytesMoved(off, 'fp16'));
    expect(imageBytesMoved(on, 'fp8').bytes).toBe(imageBytesMoved(on, 'fp16').bytes / 2);
  });

  it('imageBytesMoved(dtype: "fp64") throws a RangeError listing dtypes', () => {
    expect(() => imageBytesMoved(imageCost({ model: 'sd15' }), 'fp64' as never)).toThrow(/dtype must be one of/);
  });
});

describe('imageEstimate', () => {
  it('imageEstimate(sdxl 1024², 20 steps, CFG, rtx-4090) at 35–85% utilisation takes 2–5 s (facts.md §7)', () => {
    for (const utilisation of [0.35, 0.85]) {
      const e = imageEstimate({ model: 'sdxl', steps: 20, guidance: 8, hardware: 'rtx-4090', utilisation });
      expect(e.seconds).toBeGreaterThan(1.5);
      expect(e.seconds).toBeLessThan(5.5);
    }
  });

  it.each(HARDWARE_IDS.filter((id) => getHardware(id).kind === 'gpu'))(
    'imageEstimate(sdxl 1024², %s) is compute-bound (facts.md §1 roofline note)',
    (hardware) => {
      expect(imageEstimate({ model: 'sdxl', steps: 20, hardware }).time.bound).toBe('compute');
    },
  );

  it('imageEstimate: joules, wattHours, imagesPerKWh and imagesPerSecond follow from seconds and board power', () => {
    const e = imageEstimate({ model: 'flux-schnell', hardware: 'h100-sxm' });
    expect(e.joules).toBe(e.seconds * 700);
    expect(e.wattHours).toBe(e.joules / 3600);
    expect(e.imagesPerKWh).toBeCloseTo(3.6e6 / e.joules, 9);
    expect(e.imagesPerSecond).toBe(1 / e.seconds);
    expect(e.energy.upperBound).toBe(true);
  });

  it('imageEstimate(laptop-cpu) defaults to fp32 and 4-byte weights', () => {
    const e = imageEstimate({ model: 'sd-turbo', hardware: 'laptop-cpu' });
    expect(e.time.dtype).toBe('fp32');
    expect(e.bytesMoved.bytes).toBe(imageBytesMoved(e.cost, 'fp32').bytes);
  });

  it('imageEstimate(laptop-cpu, fp16) throws: the CPU profile only has fp32', () => {
    expect(() => imageEstimate({ model: 'sd-turbo', hardware: 'laptop-cpu', dtype: 'fp16' })).toThrow(
      /dtype must be one of fp32 on hardware "laptop-cpu"/,
    );
  });

  it('imageEstimate: higher utilisation never makes an image slower', () => {
    const slow = imageEstimate({ model: 'sd3-medium', hardware: 'l4', utilisation: 0.2 });
    const fast = imageEstimate({ model: 'sd3-medium', hardware: 'l4', utilisation: 0.9 });
    expect(fast.seconds).toBeLessThanOrEqual(slow.seconds);
  });
});
