import { describe, expect, it } from 'vitest';
import { forwardCost } from '../../../src/lib/cost/forward-cost.ts';
import { getHardware } from '../../../src/lib/cost/hardware.ts';
import { imageCost } from '../../../src/lib/cost/image-cost.ts';
import * as cost from '../../../src/lib/cost/index.ts';
import { randomMapCost } from '../../../src/lib/cost/random-map-cost.ts';
import * as engine from '../../../src/lib/index.ts';

describe('cost/index', () => {
  it('re-exports the modules’ own functions (the same objects, not wrappers)', () => {
    expect(cost.forwardCost).toBe(forwardCost);
    expect(cost.imageCost).toBe(imageCost);
    expect(cost.getHardware).toBe(getHardware);
    expect(cost.randomMapCost).toBe(randomMapCost);
    expect(engine.imageCost).toBe(imageCost);
  });

  it('answers through the index as the modules do', () => {
    const call = cost.forwardCost({ model: 'sdxl', width: 1024, height: 1024 });
    expect(call.flops).toBe(2 * call.macs);
    const image = cost.imageCost({ model: 'sdxl', width: 1024, height: 1024, steps: 20, guidance: true });
    expect(image.flops).toBeGreaterThan(40 * call.flops);
    expect(cost.randomMapCost({ width: 1024, height: 1024, channels: 3 }).bytes).toBe(3_145_728);
    expect(cost.listModels().map((m) => m.id)).toEqual([...cost.MODEL_IDS]);
    expect(cost.listHardware().map((h) => h.id)).toEqual([...cost.HARDWARE_IDS]);
    expect(cost.SOFTWARE_STACKS).toEqual(['eager', 'compiled', 'tensorrt']);
  });
});

describe('src/lib/index (the public API)', () => {
  it('exports no internals: argument checks, unchecked kernels, out-buffer helpers, global backend switches', () => {
    const names = Object.keys(engine);
    expect(names.filter((n) => /^check[A-Z]/.test(n))).toEqual([]);
    for (const internal of [
      'matmulBlockedUnchecked',
      'useOrCreate',
      'useSmoothNoiseBackend',
      // the sampler's and the UNet's building blocks, tested through their own modules
      'applyUpdate',
      'drawNormals',
      'forwardDiffuse',
      'conv2d',
      'groupNorm',
      'decodeFloat16',
      'fillBytes',
      'addTally',
      'predictedSeconds',
    ]) {
      expect(names).not.toContain(internal);
    }
  });

  it('exports the documented entry points', () => {
    for (const name of [
      'randomNoise',
      'smoothNoise',
      'gradient',
      'checkerboard',
      'toRGBA',
      'createSampler',
      'sample',
      'captureRun',
      'stepCosts',
      'nearestTarget',
      'forwardCost',
      'imageCost',
      'estimateSeconds',
      'estimateJoules',
      'imageEstimate',
      'randomMapCost',
    ]) {
      expect(typeof (engine as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
