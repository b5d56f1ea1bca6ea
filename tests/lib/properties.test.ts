/**
 * Property-based tests (fast-check) over the engine's exported entry points: valid inputs keep
 * the invariants; invalid inputs throw RangeError or TypeError whose message names the argument.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkerboard,
  createPixelMap,
  createRng,
  estimateJoules,
  estimateSeconds,
  forwardCost,
  gradient,
  HARDWARE_IDS,
  imageCost,
  listModels,
  MAX_IMAGE_SIDE,
  MODEL_IDS,
  randomMapCost,
  randomNoise,
  sample,
  smoothNoise,
  TARGET_IDS,
  toRGBA,
} from '../../src/lib/index.ts';

const runs = { numRuns: 60 };
const size = fc.integer({ min: 1, max: 48 });
const channels = fc.constantFrom(1 as const, 3 as const, 4 as const);
const seed = fc.integer({ min: 0, max: 0xffffffff });
/** Values that are not valid for an integer option in a small range. (undefined and null mean
 * "not given" throughout the engine and select the default, so they are not in this set.) */
const hostileNumber = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 1e9, 0.5),
  fc.string(),
  fc.constant({}),
  fc.array(fc.integer(), { maxLength: 2 }),
);
/** Not a 32-bit unsigned seed. */
const hostileSeed = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 2 ** 32, 0.5),
  fc.string(),
  fc.constant({}),
);
/** Not a utilisation in (0, 1]. */
const hostileFraction = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1.5, 1e9),
  fc.string(),
  fc.constant({}),
);

function expectNamedError(fn: () => unknown, name: string) {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error instanceof RangeError || error instanceof TypeError, `threw ${String(error)}`).toBe(true);
  expect((error as Error).message).toContain(name);
}

function validTally(t: { intOps: number; flops: number; bytesRead: number; bytesWritten: number }) {
  for (const v of Object.values(t)) {
    expect(Number.isInteger(v)).toBe(true);
    expect(v).toBeGreaterThanOrEqual(0);
  }
}

describe('pattern generators (properties)', () => {
  it('every generator returns a map of the requested shape and an integer, non-negative tally', () => {
    fc.assert(
      fc.property(
        size,
        size,
        channels,
        seed,
        fc.double({ min: 0, max: 64, noNaN: true }),
        fc.integer({ min: -360, max: 360 }),
        fc.integer({ min: 1, max: 64 }),
        (width, height, ch, s, sigma, angle, cell) => {
          const shape = { width, height, channels: ch };
          for (const { map, tally } of [
            randomNoise({ ...shape, seed: s }),
            smoothNoise({ ...shape, seed: s, sigma }),
            gradient({ ...shape, angle }),
            gradient({ ...shape, kind: 'radial' }),
            checkerboard({ ...shape, cell }),
          ]) {
            expect(map.width).toBe(width);
            expect(map.height).toBe(height);
            expect(map.channels).toBe(ch);
            expect(map.data.length).toBe(width * height * ch);
            validTally(tally);
            expect(tally.bytesWritten).toBeGreaterThanOrEqual(map.data.length);
          }
          expect(randomNoise({ ...shape, seed: s }).tally.flops).toBe(0);
        },
      ),
      runs,
    );
  });

  it('invalid sizes, channels, seeds and parameters throw a typed error that names the option', () => {
    fc.assert(
      fc.property(hostileNumber, (bad) => {
        expectNamedError(() => randomNoise({ width: bad as number }), 'width');
        expectNamedError(() => smoothNoise({ height: bad as number }), 'height');
        expectNamedError(() => checkerboard({ cell: bad as number }), 'cell');
        if (bad !== 1 && bad !== 3 && bad !== 4) expectNamedError(() => gradient({ channels: bad as 1 }), 'channels');
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(Number.NaN, -0.01, 64.5, Number.POSITIVE_INFINITY), fc.string()), (bad) => {
        expectNamedError(() => smoothNoise({ sigma: bad as number }), 'sigma');
        expectNamedError(
          () => gradient({ angle: (typeof bad === 'number' ? bad * 10000 + Math.sign(bad) * 361 : bad) as number }),
          'angle',
        );
      }),
      runs,
    );
  });

  it('colours outside 0…255 are rejected naming the colour', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 256, max: 1e6 }),
          fc.integer({ min: -1e6, max: -1 }),
          fc.double({ min: 0.1, max: 0.9 }),
        ),
        (v) => {
          expectNamedError(
            () =>
              checkerboard({
                colors: [
                  [v, 0, 0],
                  [0, 0, 0],
                ],
              }),
            'colors[0][0]',
          );
        },
      ),
      runs,
    );
  });
});

describe('random and pixel maps (properties)', () => {
  it('createRng accepts every 32-bit seed and rejects everything else naming "seed"', () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect(createRng(s).length).toBe(4);
      }),
      runs,
    );
    fc.assert(
      fc.property(hostileSeed, (bad) => {
        expectNamedError(() => createRng(bad as number), 'seed');
        expectNamedError(() => randomNoise({ seed: bad as number }), 'seed');
        expectNamedError(() => sample({ steps: 2, sampler: 'ddim', seed: bad as number, targets: 'all' }), 'seed');
      }),
      runs,
    );
  });

  it('toRGBA keeps every colour value and makes alpha opaque for 1 and 3 channels', () => {
    fc.assert(
      fc.property(size, size, channels, seed, (w, h, ch, s) => {
        const map = randomNoise({ width: w, height: h, channels: ch, seed: s }).map;
        const rgba = toRGBA(map);
        expect(rgba.length).toBe(w * h * 4);
        for (let i = 0; i < w * h; i++) {
          if (ch === 1) expect(rgba[i * 4]).toBe(map.data[i]);
          if (ch === 3) expect(rgba[i * 4 + 2]).toBe(map.data[i * 3 + 2]);
          expect(rgba[i * 4 + 3]).toBe(ch === 4 ? map.data[i * 4 + 3] : 255);
        }
      }),
      { numRuns: 20 },
    );
    expectNamedError(() => createPixelMap({ width: 0, height: 1 }), 'width');
  });
});

