import { describe, expect, it } from 'vitest';
import { drawNormals } from '../../../src/lib/diffusion/noise.ts';
import { createRng, OPS_PER_DRAW } from '../../../src/lib/random.ts';
import { createTally } from '../../../src/lib/tally.ts';

describe('drawNormals', () => {
  it('drawNormals(n = 7) counts 12 flops per pair and 2 draws per pair (4 pairs)', () => {
    const tally = createTally();
    drawNormals(createRng(1), new Float32Array(7), tally);
    expect(tally.flops).toBe(4 * 12);
    expect(tally.intOps).toBe(8 * OPS_PER_DRAW);
    expect(tally.bytesWritten).toBe(28);
  });
});
