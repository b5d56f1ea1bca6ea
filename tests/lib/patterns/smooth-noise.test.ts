import { describe, expect, it } from 'vitest';
import { randomNoise } from '../../../src/lib/patterns/random-noise.ts';
import { boxWidthsForGauss, smoothNoise } from '../../../src/lib/patterns/smooth-noise.ts';
import type { PixelMap } from '../../../src/lib/pixel-map.ts';

/** Correlation of each value with its right-hand neighbour (same channel). */
function neighbourCorrelation(map: PixelMap): number {
  const { width, height, channels, data } = map;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  let n = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x + 1 < width; x++) {
      for (let c = 0; c < channels; c++) {
        const a = data[(y * width + x) * channels + c];
        const b = data[(y * width + x + 1) * channels + c];
        sx += a;
        sy += b;
        sxx += a * a;
        syy += b * b;
        sxy += a * b;
        n++;
      }
    }
  }
  const cov = sxy / n - (sx / n) * (sy / n);
  return cov / Math.sqrt((sxx / n - (sx / n) ** 2) * (syy / n - (sy / n) ** 2));
}

describe('smoothNoise', () => {
  it('has a much higher neighbour correlation than randomNoise of the same seed', () => {
    const shape = { width: 128, height: 128, channels: 3 as const, seed: 4 };
    const random = neighbourCorrelation(randomNoise(shape).map);
    const smooth = neighbourCorrelation(smoothNoise({ ...shape, sigma: 4 }).map);
    expect(Math.abs(random)).toBeLessThan(0.02);
    expect(smooth).toBeGreaterThan(0.9);
  });

  it('grows smoother as sigma grows', () => {
    const shape = { width: 128, height: 128, channels: 1 as const, seed: 4 };
    const c1 = neighbourCorrelation(smoothNoise({ ...shape, sigma: 1 }).map);
    const c8 = neighbourCorrelation(smoothNoise({ ...shape, sigma: 8 }).map);
    expect(c8).toBeGreaterThan(c1);
  });

  it('is stretched to mean ≈ 128 and uses a wide range of values at every sigma', () => {
    for (const sigma of [0, 2, 16, 64]) {
      const { data } = smoothNoise({ width: 256, height: 256, channels: 1, seed: 2, sigma }).map;
      let sum = 0;
      let min = 255;
      let max = 0;
      for (const v of data) {
        sum += v;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      expect(Math.abs(sum / data.length - 128)).toBeLessThan(1);
      expect(max - min).toBeGreaterThan(150);
    }
  });

  it('approximates the Gaussian: the three box widths have variance 12σ²/3 in total', () => {
    for (const sigma of [1.5, 4, 10, 33]) {
      const widths = boxWidthsForGauss(sigma);
      const variance = widths.reduce((v, w) => v + (w * w - 1) / 12, 0);
      expect(Math.abs(Math.sqrt(variance) - sigma) / sigma).toBeLessThan(0.1);
    }
  });

  it('smoothNoise(4×4×1, sigma 1) tallies the hand-derived count', () => {
    // sigma 1 → box widths [1, 1, 3]: one pass of radius 1. Rows: 4 lines × (2 + 4 × 3) = 56 FLOPs;
    // columns: 4 × 2 + 4 rows × 4 × 3 = 56; stretch: 16 × 5 + 8 = 88. 4 draws × 14 integer ops.
    expect(boxWidthsForGauss(1)).toEqual([1, 1, 3]);
    const { tally } = smoothNoise({ width: 4, height: 4, channels: 1, seed: 1, sigma: 1 });
    expect(tally.flops).toBe(56 + 56 + 88);
    expect(tally.intOps).toBe(4 * 14);
  });

  it('costs the same per pixel at sigma 4, 16 and 64 (within the per-line start-up, < 8% at 1024²)', () => {
    const flops = [4, 16, 64].map(
      (sigma) => smoothNoise({ width: 1024, height: 1024, channels: 1, seed: 1, sigma }).tally.flops,
    );
    const min = Math.min(...flops);
    for (const f of flops) expect(f / min).toBeLessThan(1.08);
  });

  it.each([
    [{ sigma: Number.NaN }, RangeError, /sigma must be a finite number from 0 to 64; got NaN/],
    [{ sigma: -1 }, RangeError, /sigma/],
    [{ sigma: 65 }, RangeError, /sigma/],
    [{ sigma: '3' }, TypeError, /sigma must be a number/],
  ])('smoothNoise(%o) throws %s naming the option', (opts, type, message) => {
    expect(() => smoothNoise(opts as never)).toThrow(type);
    expect(() => smoothNoise(opts as never)).toThrow(message);
  });
});
