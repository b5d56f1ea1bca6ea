/**
 * The forward (noising) process in closed form, q(x_t | x_0) = N(√ᾱ_t x_0, (1 − ᾱ_t) I)
 * (Ho et al. 2020, arXiv 2006.11239, eq. 4): x_t = √ᾱ_t x_0 + √(1 − ᾱ_t) ε with ε ~ N(0, I).
 * Images are Float32Array values on the [−1, 1] scale, any layout (the map is element-wise).
 */
import type { RngState } from '../random.ts';
import { createTally, type Tally } from '../tally.ts';
import { checkInteger } from '../validate.ts';
import { drawNormals } from './noise.ts';
import type { NoiseSchedule } from './schedule.ts';

function checkBuffer(name: string, value: unknown, length?: number): Float32Array {
  if (!(value instanceof Float32Array)) throw new TypeError(`${name} must be a Float32Array`);
  if (length !== undefined && value.length !== length) {
    throw new RangeError(`${name} must hold ${length} values like x0; got ${value.length}`);
  }
  return value;
}

/**
 * Writes x_t = √ᾱ_t x0 + √(1 − ᾱ_t) eps into `out` (which may be `eps` or `x0` itself) for an
 * integer t in 0 … T, and returns `out`. Flops: 3 scalar (1 − ᾱ, two square roots) plus
 * 3 per element (two multiplies, one add).
 */
export function forwardDiffuse(
  x0: Float32Array,
  t: number,
  schedule: NoiseSchedule,
  eps: Float32Array,
  out: Float32Array,
  tally: Tally = createTally(),
): Float32Array {
  checkBuffer('x0', x0);
  checkInteger('t', t, 0, schedule.T);
  checkBuffer('eps', eps, x0.length);
  checkBuffer('out', out, x0.length);
  const alphaBar = schedule.alphaBars[t];
  const signalScale = Math.sqrt(alphaBar);
  const noiseScale = Math.sqrt(1 - alphaBar);
  tally.flops += 3;
  const n = x0.length;
  for (let i = 0; i < n; i++) out[i] = signalScale * x0[i] + noiseScale * eps[i];
  tally.flops += 3 * n;
  tally.bytesRead += x0.byteLength + eps.byteLength;
  tally.bytesWritten += out.byteLength;
  return out;
}

/**
 * Draws ε from `rng` into `out` and then noises x0 to timestep t in place of it, so one buffer
 * serves for both (`out` must not be `x0`). The tally also gets the cost of the normal draws.
 */
export function forwardDiffuseRandom(
  x0: Float32Array,
  t: number,
  schedule: NoiseSchedule,
  rng: RngState,
  out: Float32Array,
  tally: Tally = createTally(),
): Float32Array {
  checkBuffer('x0', x0);
  checkBuffer('out', out, x0.length);
  if (out === x0) throw new RangeError('out must be a buffer other than x0 (the noise is drawn into it first)');
  checkInteger('t', t, 0, schedule.T);
  drawNormals(rng, out, tally);
  return forwardDiffuse(x0, t, schedule, out, out, tally);
}
