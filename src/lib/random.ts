/**
 * Seeded pseudo-random numbers: xoshiro128** (Blackman & Vigna, https://prng.di.unimi.it/)
 * seeded through splitmix32. The state is a Uint32Array(4) owned by the caller and passed in,
 * so the same seed gives the same numbers in Node, browsers and workers. Uses only 32-bit
 * integer arithmetic (Math.imul, >>>), which is exact and identical on every JavaScript engine.
 */
import { checkInteger } from './validate.ts';

export type RngState = Uint32Array;

/** Integer operations one xoshiro128** draw performs, counted from `nextUint32` below:
 * 2 multiplies, 2 shifts and an or for the scrambler; 1 shift and 5 xors for the state
 * update; 2 shifts and an or for the rotation. */
export const OPS_PER_DRAW = 14;

export const MAX_SEED = 0xffffffff;

/** Creates a generator state from a 32-bit unsigned seed (0 … 4294967295). */
export function createRng(seed: number): RngState {
  checkInteger('seed', seed, 0, MAX_SEED);
  const state = new Uint32Array(4);
  let x = seed >>> 0;
  for (let i = 0; i < 4; i++) {
    // splitmix32 (https://github.com/bryc/code/blob/master/jshash/PRNGs.md#splitmix32)
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    state[i] = (z ^ (z >>> 15)) >>> 0;
  }
  // xoshiro's all-zero state is a fixed point; splitmix32 never yields four zeros, but guard it.
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  return state;
}

/** The next uniform 32-bit unsigned integer. */
export function nextUint32(s: RngState): number {
  const s0 = s[0];
  const s1 = s[1];
  const s2 = s[2] ^ s0;
  const s3 = s[3] ^ s1;
  const m = Math.imul(s1, 5);
  const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
  const t = s1 << 9;
  s[1] = s1 ^ s2;
  s[0] = s0 ^ s3;
  s[2] = s2 ^ t;
  s[3] = (s3 << 11) | (s3 >>> 21);
  return result;
}

/** A uniform float in [0, 1) with 32 bits of resolution. */
export function nextFloat(s: RngState): number {
  return nextUint32(s) / 4294967296;
}

/**
 * Fills `out` with uniform bytes, four per draw, little-endian byte order of each draw
 * (so the bytes are the same on every platform). Returns the number of draws made.
 */
export function fillBytes(s: RngState, out: Uint8Array | Uint8ClampedArray): number {
  const n = out.length;
  const words = n >>> 2;
  // Fast path: write whole 32-bit draws through an Int32Array view (little-endian platforms,
  // 4-byte-aligned buffers). The slow path stores the same bytes one at a time.
  const fast = LITTLE_ENDIAN && (out.byteOffset & 3) === 0;
  if (fast) fillWords(s, new Int32Array(out.buffer, out.byteOffset, words));
  else fillWordsBytewise(s, out, words);
  const rest = n & 3;
  if (rest > 0) {
    const r = nextUint32(s);
    for (let k = 0; k < rest; k++) out[(words << 2) + k] = (r >>> (8 * k)) & 255;
    return words + 1;
  }
  return words;
}

/** The xoshiro128** loop of `nextUint32`, inlined with the state in locals. */
function fillWords(s: RngState, out32: Int32Array): void {
  let s0 = s[0] | 0;
  let s1 = s[1] | 0;
  let s2 = s[2] | 0;
  let s3 = s[3] | 0;
  const words = out32.length;
  for (let w = 0; w < words; w++) {
    const m = Math.imul(s1, 5);
    out32[w] = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
  }
  s[0] = s0;
  s[1] = s1;
  s[2] = s2;
  s[3] = s3;
}

function fillWordsBytewise(s: RngState, out: Uint8Array | Uint8ClampedArray, words: number): void {
  for (let w = 0; w < words; w++) {
    const r = nextUint32(s);
    const o = w << 2;
    out[o] = r & 255;
    out[o + 1] = (r >>> 8) & 255;
    out[o + 2] = (r >>> 16) & 255;
    out[o + 3] = r >>> 24;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Fills `out` with standard normal samples (mean 0, variance 1) by the Box–Muller transform,
 * two samples per pair of uniform draws. Returns the floating-point operations it performed,
 * counted per pair (see the comment in the loop).
 */
export function fillNormals(s: RngState, out: Float32Array | Float64Array): number {
  const n = out.length;
  let flops = 0;
  for (let i = 0; i < n; i += 2) {
    // u1 in (0, 1] so that log(u1) is finite.
    const u1 = (nextUint32(s) + 1) / 4294967296;
    const u2 = nextUint32(s) / 4294967296;
    const r = Math.sqrt(-2 * Math.log(u1));
    const theta = 2 * Math.PI * u2;
    out[i] = r * Math.cos(theta);
    if (i + 1 < n) out[i + 1] = r * Math.sin(theta);
    // 2 scalings, log, multiply, sqrt, multiply, cos, sin, 2 multiplies (transcendentals count 1).
    flops += 12;
  }
  return flops;
}

/** One standard normal sample (uses two draws; the second Box–Muller value is discarded). */
export function nextNormal(s: RngState): number {
  const u1 = (nextUint32(s) + 1) / 4294967296;
  const u2 = nextUint32(s) / 4294967296;
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
