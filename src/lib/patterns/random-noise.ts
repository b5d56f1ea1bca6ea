/**
 * Uniform random noise: every byte of every channel drawn independently from the seeded
 * generator. This is the site's baseline "random pixel map": integer work only, no
 * floating-point operations at all.
 */
import { createRng, fillBytes, OPS_PER_DRAW } from '../random.ts';
import { createTally } from '../tally.ts';
import { checkInteger } from '../validate.ts';
import type { PatternResult, ShapeOptions } from './common.ts';
import { prepare } from './common.ts';

export interface RandomNoiseOptions extends ShapeOptions {
  /** 32-bit unsigned seed, 0…4294967295. */
  seed?: number;
}

export const RANDOM_NOISE_DEFAULTS = { seed: 1 };

export function randomNoise(options?: RandomNoiseOptions): PatternResult {
  const { opts, map } = prepare(options);
  const seed = checkInteger('seed', opts.seed ?? RANDOM_NOISE_DEFAULTS.seed, 0, 0xffffffff);
  const rng = createRng(seed);
  const tally = createTally();
  // One pass over the whole buffer: rows are contiguous, so the pass is the row loop.
  const draws = fillBytes(rng, map.data);
  tally.intOps += draws * OPS_PER_DRAW;
  tally.bytesWritten += map.data.length;
  return { map, tally };
}
