/**
 * Standard normal noise drawn into a caller-owned buffer, with its cost added to a tally:
 * the Box–Muller flops `fillNormals` reports and the xoshiro128** integer operations of its
 * draws (two draws per pair of samples, so 2·⌈n/2⌉ draws for n samples).
 */
import { fillNormals, OPS_PER_DRAW, type RngState } from '../random.ts';
import type { Tally } from '../tally.ts';

export function drawNormals(rng: RngState, out: Float32Array, tally: Tally): void {
  tally.flops += fillNormals(rng, out);
  tally.intOps += OPS_PER_DRAW * 2 * Math.ceil(out.length / 2);
  tally.bytesWritten += out.byteLength;
}
