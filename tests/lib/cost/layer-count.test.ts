import { describe, expect, it } from 'vitest';
import {
  addLayerCount,
  countAttentionMatmuls,
  countConv2d,
  countLinear,
  countParams,
  createLayerCount,
} from '../../../src/lib/cost/layer-count.ts';

describe('layer-count', () => {
  it('countLinear(rows=10, 3 → 5) adds 150 MACs and 3·5 weights + 5 biases', () => {
    const c = createLayerCount();
    countLinear(c, 10, 3, 5);
    expect(c).toMatchObject({
      macs: 150,
      attentionMacs: 0,
      params: 20,
      convLayers: 0,
      kernels: 1,
      elementwiseKernels: 0,
    });
    // Input and output activations of 10 rows: 10 × (3 + 5).
    expect(c.matmulTrafficElements).toBe(80);
  });

  it('countLinear(..., bias=false) counts weights only', () => {
    const c = createLayerCount();
    countLinear(c, 1, 3, 5, false);
    expect(c.params).toBe(15);
  });

  it('countConv2d follows H_out·W_out·C_in·C_out·k² and counts one conv layer', () => {
    const c = createLayerCount();
    countConv2d(c, 7, 9, 4, 6, 3);
    expect(c.macs).toBe(7 * 9 * 4 * 6 * 9);
    expect(c.params).toBe(4 * 6 * 9 + 6);
    expect(c.convLayers).toBe(1);
  });

  it('countAttentionMatmuls(q, k, d) adds 2·q·k·d to both macs and attentionMacs', () => {
    const c = createLayerCount();
    countAttentionMatmuls(c, 16, 8, 32);
    expect(c.macs).toBe(2 * 16 * 8 * 32);
    expect(c.attentionMacs).toBe(c.macs);
  });

  it('addLayerCount sums every field and countParams adds params only', () => {
    const a = createLayerCount();
    const b = createLayerCount();
    countConv2d(a, 2, 2, 1, 1, 1);
    countAttentionMatmuls(b, 2, 2, 2);
    countParams(b, 5);
    addLayerCount(a, b);
    expect(a).toMatchObject({ macs: 4 + 16, attentionMacs: 16, params: 2 + 5, convLayers: 1 });
    expect(a.kernels).toBeGreaterThan(0);
  });
});
