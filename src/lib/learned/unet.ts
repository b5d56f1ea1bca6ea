/**
 * The learned denoiser: a small UNet, the same network training/train.py defines (class UNet),
 * evaluated in plain TypeScript on one 3 × 32 × 32 image:
 *
 *   e   = SiLU(temb2(SiLU(temb1(sinusoid(t)))))                       time embedding
 *   h0  = rb0(conv_in(x))                       c0 channels at 32²
 *   h1  = rb1(avgpool(h0))                      c1 at 16²
 *   h2  = rb2(avgpool(h1))                      c2 at 8²
 *   h3  = rb3([up(h2), h1])                     c1 at 16²
 *   h4  = rb4([up(h3), h0])                     c0 at 32²
 *   v   = conv_out(SiLU(GN(h4)))                3 at 32²
 *
 * with rb(x) = skip(x) + conv2(SiLU(GN(conv1(SiLU(GN(x))) + emb(e)))), skip a 1 × 1 conv when the
 * channel count changes. The output is the v-prediction (Salimans & Ho 2022,
 * https://arxiv.org/abs/2202.00512). Every buffer is allocated once, in createUNet.
 */
import type { Tally } from '../tally.ts';
import {
  avgPool2,
  conv2d,
  groupNorm,
  linear,
  siluInPlace,
  timeEmbedding,
  timeFrequencies,
  upsampleNearest2,
} from './layers.ts';
import type { LearnedWeights } from './weights.ts';

export const IMAGE_CHANNELS = 3;

export interface UNet {
  weights: LearnedWeights;
  /** Values per image: 3 · size · size. */
  values: number;
  /**
   * v̂(x, t) for x (3 · size² values, CHW) at timestep t (0 … 1000) into `out`; adds its FLOPs to
   * `tally` and returns them (the same for every x and t).
   */
  forward(x: Float32Array, t: number, out: Float32Array, tally: Tally): number;
}

export function createUNet(weights: LearnedWeights): UNet {
  const { config, tensors } = weights;
  const [c0, c1, c2] = config.channels;
  const { groups, groupNormEps: eps, embeddingDim: ed, timeEmbeddingDim: td } = config;
  const s0 = config.size;
  const s1 = s0 >> 1;
  const s2 = s1 >> 1;
  const p0 = s0 * s0;
  const p1 = s1 * s1;
  const p2 = s2 * s2;
  const w = (name: string): Float32Array => tensors.get(name) as Float32Array;
  const freqs = timeFrequencies(td);
  const sinusoid = new Float32Array(td);
  const e1 = new Float32Array(ed);
  const e = new Float32Array(ed);
  const proj = new Float32Array(Math.max(c0, c1, c2));
  const largest = Math.max((c1 + c0) * p0, (c2 + c1) * p1, c0 * p0, c2 * p2);
  const tmpA = new Float32Array(largest);
  const tmpB = new Float32Array(largest);
  const h0 = new Float32Array(c0 * p0);
  const pool0 = new Float32Array(c0 * p1);
  const h1 = new Float32Array(c1 * p1);
  const pool1 = new Float32Array(c1 * p2);
  const h2 = new Float32Array(c2 * p2);
  const cat1 = new Float32Array((c2 + c1) * p1);
  const h3 = new Float32Array(c1 * p1);
  const cat0 = new Float32Array((c1 + c0) * p0);
  const h4 = new Float32Array(c0 * p0);
  const stem = new Float32Array(c0 * p0);

  /** One residual block on `x` (cin × side²) into `out` (cout × side²); returns its FLOPs. */
  function block(name: string, x: Float32Array, cin: number, cout: number, side: number, out: Float32Array): number {
    const plane = side * side;
    let flops = groupNorm(x, cin, plane, groups, w(`${name}.norm1.weight`), w(`${name}.norm1.bias`), eps, true, tmpA);
    flops += conv2d(tmpA, cin, side, side, w(`${name}.conv1.weight`), w(`${name}.conv1.bias`), cout, 3, tmpB);
    flops += linear(e, ed, w(`${name}.emb.weight`), w(`${name}.emb.bias`), cout, proj);
    for (let c = 0; c < cout; c++) {
      const b = proj[c];
      for (let i = c * plane; i < (c + 1) * plane; i++) tmpB[i] += b;
    }
    flops += cout * plane;
    flops += groupNorm(tmpB, cout, plane, groups, w(`${name}.norm2.weight`), w(`${name}.norm2.bias`), eps, true, tmpA);
    flops += conv2d(tmpA, cout, side, side, w(`${name}.conv2.weight`), w(`${name}.conv2.bias`), cout, 3, out);
    const n = cout * plane;
    if (cin === cout) {
      for (let i = 0; i < n; i++) out[i] += x[i];
    } else {
      flops += conv2d(x, cin, side, side, w(`${name}.skip.weight`), w(`${name}.skip.bias`), cout, 1, tmpB);
      for (let i = 0; i < n; i++) out[i] += tmpB[i];
    }
    return flops + n;
  }

  function forward(x: Float32Array, t: number, out: Float32Array, tally: Tally): number {
    let flops = timeEmbedding(t, freqs, sinusoid);
    flops += linear(sinusoid, td, w('temb1.weight'), w('temb1.bias'), ed, e1);
    flops += siluInPlace(e1, ed);
    flops += linear(e1, ed, w('temb2.weight'), w('temb2.bias'), ed, e);
    // Every block uses SiLU(emb), so it is applied once here.
    flops += siluInPlace(e, ed);
    flops += conv2d(x, IMAGE_CHANNELS, s0, s0, w('conv_in.weight'), w('conv_in.bias'), c0, 3, stem);
    flops += block('rb0', stem, c0, c0, s0, h0);
    flops += avgPool2(h0, c0, s0, s0, pool0);
    flops += block('rb1', pool0, c0, c1, s1, h1);
    flops += avgPool2(h1, c1, s1, s1, pool1);
    flops += block('rb2', pool1, c1, c2, s2, h2);
    upsampleNearest2(h2, c2, s2, s2, cat1, 0);
    cat1.set(h1, c2 * p1);
    flops += block('rb3', cat1, c2 + c1, c1, s1, h3);
    upsampleNearest2(h3, c1, s1, s1, cat0, 0);
    cat0.set(h0, c1 * p0);
    flops += block('rb4', cat0, c1 + c0, c0, s0, h4);
    flops += groupNorm(h4, c0, p0, groups, w('norm_out.weight'), w('norm_out.bias'), eps, true, tmpA);
    flops += conv2d(tmpA, c0, s0, s0, w('conv_out.weight'), w('conv_out.bias'), IMAGE_CHANNELS, 3, out);
    tally.flops += flops;
    return flops;
  }

  return { weights, values: IMAGE_CHANNELS * p0, forward };
}
