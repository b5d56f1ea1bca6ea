/**
 * Gaussian-smoothed noise: uniform random bytes blurred by three successive box filters in each
 * direction, which approximates a Gaussian of standard deviation `sigma` pixels (Kovesi,
 * "Fast almost-Gaussian filtering", DICTA 2010, https://doi.org/10.1109/DICTA.2010.30). Each
 * box pass keeps a running sum, so the work per pixel is the same for every sigma; only each
 * line's start (summing its first window) grows with the radius, by radius/length of a pass.
 * The result is stretched to a fixed contrast (mean 128, standard deviation 48) so that every
 * sigma is visible. Intermediate sums are float32 in one workspace that is allocated once and
 * reused across calls of the same or smaller size. The loops run as WebAssembly SIMD
 * (smooth-noise.wat) where it is available and as an identical-result JavaScript twin elsewhere
 * (smooth-noise-kernels.ts).
 */
import { createRng, fillBytes, OPS_PER_DRAW } from '../random.ts';
import { createTally } from '../tally.ts';
import { checkInteger, checkNumber, checkOneOf, checkOptions } from '../validate.ts';
import type { PatternResult, ShapeOptions } from './common.ts';
import { prepare } from './common.ts';
import type { Kernels, Moments, SmoothNoiseBackend } from './smooth-noise-kernels.ts';
import { javascriptKernels, layout, momentChunk, wasmKernels } from './smooth-noise-kernels.ts';

export interface SmoothNoiseOptions extends ShapeOptions {
  seed?: number;
  /** Standard deviation of the Gaussian in pixels, 0…64 (0 returns the stretched noise). */
  sigma?: number;
}

export const SMOOTH_NOISE_DEFAULTS = { seed: 1, sigma: 8 };
export const MAX_SIGMA = 64;
const TARGET_STD = 48;
const PASSES = 3;

/** Box widths (odd) whose three successive passes approximate a Gaussian of `sigma`. */
export function boxWidthsForGauss(sigma: number, options?: { passes?: number }): number[] {
  const { passes = PASSES } = checkOptions('boxWidthsForGauss options', options);
  const ideal = Math.sqrt((12 * sigma * sigma) / passes + 1);
  let wl = Math.floor(ideal);
  if (wl % 2 === 0) wl--;
  const wu = wl + 2;
  const mIdeal = (12 * sigma * sigma - passes * wl * wl - 4 * passes * wl - 3 * passes) / (-4 * wl - 4);
  const m = Math.round(mIdeal);
  const sizes: number[] = [];
  for (let i = 0; i < passes; i++) sizes.push(i < m ? wl : wu);
  return sizes;
}

let kernels: Kernels | null = null;
/** Each backend is made once (a module and its memory, or the twin's buffer) and kept. */
let wasmMade: Kernels | null | undefined;
let javascriptMade: Kernels | undefined;
const wasmOnce = () => {
  if (wasmMade === undefined) wasmMade = wasmKernels();
  return wasmMade;
};
const javascriptOnce = () => {
  javascriptMade ??= javascriptKernels();
  return javascriptMade;
};

/** The kernels in use: WebAssembly SIMD where it compiles, else the JavaScript twin. */
function activeKernels(): Kernels {
  kernels ??= wasmOnce() ?? javascriptOnce();
  return kernels;
}

/** Which implementation of the inner loops smoothNoise runs ('wasm-simd' or 'javascript'). */
export function smoothNoiseBackend(): SmoothNoiseBackend {
  return activeKernels().backend;
}

/**
 * Chooses the inner loops: 'auto' (WebAssembly SIMD where available) or 'javascript' (the twin).
 * Both give identical bytes; this exists for tests and benchmarks. Returns the backend in use.
 */
