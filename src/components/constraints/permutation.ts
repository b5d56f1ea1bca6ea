/**
 * Seeded permutations of 0 … n−1 from the engine's xoshiro128** generator, so a figure is the
 * same in every build. `shuffledIndices` is uniform (Fisher–Yates); `cyclicIndices` is one
 * n-cycle (Sattolo's algorithm), so no element stays where it was (for n ≥ 2).
 */
import { createRng, MAX_SEED, nextUint32, type RngState } from '../../lib/index.ts';
import { checkInteger } from '../../lib/validate.ts';

/** A uniform integer in 0 … bound − 1 (bound ≤ 2³²; the modulo bias is below 2⁻²⁰ for bound < 2¹²). */
function below(rng: RngState, bound: number): number {
  return nextUint32(rng) % bound;
}

function identity(n: number): Uint32Array {
  const p = new Uint32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  return p;
}

/** A uniformly random permutation of 0 … n−1 (n: 1 … 2²⁴) for `seed` (0 … 2³²−1). */
export function shuffledIndices(n: number, seed: number): Uint32Array {
  checkInteger('n', n, 1, 1 << 24);
  checkInteger('seed', seed, 0, MAX_SEED);
  const rng = createRng(seed);
  const p = identity(n);
  for (let i = n - 1; i > 0; i--) {
    const j = below(rng, i + 1);
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

/** A random cyclic permutation of 0 … n−1: p[i] ≠ i for every i when n ≥ 2. */
export function cyclicIndices(n: number, seed: number): Uint32Array {
  checkInteger('n', n, 1, 1 << 24);
  checkInteger('seed', seed, 0, MAX_SEED);
  const rng = createRng(seed);
  const p = identity(n);
  for (let i = n - 1; i > 0; i--) {
    const j = below(rng, i);
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}
