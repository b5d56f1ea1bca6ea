import { describe, expect, it } from 'vitest';
import { getHardware } from '../../../src/lib/cost/hardware.ts';
import { imageCost } from '../../../src/lib/cost/image-cost.ts';
import { imageEstimate } from '../../../src/lib/cost/image-estimate.ts';
import { memoryFit } from '../../../src/lib/cost/memory-fit.ts';

describe('memoryFit({ cost, hardware, dtype, batch })', () => {
  const sdxl = imageCost({ model: 'sdxl' });

  it('SDXL in fp16 fits an H100 (80 GB); FLUX.1-dev in fp32 does not fit an RTX 3060 whole', () => {
    expect(memoryFit({ cost: sdxl, hardware: 'h100-sxm', dtype: 'fp16' }).verdict).toBe('fits');
    const flux = imageCost({ model: 'flux-dev' });
    expect(memoryFit({ cost: flux, hardware: 'rtx-3060', dtype: 'fp32' }).verdict).not.toBe('fits');
  });

  it('takes a hardware id or its profile alike, and is what imageEstimate reports', () => {
    const byId = memoryFit({ cost: sdxl, hardware: 'rtx-4090', dtype: 'fp16' });
    expect(memoryFit({ cost: sdxl, hardware: getHardware('rtx-4090'), dtype: 'fp16' })).toEqual(byId);
    const estimate = imageEstimate({ model: 'sdxl', hardware: 'rtx-4090', dtype: 'fp16' });
    expect(estimate.memory).toEqual(memoryFit({ cost: estimate.cost, hardware: 'rtx-4090', dtype: 'fp16' }));
  });

  it('a larger batch needs at least as much memory', () => {
    const one = memoryFit({ cost: sdxl, hardware: 'h100-sxm', dtype: 'fp16' });
    const eight = memoryFit({ cost: sdxl, hardware: 'h100-sxm', dtype: 'fp16', batch: 8 });
    expect(eight.activationBytes).toBeGreaterThan(one.activationBytes);
    expect(eight.requiredBytes).toBeGreaterThan(one.requiredBytes);
    expect(eight.weightBytes).toBe(one.weightBytes);
  });

  it('rejects bad options with errors naming them', () => {
    expect(() => memoryFit({ cost: sdxl, hardware: 'h100-sxm', dtype: 'fp12' as 'fp16' })).toThrow(/dtype/);
    expect(() => memoryFit({ cost: sdxl, hardware: 'h100-sxm', dtype: 'fp16', batch: 0 })).toThrow(RangeError);
    expect(() => memoryFit({ cost: null as never, hardware: 'h100-sxm', dtype: 'fp16' })).toThrow(/cost/);
    expect(() => memoryFit({ cost: sdxl, hardware: 'gtx-480' as 'l4', dtype: 'fp16' })).toThrow(/hardware/);
  });
});
