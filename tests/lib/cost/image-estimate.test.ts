import { describe, expect, it } from 'vitest';
import { imageCost } from '../../../src/lib/cost/image-cost.ts';
import { imageEstimate } from '../../../src/lib/cost/image-estimate.ts';
import { LATENCY_PARAMS } from '../../../src/lib/cost/latency-params.ts';

describe('imageEstimate (latency model)', () => {
  it('the whole image is text encoders + steps × one step + the decode, and denoiserSeconds is the steps alone', () => {
    const e = imageEstimate({ model: 'sdxl', steps: 20, hardware: 'rtx-4090' });
    const l = e.latency;
    expect(e.seconds).toBeCloseTo(l.textEncoder.seconds + 20 * l.step.seconds + l.vaeDecoder.seconds, 12);
    expect(e.denoiserSeconds).toBeCloseTo(20 * l.step.seconds, 12);
    expect(e.denoiserSeconds).toBeLessThan(e.seconds);
  });

  it('time is exactly linear in steps: t(N) = a + N·b', () => {
    const t = (steps: number) => imageEstimate({ model: 'sd3-medium', steps, hardware: 'h100-sxm' }).seconds;
    const b = t(2) - t(1);
    for (const n of [5, 28, 100]) expect(t(n)).toBeCloseTo(t(1) + (n - 1) * b, 9);
  });

  it('SDXL 1024², 50 guided steps, eager: the H100 SXM is less than 3× faster than the RTX 4090, though its peak is 6×', () => {
    const h100 = imageEstimate({ model: 'sdxl', steps: 50, guidance: true, hardware: 'h100-sxm' }).seconds;
    const r4090 = imageEstimate({ model: 'sdxl', steps: 50, guidance: true, hardware: 'rtx-4090' }).seconds;
    expect(r4090 / h100).toBeGreaterThan(1.2);
    expect(r4090 / h100).toBeLessThan(3);
  });

  it('a compiled or TensorRT stack is never slower than eager for the same job', () => {
    for (const hardware of ['h100-sxm', 'rtx-4090', 'a100-sxm']) {
      const eager = imageEstimate({ model: 'sd15', hardware, software: 'eager' }).seconds;
      expect(imageEstimate({ model: 'sd15', hardware, software: 'compiled' }).seconds).toBeLessThan(eager);
      expect(imageEstimate({ model: 'sd15', hardware, software: 'tensorrt' }).seconds).toBeLessThan(eager);
    }
  });

  it('a batch-1 SD 1.5 step on an H100 in eager PyTorch is host-bound; at 1024² on an RTX 3060 it is compute-bound', () => {
    expect(imageEstimate({ model: 'sd15', hardware: 'h100-sxm' }).latency.step.bound).toBe('host');
    expect(imageEstimate({ model: 'sdxl', hardware: 'rtx-3060' }).latency.step.bound).toBe('compute');
  });

  it('software defaults to eager; an unknown stack throws a RangeError naming the allowed values', () => {
    expect(imageEstimate({ model: 'sd15', hardware: 'l4' }).software).toBe('eager');
    expect(() => imageEstimate({ model: 'sd15', hardware: 'l4', software: 'onnx' as never })).toThrow(
      /software must be one of eager, compiled, tensorrt; got "onnx"/,
    );
  });

  it('η defaults to the fitted value for the card’s generation', () => {
    expect(imageEstimate({ model: 'sd15', hardware: 'h100-sxm' }).time.utilisation).toBe(
      LATENCY_PARAMS.matmulEfficiency.hopper,
    );
    expect(imageEstimate({ model: 'sd15', hardware: 'rtx-4090' }).time.utilisation).toBe(
      LATENCY_PARAMS.matmulEfficiency.ada,
    );
  });

  it('bytes moved count weights and activations: CFG doubles activation traffic but not weights', () => {
    const off = imageEstimate({ model: 'sdxl', steps: 1, guidance: false, hardware: 'h100-sxm' });
    const on = imageEstimate({ model: 'sdxl', steps: 1, guidance: true, hardware: 'h100-sxm' });
    const weights = off.cost.params.denoiser * 2;
    expect(off.latency.step.bytes).toBeGreaterThan(weights);
    expect(on.latency.step.bytes - weights).toBeGreaterThan(1.9 * (off.latency.step.bytes - weights));
  });

  it('memory fit: FLUX.1 [dev] in fp16 does not fit a 12 GB RTX 3060 and says what to do; SDXL does', () => {
    const flux = imageEstimate({ model: 'flux-dev', hardware: 'rtx-3060' });
    expect(flux.memory.verdict).toBe('too-big');
    expect(flux.memory.advice).toMatch(/4-bit/);
    expect(flux.memory.largestPart).toBe('denoiser');
    expect(flux.memory.requiredBytes).toBeGreaterThan(flux.cost.params.denoiser * 2);
    expect(imageEstimate({ model: 'sdxl', hardware: 'rtx-3060' }).memory.verdict).toBe('fits');
    expect(imageEstimate({ model: 'flux-dev', hardware: 'h100-sxm' }).memory.verdict).toBe('fits');
  });

  it('memory fit: SD3.5 Large on a 24 GB card runs only with CPU offload', () => {
    const e = imageEstimate({ model: 'sd35-large', hardware: 'l4' });
    expect(e.memory.verdict).toBe('offload');
    expect(e.memory.advice).toMatch(/offload/);
  });

  it('joules, wattHours, imagesPerKWh and imagesPerSecond follow from seconds and board power', () => {
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
    expect(e.memory.weightBytes).toBe(
      4 * (e.cost.params.denoiser + e.cost.params.textEncoders + e.cost.params.vaeDecoder),
    );
  });

  it('imageEstimate(laptop-cpu, fp16) throws: the CPU profile only has fp32', () => {
    expect(() => imageEstimate({ model: 'sd-turbo', hardware: 'laptop-cpu', dtype: 'fp16' })).toThrow(
      /dtype must be one of fp32 on hardware "laptop-cpu"/,
    );
  });

  it('higher utilisation never makes an image slower', () => {
    const slow = imageEstimate({ model: 'sd3-medium', hardware: 'l4', utilisation: 0.2 });
    const fast = imageEstimate({ model: 'sd3-medium', hardware: 'l4', utilisation: 0.9 });
    expect(fast.seconds).toBeLessThanOrEqual(slow.seconds);
  });

  it('FLOPs are unchanged by the latency model', () => {
    const e = imageEstimate({ model: 'sdxl', steps: 20, guidance: 8, hardware: 'h100-sxm' });
    expect(e.cost.flops).toBe(imageCost({ model: 'sdxl', steps: 20, guidance: 8 }).flops);
  });
});
