import { describe, expect, it } from 'vitest';
import * as cost from '../../../src/lib/cost/index.ts';

describe('cost/index', () => {
  it('re-exports the public API under its fixed names', () => {
    for (const name of [
      'forwardCost',
      'imageCost',
      'estimateSeconds',
      'estimateJoules',
      'imageEstimate',
      'fitLatency',
      'validateLatency',
      'memoryFit',
      'randomMapCost',
      'realityChecks',
      'getModel',
      'listModels',
      'getHardware',
      'listHardware',
      'explainUtilisation',
      'defineHardware',
    ]) {
      expect(typeof (cost as Record<string, unknown>)[name]).toBe('function');
    }
    expect(cost.MODEL_IDS).toContain('flux-dev');
    expect(cost.SOFTWARE_STACKS).toEqual(['eager', 'compiled', 'tensorrt']);
    expect(cost.DIT_IDS).toContain('dit-xl-2');
    expect(cost.HARDWARE_IDS).toContain('rtx-4090');
  });
});
