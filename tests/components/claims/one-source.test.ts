/**
 * Facts that several pages state come from one place in the engine. The number of convolution
 * layers per model once read "FLUX: 1" on /claims/ and "none" on /counting-flops/; now the claim
 * and the chapter both print the engine's count for each model.
 */
import { describe, expect, it } from 'vitest';
import { computeClaims } from '../../../src/components/claims/claims.ts';
import { modelNumber } from '../../../src/components/cost/numbers.ts';
import { forwardCost } from '../../../src/lib/index.ts';

describe('convolution layers per model', () => {
  const claim = computeClaims().find((c) => c.id === 'conv-layers');
  it('the claim gives each model its own engine count', () => {
    expect(claim).toBeDefined();
    const text = claim?.corrected ?? '';
    const count = (id: string, side: number) => forwardCost({ model: id, width: side, height: side }).convLayers;
    expect(text).toContain(`SD 1.5: ${count('sd15', 512)}`);
    expect(text).toContain(`SDXL: ${count('sdxl', 1024)}`);
    expect(text).toContain(`DiT-XL/2: ${count('dit-xl-2', 256)}`);
    expect(text).toContain(`SD3-Medium: ${count('sd3-medium', 1024)}`);
    expect(text).toContain(`FLUX.1: ${count('flux-dev', 1024)}`);
  });
  it('agrees with the number the chapters print', () => {
    for (const [id, name] of [
      ['sd15', 'SD 1.5'],
      ['sdxl', 'SDXL'],
      ['flux-dev', 'FLUX.1'],
    ] as const) {
      expect(claim?.corrected).toContain(`${name}: ${modelNumber({ model: id, show: 'conv-layers' })}`);
    }
  });
});
