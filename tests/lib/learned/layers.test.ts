import { describe, expect, it } from 'vitest';
import { decodeFloat16, float16ToNumber } from '../../../src/lib/learned/fp16.ts';
import {
  avgPool2,
  conv2d,
  groupNorm,
  linear,
  timeEmbedding,
  upsampleNearest2,
} from '../../../src/lib/learned/layers.ts';

function seq(n: number, f: (i: number) => number): Float32Array {
  return Float32Array.from({ length: n }, (_, i) => f(i));
}

describe('float16ToNumber', () => {
  it.each([
    [0x3c00, 1],
    [0xc000, -2],
    [0x7bff, 65504],
    [0x0001, 2 ** -24],
    [0x3555, 0.333251953125],
    [0x8000, -0],
  ])('float16ToNumber(%i) = %d', (bits, value) => {
    expect(float16ToNumber(bits)).toBe(value);
  });

  it('decodes infinities and NaN, and little-endian arrays', () => {
    expect(float16ToNumber(0x7c00)).toBe(Number.POSITIVE_INFINITY);
    expect(float16ToNumber(0x7e00)).toBeNaN();
    expect(Array.from(decodeFloat16(new Uint8Array([0x00, 0x3c, 0x00, 0xc0]), 0, 2))).toEqual([1, -2]);
  });
});

describe('conv2d', () => {
  it('3×3 with zero padding matches a direct sum, and counts 2 FLOPs per multiply-add done', () => {
    const [cin, cout, h, w] = [2, 3, 4, 5];
    const input = seq(cin * h * w, (i) => Math.sin(i));
    const weight = seq(cout * cin * 9, (i) => Math.cos(i * 0.7));
    const bias = seq(cout, (i) => i - 1);
    const out = new Float32Array(cout * h * w);
    const flops = conv2d(input, cin, h, w, weight, bias, cout, 3, out);
    for (let co = 0; co < cout; co++) {
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          let sum = bias[co];
          for (let ci = 0; ci < cin; ci++) {
            for (let ky = 0; ky < 3; ky++) {
              for (let kx = 0; kx < 3; kx++) {
                const yy = y + ky - 1;
                const xx = x + kx - 1;
                if (yy < 0 || yy >= h || xx < 0 || xx >= w) continue;
                sum += weight[((co * cin + ci) * 3 + ky) * 3 + kx] * input[(ci * h + yy) * w + xx];
              }
            }
          }
          expect(out[(co * h + y) * w + x]).toBeCloseTo(sum, 5);
        }
      }
    }
    // Valid taps per axis: rows (3 + 4 + 3) = h·3 − 2, columns w·3 − 2.
    expect(flops).toBe(2 * cin * cout * (3 * h - 2) * (3 * w - 2));
  });

  it('1×1 is a per-pixel matrix product: 2·cin·cout·H·W FLOPs', () => {
    const input = seq(2 * 4, (i) => i);
    const out = new Float32Array(4);
    const flops = conv2d(input, 2, 2, 2, Float32Array.of(1, 10), Float32Array.of(0.5), 1, 1, out);
    expect(Array.from(out)).toEqual([40.5, 51.5, 62.5, 73.5]);
    expect(flops).toBe(2 * 2 * 1 * 4);
  });
});

describe('other layers', () => {
  it('linear(x) = Wx + b with 2·in·out FLOPs', () => {
    const out = new Float32Array(2);
    expect(
      linear(Float32Array.of(1, 2, 3), 3, Float32Array.of(1, 0, 0, 0, 1, 1), Float32Array.of(10, 20), 2, out),
    ).toBe(12);
    expect(Array.from(out)).toEqual([11, 25]);
  });

  it('groupNorm normalises each group to mean 0, variance 1, then applies γ and β', () => {
    const x = seq(4 * 9, (i) => (i % 7) * 0.5 + Math.floor(i / 9));
    const out = new Float32Array(x.length);
    const gamma = Float32Array.of(1, 1, 2, 2);
    const beta = Float32Array.of(0, 0, 1, 1);
    const flops = groupNorm(x, 4, 9, 2, gamma, beta, 0, false, out);
    for (let g = 0; g < 2; g++) {
      let sum = 0;
      let sq = 0;
      for (let i = g * 18; i < (g + 1) * 18; i++) {
        const v = (out[i] - beta[g * 2]) / gamma[g * 2];
        sum += v;
        sq += v * v;
      }
      expect(sum / 18).toBeCloseTo(0, 5);
      expect(sq / 18).toBeCloseTo(1, 4);
    }
    // Per group (n = 18): n + 1 + 3n + 1 + 3; per channel 3 + 2 per value.
    expect(flops).toBe(2 * (18 + 1 + 54 + 1 + 3) + 4 * (3 + 2 * 9));
  });

  it('groupNorm with silu applies x·σ(x) to the normalised values', () => {
    const x = seq(8, (i) => i);
    const plain = new Float32Array(8);
    const fused = new Float32Array(8);
    const one = Float32Array.of(1, 1);
    const zero = Float32Array.of(0, 0);
    groupNorm(x, 2, 4, 1, one, zero, 1e-5, false, plain);
    const flops = groupNorm(x, 2, 4, 1, one, zero, 1e-5, true, fused);
    for (let i = 0; i < 8; i++) expect(fused[i]).toBeCloseTo(plain[i] / (1 + Math.exp(-plain[i])), 6);
    expect(flops).toBe(8 + 1 + 24 + 1 + 3 + 2 * (3 + 5 * 4));
  });

  it('avgPool2 averages 2×2 blocks (4 FLOPs each); upsampleNearest2 repeats them (0 FLOPs)', () => {
    const x = Float32Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
    const pooled = new Float32Array(4);
    expect(avgPool2(x, 1, 4, 4, pooled)).toBe(16);
    expect(Array.from(pooled)).toEqual([3.5, 5.5, 11.5, 13.5]);
    const up = new Float32Array(1 + 16);
    expect(upsampleNearest2(pooled, 1, 2, 2, up, 1)).toBe(0);
    expect(Array.from(up.subarray(1, 9))).toEqual([3.5, 3.5, 5.5, 5.5, 3.5, 3.5, 5.5, 5.5]);
  });

  it('timeEmbedding writes sin then cos of t·f, 3 FLOPs per frequency', () => {
    const out = new Float32Array(4);
    expect(timeEmbedding(2, Float32Array.of(1, 0.5), out)).toBe(6);
    expect(out[0]).toBeCloseTo(Math.sin(2), 6);
    expect(out[1]).toBeCloseTo(Math.sin(1), 6);
    expect(out[2]).toBeCloseTo(Math.cos(2), 6);
    expect(out[3]).toBeCloseTo(Math.cos(1), 6);
  });
});
