/**
 * The learned UNet's layers, batch of one, activations planar (channel-major, "CHW"): value
 * (c, y, x) of a C × H × W tensor is at c·H·W + y·W + x, as PyTorch's NCHW with N = 1. Every
 * function writes into a buffer the caller owns and returns the FLOPs it performed, counted in
 * its loops. Counting rule (the same everywhere): one FLOP per floating-point add, subtract,
 * multiply or divide, and one per call of exp, sqrt, sin or cos; a multiply-add is 2. Copies,
 * index arithmetic and sign flips are not FLOPs. Outputs start from the bias (a copy), so a
 * convolution's FLOPs are 2 per multiply-add actually done: taps that fall on the zero padding
 * are skipped, not multiplied by zero.
 * No argument checks: unet.ts sizes every buffer once, and these run in its inner loop.
 */

/**
 * k × k convolution (k = 1 or 3; padding (k − 1)/2, stride 1), `cin` → `cout` channels on an
 * H × W plane. `weight` is [cout, cin, k, k], `bias` [cout]. Writes `out` (cout·H·W values).
 */
export function conv2d(
  input: Float32Array,
  cin: number,
  height: number,
  width: number,
  weight: Float32Array,
  bias: Float32Array,
  cout: number,
  k: number,
  out: Float32Array,
): number {
  const plane = height * width;
  const pad = (k - 1) >> 1;
  let flops = 0;
  for (let co = 0; co < cout; co++) {
    const o = co * plane;
    out.fill(bias[co], o, o + plane);
    for (let ci = 0; ci < cin; ci++) {
      const i = ci * plane;
      for (let ky = 0; ky < k; ky++) {
        const dy = ky - pad;
        const y0 = dy < 0 ? -dy : 0;
        const y1 = dy > 0 ? height - dy : height;
        for (let kx = 0; kx < k; kx++) {
          const dx = kx - pad;
          const x0 = dx < 0 ? -dx : 0;
          const x1 = dx > 0 ? width - dx : width;
          const w = weight[((co * cin + ci) * k + ky) * k + kx];
          for (let y = y0; y < y1; y++) {
            const orow = o + y * width;
            const irow = i + (y + dy) * width + dx;
            for (let x = x0; x < x1; x++) out[orow + x] += w * input[irow + x];
          }
          flops += 2 * (y1 - y0) * (x1 - x0);
        }
      }
    }
  }
  return flops;
}

/** y = W x + b for `weight` [cout, cin]: 2·cin FLOPs per output. */
export function linear(
  input: Float32Array,
  cin: number,
  weight: Float32Array,
  bias: Float32Array,
  cout: number,
  out: Float32Array,
): number {
  for (let o = 0; o < cout; o++) {
    let sum = bias[o];
    const row = o * cin;
    for (let i = 0; i < cin; i++) sum += weight[row + i] * input[i];
    out[o] = sum;
  }
  return 2 * cin * cout;
}

/** SiLU, x·σ(x) = x / (1 + e^−x), of the first `count` values, in place: 3 FLOPs each (exp, add, divide). */
export function siluInPlace(data: Float32Array, count: number): number {
  for (let i = 0; i < count; i++) {
    const v = data[i];
    data[i] = v / (1 + Math.exp(-v));
  }
  return 3 * count;
}

/**
 * Group normalisation (Wu & He 2018, https://arxiv.org/abs/1803.08494) of C channels in `groups`
 * groups, with the per-channel affine γ, β; the variance is the biased one, as PyTorch's.
 * If `silu` is true, SiLU is applied to the result in the same pass (counted as siluInPlace).
 * Per group of n values: n adds and a divide for the mean; 3n + 1 for the variance; add, sqrt
 * and divide for 1/σ. Per channel 3 for the scale and shift; per value 2 to apply them.
 */