export function useSmoothNoiseBackend(choice: 'auto' | SmoothNoiseBackend): SmoothNoiseBackend {
  const which = checkOneOf('choice', choice, ['auto', 'wasm-simd', 'javascript'] as const);
  if (which === 'javascript') kernels = javascriptOnce();
  else {
    const wasm = wasmOnce();
    if (wasm === null && which === 'wasm-simd') {
      throw new RangeError('choice: WebAssembly SIMD is not available here; use "auto" or "javascript"');
    }
    kernels = wasm ?? javascriptOnce();
  }
  return kernels.backend;
}

export function smoothNoise(options?: SmoothNoiseOptions): PatternResult {
  const { opts, map } = prepare(options);
  const seed = checkInteger('seed', opts.seed ?? SMOOTH_NOISE_DEFAULTS.seed, 0, 0xffffffff);
  const sigma = checkNumber('sigma', opts.sigma ?? SMOOTH_NOISE_DEFAULTS.sigma, 0, MAX_SIGMA);
  const { width, height, channels, data } = map;
  const n = data.length;
  const tally = createTally();

  const k = activeKernels();
  const rowLen = width * channels;
  const radii: number[] = [];
  if (sigma > 0) {
    for (const w of boxWidthsForGauss(sigma)) {
      const r = Math.min((w - 1) >> 1, Math.max(width, height));
      if (r > 0) radii.push(r);
    }
  }
  const at = layout(n, rowLen, height, Math.max(0, ...radii));
  const memory = k.reserve(at);

  // Uniform random bytes into the workspace, widened to float32.
  const draws = fillBytes(createRng(seed), new Uint8Array(memory, at.noise, n));
  tally.intOps += draws * OPS_PER_DRAW;
  tally.bytesWritten += n;
  k.widen(at.noise, at.a, n);
  tally.bytesRead += n;
  tally.bytesWritten += n * 4;

  let moments: Moments | null = null;
  if (radii.length > 0) {
    const passes = { radii, invs: radii.map((r) => 1 / (2 * r + 1)) };
    moments = k.blur(at, width, height, channels, passes);
    for (const r of radii) {
      // Rows, per line: the first window (r + 1 flops); per value 3 flops (multiply, subtract, add).
      tally.flops += height * channels * (r + 1 + width * 3);
      // Columns: the first window of every column, then 3 flops per value.
      tally.flops += rowLen * (r + 1) + rowLen * height * 3;
    }
    // Intermediate passes stay in cache-sized buffers: one read and one write of the image per axis.
    tally.bytesRead += 2 * n * 4;
    tally.bytesWritten += 2 * n * 4;
  }

  // Stretch to mean 128 and standard deviation TARGET_STD. The moments are sums of d = v − shift
  // and d², the shift being the image's first value (close to the data, so the variance is not
  // the small difference of two large sums); they read whole vectors of four, so the values
  // past the image are set to the shift.
  if (moments === null) {
    const vectors = Math.ceil(n / 4);
    const shift = new Float32Array(memory, at.a, 1)[0];
    new Float32Array(memory, at.a + 4 * n, vectors * 4 - n).fill(shift);
    moments = k.moments(at.a, vectors * 16, momentChunk(rowLen * 4), at.moments, shift);
  }
  const meanD = moments.sum / n;
  const mean = moments.shift + meanD;
  const variance = Math.max(0, moments.sumSq / n - meanD * meanD);
  const gain = variance > 1e-12 ? TARGET_STD / Math.sqrt(variance) : 0;
  const offset = 128 - mean * gain;
  // Rounds half up (truncates value + 0.5) and clamps to 0…255, in float32.
  k.stretch(at.a, at.noise, Math.ceil(n / 16), gain, offset + 0.5);
  data.set(new Uint8Array(memory, at.noise, n));
  // 3 flops per value for the moments, 2 for the stretch, plus 8 for mean, variance and gain.
  tally.flops += n * 5 + 8;
  tally.bytesRead += n * 8;
  tally.bytesWritten += n;
  return { map, tally };
}
