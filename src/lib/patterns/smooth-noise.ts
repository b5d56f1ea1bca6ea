/**
 * Gaussian-smoothed noise: uniform random bytes blurred by three successive box filters in each
 * direction, which approximates a Gaussian of standard deviation `sigma` pixels (Kovesi,
 * "Fast almost-Gaussian filtering", DICTA 2010, https://doi.org/10.1109/DICTA.2010.30). Each
 * box pass keeps a running sum, so the work per pixel is the same for every sigma; only each
 * line's start (summing its first window) grows with the radius, by radius/length of a pass.
 * The result is stretched to a fixed contrast (mean 128, standard deviation 48) so that every
 * sigma is visible. Intermediate sums are float32 in two scratch buffers that are allocated
 * once and reused across calls of the same or smaller size.
 */
import { createRng, fillBytes, OPS_PER_DRAW } from '../random.ts';
import type { Tally } from '../tally.ts';
import { createTally } from '../tally.ts';
import { checkInteger, checkNumber } from '../validate.ts';
import type { PatternResult, ShapeOptions } from './common.ts';
import { prepare } from './common.ts';

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
export function boxWidthsForGauss(sigma: number, passes = PASSES): number[] {
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

let scratchA = new Float32Array(0);
let scratchB = new Float32Array(0);

function scratch(n: number): [Float32Array, Float32Array] {
  if (scratchA.length < n) {
    scratchA = new Float32Array(n);
    scratchB = new Float32Array(n);
  }
  return [scratchA.subarray(0, n), scratchB.subarray(0, n)];
}

/**
 * One box pass over a line of `n` values at `base`, `base + stride`, …, clamping at both ends.
 * The running sum makes each output cost the same whatever the radius; the three loops avoid
 * per-element clamping where no clamping is needed.
 */
function boxLine(
  src: Float32Array,
  dst: Float32Array,
  base: number,
  stride: number,
  n: number,
  r: number,
  inv: number,
) {
  const last = n - 1;
  const first = src[base];
  const end = src[base + last * stride];
  let sum = (r + 1) * first;
  for (let k = 1; k <= r; k++) sum += src[base + (k < last ? k : last) * stride];
  if (2 * r + 2 > n) {
    for (let x = 0; x < n; x++) {
      dst[base + x * stride] = sum * inv;
      const add = x + r + 1;
      const sub = x - r;
      sum += src[base + (add < last ? add : last) * stride] - src[base + (sub > 0 ? sub : 0) * stride];
    }
    return;
  }
  let o = base;
  let a = base + (r + 1) * stride;
  for (let x = 0; x <= r; x++) {
    dst[o] = sum * inv;
    sum += src[a] - first;
    o += stride;
    a += stride;
  }
  let b = base;
  for (let x = r + 1; x < n - r - 1; x++) {
    dst[o] = sum * inv;
    sum += src[a] - src[b];
    o += stride;
    a += stride;
    b += stride;
  }
  for (let x = n - r - 1; x < n; x++) {
    dst[o] = sum * inv;
    sum += end - src[b];
    o += stride;
    b += stride;
  }
}

/** Box blur along rows (interleaved channels), clamping at the edges. */
function blurRows(
  src: Float32Array,
  dst: Float32Array,
  width: number,
  height: number,
  ch: number,
  r: number,
  t: Tally,
) {
  const inv = 1 / (2 * r + 1);
  for (let y = 0; y < height; y++) {
    const row = y * width * ch;
    for (let c = 0; c < ch; c++) boxLine(src, dst, row + c, ch, width, r, inv);
  }
  // Per line: the first window (r + 1 flops); per value 3 flops (multiply, subtract, add).
  t.flops += height * ch * (r + 1 + width * 3);
  t.bytesRead += width * height * ch * 4;
  t.bytesWritten += width * height * ch * 4;
}

/** Box blur along columns, processed row by row with a running sum per column (cache-friendly). */
function blurCols(
  src: Float32Array,
  dst: Float32Array,
  width: number,
  height: number,
  ch: number,
  r: number,
  sums: Float32Array,
  t: Tally,
) {
  const inv = 1 / (2 * r + 1);
  const rowLen = width * ch;
  const last = height - 1;
  for (let i = 0; i < rowLen; i++) sums[i] = (r + 1) * src[i];
  for (let k = 1; k <= r; k++) {
    const o = (k < last ? k : last) * rowLen;
    for (let i = 0; i < rowLen; i++) sums[i] += src[o + i];
  }
  t.flops += rowLen * (r + 1);
  for (let y = 0; y < height; y++) {
    const out = y * rowLen;
    const add = y + r + 1;
    const sub = y - r;
    const addRow = (add < last ? add : last) * rowLen;
    const subRow = (sub > 0 ? sub : 0) * rowLen;
    for (let i = 0; i < rowLen; i++) {
      dst[out + i] = sums[i] * inv;
      sums[i] += src[addRow + i] - src[subRow + i];
    }
    t.flops += rowLen * 3;
  }
  t.bytesRead += width * height * ch * 4;
  t.bytesWritten += width * height * ch * 4;
}

export function smoothNoise(options?: SmoothNoiseOptions): PatternResult {
  const { opts, map } = prepare(options);
  const seed = checkInteger('seed', opts.seed ?? SMOOTH_NOISE_DEFAULTS.seed, 0, 0xffffffff);
  const sigma = checkNumber('sigma', opts.sigma ?? SMOOTH_NOISE_DEFAULTS.sigma, 0, MAX_SIGMA);
  const { width, height, channels, data } = map;
  const n = data.length;
  const tally = createTally();

  // Uniform random bytes, written straight into the output, then widened to float.
  const draws = fillBytes(createRng(seed), data);
  tally.intOps += draws * OPS_PER_DRAW;
  tally.bytesWritten += n;
  const [a, b] = scratch(n);
  const noise = new Uint8Array(data.buffer, data.byteOffset, n);
  for (let i = 0; i < n; i++) a[i] = noise[i];
  tally.bytesRead += n;
  tally.bytesWritten += n * 4;

  if (sigma > 0) {
    const sums = new Float32Array(width * channels);
    for (const w of boxWidthsForGauss(sigma)) {
      const r = Math.min((w - 1) >> 1, Math.max(width, height));
      if (r === 0) continue;
      blurRows(a, b, width, height, channels, r, tally);
      blurCols(b, a, width, height, channels, r, sums, tally);
    }
  }

  // Stretch to mean 128 and standard deviation TARGET_STD.
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const v = a[i];
    sum += v;
    sumSq += v * v;
  }
  const mean = sum / n;
  const variance = Math.max(0, sumSq / n - mean * mean);
  const gain = variance > 1e-12 ? TARGET_STD / Math.sqrt(variance) : 0;
  const offset = 128 - mean * gain;
  // Round half up and clamp by hand into a Uint8Array view: storing floats through the
  // Uint8ClampedArray itself (round-half-even) is several times slower in V8.
  const bytes = new Uint8Array(data.buffer, data.byteOffset, n);
  const bias = offset + 0.5;
  for (let i = 0; i < n; i++) {
    const v = a[i] * gain + bias;
    bytes[i] = v <= 0 ? 0 : v >= 255 ? 255 : v | 0;
  }
  // 3 flops per value for the moments, 2 for the stretch, plus 8 for mean, variance and gain.
  tally.flops += n * 5 + 8;
  tally.bytesRead += n * 8;
  tally.bytesWritten += n;
  return { map, tally };
}
