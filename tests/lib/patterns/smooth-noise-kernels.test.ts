import { describe, expect, it } from 'vitest';
import {
  boxWidthsForGauss,
  smoothNoise,
  smoothNoiseBackend,
  useSmoothNoiseBackend,
} from '../../../src/lib/patterns/smooth-noise.ts';
import { layout, PAD } from '../../../src/lib/patterns/smooth-noise-kernels.ts';
import type { Channels } from '../../../src/lib/pixel-map.ts';
import { createRng, fillBytes, nextFloat } from '../../../src/lib/random.ts';

/**
 * smoothNoise by its definition, in float64 with no tricks: the same noise bytes, box passes of
 * the same radii along every row then every column with indices clamped at the edges, then the
 * stretch to mean 128 and standard deviation 48 (rounding half up, clamped).
 */
function reference(width: number, height: number, ch: number, seed: number, sigma: number): Uint8Array {
  const n = width * height * ch;
  const noise = new Uint8Array(n);
  fillBytes(createRng(seed), noise);
  let v = Float64Array.from(noise);
  const radii =
    sigma > 0
      ? boxWidthsForGauss(sigma)
          .map((w) => Math.min((w - 1) >> 1, Math.max(width, height)))
          .filter((r) => r > 0)
      : [];
  const clamp = (i: number, size: number) => Math.min(Math.max(i, 0), size - 1);
  for (const axis of ['rows', 'columns'] as const) {
    for (const r of radii) {
      const out = new Float64Array(n);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          for (let c = 0; c < ch; c++) {
            let sum = 0;
            for (let k = -r; k <= r; k++) {
              const xx = axis === 'rows' ? clamp(x + k, width) : x;
              const yy = axis === 'rows' ? y : clamp(y + k, height);
              sum += v[(yy * width + xx) * ch + c];
            }
            out[(y * width + x) * ch + c] = sum / (2 * r + 1);
          }
        }
      }
      v = out;
    }
  }
  let sum = 0;
  for (const x of v) sum += x;
  const mean = sum / n;
  let sq = 0;
  for (const x of v) sq += (x - mean) ** 2;
  const std = Math.sqrt(sq / n);
  const gain = std > 1e-6 ? 48 / std : 0;
  return Uint8Array.from(v, (x) => Math.min(255, Math.max(0, Math.floor((x - mean) * gain + 128 + 0.5))));
}

/** Deterministic shapes, including single rows and columns, odd sizes and radii longer than the image. */
const SHAPES: [number, number, Channels, number][] = [
  [16, 16, 1, 1],
  [23, 17, 3, 2.5],
  [40, 9, 4, 6],
  [5, 31, 3, 64],
  [1, 20, 3, 3],
  [20, 1, 4, 3],
  [1, 1, 1, 8],
  [33, 33, 3, 0.4],
  [64, 48, 3, 8],
  // Rows shorter than one 32-byte vector step (the last pass must not spill into rows not yet read).
  [1, 20, 1, 1],
  [2, 15, 1, 1],
  [3, 40, 1, 1.5],
];

describe('smoothNoise against its definition', () => {
  for (const backend of ['wasm-simd', 'javascript'] as const) {
    it.each(SHAPES)(`${backend}: %i×%i×%i, σ %d matches the float64 definition within 1 level`, (w, h, c, s) => {
      useSmoothNoiseBackend(backend);
      try {
        const got = smoothNoise({ width: w, height: h, channels: c, seed: 9, sigma: s }).map.data;
        const want = reference(w, h, c, 9, s);
        let same = 0;
        for (let i = 0; i < want.length; i++) {
          expect(Math.abs(got[i] - want[i])).toBeLessThanOrEqual(1);
          if (got[i] === want[i]) same++;
        }
        // float32 sums differ from float64 only where a value sits on a rounding boundary.
        expect(same / want.length).toBeGreaterThan(0.97);
      } finally {
        useSmoothNoiseBackend('auto');
      }
    });
  }
});