describe('cost model (properties)', () => {
  const models = listModels();
  const model = fc.constantFrom(...models);

  it('forwardCost: FLOPs are twice the MACs, attention is part of them, and cost grows with resolution', () => {
    fc.assert(
      fc.property(model, fc.integer({ min: 1, max: 4 }), (m, k) => {
        const side = m.defaultWidth;
        const small = forwardCost({ model: m.id, width: side, height: side });
        expect(small.flops).toBe(2 * small.macs);
        expect(small.attentionMacs).toBeGreaterThanOrEqual(0);
        expect(small.attentionMacs).toBeLessThan(small.macs);
        expect(small.params).toBeGreaterThan(0);
        const bigSide = side + k * m.resolutionMultiple;
        if (bigSide <= MAX_IMAGE_SIDE) {
          expect(forwardCost({ model: m.id, width: bigSide, height: bigSide }).macs).toBeGreaterThan(small.macs);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('imageCost is exactly linear in steps: cost(a + b) − cost(a) = cost(b + 1) − cost(1)', () => {
    fc.assert(
      fc.property(
        model,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        fc.boolean(),
        (m, a, b, g) => {
          const c = (steps: number) => imageCost({ model: m.id, steps, guidance: g }).flops;
          const lhs = c(a + b) - c(a);
          const rhs = c(b + 1) - c(1);
          expect(Math.abs(lhs - rhs) / rhs).toBeLessThan(1e-9);
        },
      ),
      runs,
    );
  });

  it('estimateSeconds is positive and never increases with utilisation; estimateJoules scales with time', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HARDWARE_IDS),
        fc.double({ min: 1e9, max: 1e18, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (hardware, flops, u1, u2) => {
          const [lo, hi] = u1 < u2 ? [u1, u2] : [u2, u1];
          const dtype = hardware === 'laptop-cpu' ? 'fp32' : 'fp16';
          const slow = estimateSeconds({ flops, hardware, dtype, utilisation: lo });
          const fast = estimateSeconds({ flops, hardware, dtype, utilisation: hi });
          expect(slow.seconds).toBeGreaterThan(0);
          expect(fast.seconds).toBeLessThanOrEqual(slow.seconds);
          const e1 = estimateJoules({ seconds: slow.seconds, hardware });
          const e2 = estimateJoules({ seconds: 2 * slow.seconds, hardware });
          expect(e2.joules / e1.joules).toBeCloseTo(2, 9);
          expect(e1.upperBound).toBe(true);
        },
      ),
      runs,
    );
  });

  it('invalid model ids, steps, utilisation and sizes throw naming the argument', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        fc.pre(!(MODEL_IDS as readonly string[]).includes(id));
        expectNamedError(() => forwardCost({ model: id }), 'model');
      }),
      runs,
    );
    fc.assert(
      fc.property(hostileNumber, (bad) => {
        expectNamedError(() => imageCost({ model: 'sdxl', steps: bad as number }), 'steps');
        expectNamedError(() => randomMapCost({ width: bad as number, height: 4, channels: 3 }), 'width');
      }),
      runs,
    );
    fc.assert(
      fc.property(hostileFraction, (bad) => {
        expectNamedError(
          () => estimateSeconds({ flops: 1e12, hardware: 'h100-sxm', utilisation: bad as number }),
          'utilisation',
        );
      }),
      runs,
    );
    expectNamedError(() => forwardCost({ model: 'sdxl', width: 1000, height: 1024 }), 'width');
  });
});

describe('diffusion sampler (properties)', () => {
  it('sample() returns an RGB map of the dataset size and a tally linear in steps, for any valid settings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('ddpm' as const, 'ddim' as const),
        seed,
        fc.subarray([...TARGET_IDS], { minLength: 1, maxLength: 3 }),
        fc.constantFrom('linear' as const, 'cosine' as const),
        (steps, sampler, s, targets, schedule) => {
          const run = (n: number) => sample({ steps: n, sampler, seed: s, targets, schedule, width: 16 });
          const r = run(steps);
          expect(r.image.width).toBe(16);
          expect(r.image.channels).toBe(3);
          expect(r.image.data.length).toBe(16 * 16 * 3);
          validTally(r.tally);
          const one = run(1).tally.flops;
          const two = run(2).tally.flops;
          expect(r.tally.flops).toBe(one + (steps - 1) * (two - one));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('invalid steps, samplers, seeds and targets throw naming the argument', () => {
    fc.assert(
      fc.property(hostileNumber, (bad) => {
        expectNamedError(() => sample({ steps: bad as number, sampler: 'ddim', seed: 1, targets: 'all' }), 'steps');
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.string(), (name) => {
        fc.pre(!['ddpm', 'ddim', 'direct'].includes(name));
        expectNamedError(() => sample({ steps: 2, sampler: name as 'ddim', seed: 1, targets: 'all' }), 'sampler');
      }),
      runs,
    );
    expectNamedError(() => sample({ steps: 2, sampler: 'ddim', seed: 1, targets: [] }), 'targets');
  });
});