export function groupNorm(
  input: Float32Array,
  channels: number,
  plane: number,
  groups: number,
  gamma: Float32Array,
  beta: Float32Array,
  eps: number,
  silu: boolean,
  out: Float32Array,
): number {
  const perGroup = channels / groups;
  const n = perGroup * plane;
  let flops = 0;
  for (let g = 0; g < groups; g++) {
    const start = g * n;
    let sum = 0;
    for (let i = start; i < start + n; i++) sum += input[i];
    const mean = sum / n;
    let squares = 0;
    for (let i = start; i < start + n; i++) {
      const d = input[i] - mean;
      squares += d * d;
    }
    const inv = 1 / Math.sqrt(squares / n + eps);
    flops += n + 1 + 3 * n + 1 + 3;
    for (let c = g * perGroup; c < (g + 1) * perGroup; c++) {
      const scale = inv * gamma[c];
      const shift = beta[c] - mean * scale;
      const o = c * plane;
      if (silu) {
        for (let i = o; i < o + plane; i++) {
          const v = input[i] * scale + shift;
          out[i] = v / (1 + Math.exp(-v));
        }
      } else {
        for (let i = o; i < o + plane; i++) out[i] = input[i] * scale + shift;
      }
      flops += 3 + (silu ? 5 : 2) * plane;
    }
  }
  return flops;
}

/** 2 × 2 average pooling, stride 2, of C planes H × W (H, W even): 4 FLOPs per output (3 adds, × ¼). */
export function avgPool2(
  input: Float32Array,
  channels: number,
  height: number,
  width: number,
  out: Float32Array,
): number {
  const h2 = height >> 1;
  const w2 = width >> 1;
  for (let c = 0; c < channels; c++) {
    const i = c * height * width;
    const o = c * h2 * w2;
    for (let y = 0; y < h2; y++) {
      const r0 = i + 2 * y * width;
      const r1 = r0 + width;
      for (let x = 0; x < w2; x++) {
        out[o + y * w2 + x] =
          (input[r0 + 2 * x] + input[r0 + 2 * x + 1] + input[r1 + 2 * x] + input[r1 + 2 * x + 1]) * 0.25;
      }
    }
  }
  return 4 * channels * h2 * w2;
}

/**
 * Nearest-neighbour 2× upsampling of C planes H × W into `out` at value offset `outOffset`
 * (so it can fill the first channels of a concatenation). Copies only: 0 FLOPs.
 */
export function upsampleNearest2(
  input: Float32Array,
  channels: number,
  height: number,
  width: number,
  out: Float32Array,
  outOffset: number,
): number {
  const w2 = width * 2;
  for (let c = 0; c < channels; c++) {
    const i = c * height * width;
    const o = outOffset + c * 4 * height * width;
    for (let y = 0; y < 2 * height; y++) {
      const irow = i + (y >> 1) * width;
      const orow = o + y * w2;
      for (let x = 0; x < w2; x++) out[orow + x] = input[irow + (x >> 1)];
    }
  }
  return 0;
}

/**
 * Sinusoidal timestep embedding (Vaswani et al. 2017, https://arxiv.org/abs/1706.03762; as in
 * DDPM): [sin(t·f_0) … sin(t·f_{d/2−1}), cos(t·f_0) … cos(t·f_{d/2−1})] with f_i = 10000^(−i/(d/2)).
 * `freqs` holds the f_i rounded to float32, and t·f_i is rounded to float32, as PyTorch computes
 * them in float32. 3 FLOPs per frequency (multiply, sin, cos).
 */
export function timeEmbedding(t: number, freqs: Float32Array, out: Float32Array): number {
  const half = freqs.length;
  const tf = Math.fround(t);
  for (let i = 0; i < half; i++) {
    const a = Math.fround(tf * freqs[i]);
    out[i] = Math.sin(a);
    out[half + i] = Math.cos(a);
  }
  return 3 * half;
}

/** The f_i of timeEmbedding for an embedding of `dim` values, rounded to float32. */
export function timeFrequencies(dim: number): Float32Array {
  const half = dim >> 1;
  const freqs = new Float32Array(half);
  for (let i = 0; i < half; i++) freqs[i] = Math.exp((-Math.log(10000) * i) / half);
  return freqs;
}