describe('tiny, heavily blurred images', () => {
  it("stay within 1 level of the definition: the moments are taken about the image's own value", () => {
    // Radii clamp to the image, the field is nearly flat (std ≈ 0.03 about a mean far from 128):
    // moments about a fixed 128 in float32 lost 10% of the variance here.
    const cases: [number, number, Channels, number][] = [[10, 22, 1, 10022]];
    const rng = createRng(77);
    for (let i = 0; i < 120; i++) {
      const width = 1 + Math.floor(nextFloat(rng) * 24);
      const height = 1 + Math.floor(nextFloat(rng) * 24);
      cases.push([width, height, ([1, 3, 4] as const)[i % 3], i]);
    }
    for (const [width, height, channels, seed] of cases) {
      for (const backend of ['wasm-simd', 'javascript'] as const) {
        useSmoothNoiseBackend(backend);
        const got = smoothNoise({ width, height, channels, seed, sigma: 64 }).map.data;
        const want = reference(width, height, channels, seed, 64);
        let worst = 0;
        for (let k = 0; k < want.length; k++) worst = Math.max(worst, Math.abs(got[k] - want[k]));
        expect(worst, `${width}×${height}×${channels} seed ${seed} (${backend})`).toBeLessThanOrEqual(1);
      }
    }
    useSmoothNoiseBackend('auto');
  });
});

describe('the two backends', () => {
  it('runs WebAssembly SIMD in Node by default', () => {
    expect(useSmoothNoiseBackend('auto')).toBe('wasm-simd');
    expect(smoothNoiseBackend()).toBe('wasm-simd');
  });

  it('give identical bytes over 150 random shapes, channels and sigmas', () => {
    const rng = createRng(2024);
    const pick = () => nextFloat(rng);
    try {
      for (let i = 0; i < 150; i++) {
        const width = 1 + Math.floor(pick() ** 2 * 130);
        const height = 1 + Math.floor(pick() ** 2 * 130);
        const channels = ([1, 3, 4] as const)[Math.floor(pick() * 3)];
        const sigma = Math.min(64, pick() ** 2 * 70);
        const options = { width, height, channels, seed: i, sigma };
        useSmoothNoiseBackend('wasm-simd');
        const wasm = smoothNoise(options).map.data.slice();
        useSmoothNoiseBackend('javascript');
        const js = smoothNoise(options).map.data;
        expect({ ...options, equal: wasm.every((v, k) => v === js[k]) }).toEqual({ ...options, equal: true });
      }
    } finally {
      useSmoothNoiseBackend('auto');
    }
  });

  it('gives the same bytes after a large image has left its workspace full of other values', () => {
    const small = { width: 37, height: 11, channels: 3 as const, seed: 5, sigma: 3 };
    const before = smoothNoise(small).map.data.slice();
    smoothNoise({ width: 512, height: 300, channels: 4, seed: 1, sigma: 64 });
    expect(smoothNoise(small).map.data).toEqual(before);
  });

  it('rejects an unknown backend with a message naming the choices', () => {
    expect(() => useSmoothNoiseBackend('gpu' as never)).toThrow(RangeError);
    expect(() => useSmoothNoiseBackend('gpu' as never)).toThrow(/choice must be one of auto, wasm-simd, javascript/);
  });
});

describe('the workspace layout', () => {
  it('keeps every region apart with the slack its vector loops need', () => {
    for (const [n, rowLen, height, r] of [
      [1024 * 1024 * 3, 3072, 1024, 56],
      [5 * 7 * 3, 15, 7, 1],
      [1, 1, 1, 0],
    ]) {
      const at = layout(n, rowLen, height, r);
      const regions = [
        [at.noise, n + PAD],
        [at.a, 4 * n + PAD],
        [at.b, 4 * n + PAD],
        [at.t1, at.t2 - at.t1],
        [at.t2, at.totalTwin - at.t2],
        [at.sums, 3 * at.slot],
        [at.scratch, at.slot],
        [at.lines, 4 * at.lineBytes],
        ...at.rings.map((start) => [start, at.ringSlots * at.slot]),
        [at.moments, 16],
      ].sort((x, y) => x[0] - y[0]);
      for (let i = 1; i < regions.length; i++) {
        expect(regions[i][0]).toBeGreaterThanOrEqual(regions[i - 1][0] + regions[i - 1][1]);
      }
      expect(at.slot % 32).toBe(0);
      expect(at.slot).toBeGreaterThanOrEqual(4 * rowLen + 16);
      expect(at.ringSlots).toBe(2 * r + 3);
      expect(at.total).toBeGreaterThanOrEqual(at.moments + 16);
      // The twin's regions come after everything the WebAssembly kernels touch.
      expect(at.b).toBeGreaterThanOrEqual(at.total);
      expect(at.t1).toBeGreaterThanOrEqual(at.b + 4 * n);
      expect(at.totalTwin).toBeGreaterThan(at.t2);
    }
  });
});
