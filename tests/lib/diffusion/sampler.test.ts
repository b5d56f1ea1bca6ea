import { describe, expect, it } from 'vitest';
import { createSampler, resolveSamplerOptions, type SamplerOptions } from '../../../src/lib/diffusion/sampler.ts';
import { TARGET_IDS } from '../../../src/lib/diffusion/targets.ts';
import { OPS_PER_DRAW } from '../../../src/lib/random.ts';

const eight = TARGET_IDS.slice(0, 8);

function runToEnd(options: SamplerOptions) {
  const sampler = createSampler(options);
  while (!sampler.step());
  return sampler;
}

describe('createSampler', () => {
  it('createSampler().step() advances one step at a time and reports done after the last', () => {
    const sampler = createSampler({ steps: 3, sampler: 'ddim', seed: 1, targets: eight, width: 16 });
    expect(Array.from(sampler.timesteps)).toEqual([1000, 667, 333]);
    expect([sampler.stepsDone, sampler.done]).toEqual([0, false]);
    expect(sampler.step()).toBe(false);
    expect(sampler.stepsDone).toBe(1);
    expect(sampler.step()).toBe(false);
    expect(sampler.step()).toBe(true);
    expect([sampler.stepsDone, sampler.done]).toEqual([3, true]);
    const flops = sampler.tally.flops;
    expect(sampler.step()).toBe(true);
    expect(sampler.tally.flops).toBe(flops);
  });

  it('createSampler starts x_T as standard normal noise (mean ≈ 0, variance ≈ 1 over 49 152 values)', () => {
    const { xt } = createSampler({ steps: 1, sampler: 'direct', seed: 11, targets: 'all', width: 128 });
    let sum = 0;
    let squares = 0;
    for (const v of xt) {
      sum += v;
      squares += v * v;
    }
    // Standard errors: 1/√n ≈ 0.0045 for the mean, √(2/n) ≈ 0.0064 for the variance.
    expect(Math.abs(sum / xt.length)).toBeLessThan(0.025);
    expect(Math.abs(squares / xt.length - 1)).toBeLessThan(0.035);
  });

  const linearityCases: [string, Omit<SamplerOptions, 'steps'>][] = [
    ['ddim η = 0, linear, 64 px', { sampler: 'ddim', seed: 3, targets: eight, width: 64 }],
    [
      'ddim η = 0.5, cosine, 16 px',
      { sampler: 'ddim', eta: 0.5, seed: 3, targets: eight, width: 16, schedule: 'cosine' },
    ],
    ['ddpm, linear, quality 300, 16 px', { sampler: 'ddpm', seed: 3, targets: 'all', width: 16, quality: 300 }],
  ];
  for (const [label, options] of linearityCases) {
    it(`createSampler(${label}) costs exactly N·a + b flops, int ops and bytes for N = 1 … 1000`, () => {
      const tallies = new Map<number, ReturnType<typeof createSampler>['tally']>();
      for (const steps of [1, 2, 3, 7, 20, 100, 1000]) tallies.set(steps, runToEnd({ ...options, steps }).tally);
      const one = tallies.get(1);
      const two = tallies.get(2);
      if (one === undefined || two === undefined) throw new Error('missing runs');
      for (const key of ['flops', 'intOps', 'bytesRead', 'bytesWritten'] as const) {
        const a = two[key] - one[key];
        const b = one[key] - a;
        expect(a).toBeGreaterThanOrEqual(key === 'intOps' ? 0 : 1);
        for (const [steps, tally] of tallies) expect(tally[key]).toBe(steps * a + b);
      }
    });
  }

  it('createSampler(ddim η = 0, 64×64, 8 targets) costs 4nM + 2n + 9M + 26 flops per step, n = 12 288', () => {
    const n = 64 * 64 * 3;
    const M = 8;
    const a = runToEnd({ steps: 2, sampler: 'ddim', seed: 1, targets: eight }).tally.flops;
    const b = runToEnd({ steps: 1, sampler: 'ddim', seed: 1, targets: eight }).tally.flops;
    expect(a - b).toBe(4 * n * M + 2 * n + 9 * M + 26);
    // Set-up: ‖y_i‖² (2nM) and x_T (12 flops per Box–Muller pair).
    expect(b - (a - b)).toBe(2 * n * M + 6 * n);
  });

  it('createSampler(ddpm) draws fresh noise on every step but the last (2·⌈n/2⌉ xoshiro draws each)', () => {
    const n = 16 * 16 * 3;
    const options = { sampler: 'ddpm', seed: 1, targets: eight, width: 16 } as const;
    const perStep = runToEnd({ ...options, steps: 5 }).tally.intOps - runToEnd({ ...options, steps: 4 }).tally.intOps;
    expect(perStep).toBe(n * OPS_PER_DRAW);
    expect(runToEnd({ ...options, steps: 1 }).tally.intOps).toBe(n * OPS_PER_DRAW);
  });

  it('createSampler(ddim, one target) converges to that target exactly', () => {
    const { xt, dataset } = runToEnd({ steps: 10, sampler: 'ddim', seed: 4, targets: 'boat', width: 32 });
    expect(xt).toEqual(dataset.images[0]);
  });

  it('createSampler(ddpm) and createSampler(ddim, η = 1) give the same sample for the same seed', () => {
    const a = runToEnd({ steps: 25, sampler: 'ddpm', seed: 8, targets: eight, width: 16 });
    const b = runToEnd({ steps: 25, sampler: 'ddim', eta: 1, seed: 8, targets: eight, width: 16 });
    let max = 0;
    for (let j = 0; j < a.xt.length; j++) max = Math.max(max, Math.abs(a.xt[j] - b.xt[j]));
    expect(max).toBeLessThan(1e-4);
  });

  it('createSampler(direct) equals a 1-step ddim run: x_0 = D(x_T, T)', () => {
    const a = runToEnd({ steps: 1, sampler: 'direct', seed: 2, targets: eight, width: 16 });
    const b = runToEnd({ steps: 1, sampler: 'ddim', seed: 2, targets: eight, width: 16 });
    expect(a.xt).toEqual(a.x0hat);
    for (let j = 0; j < a.xt.length; j++) expect(b.xt[j]).toBeCloseTo(a.xt[j], 6);
  });
});

describe('resolveSamplerOptions', () => {
  const base: SamplerOptions = { steps: 10, sampler: 'ddim', seed: 1, targets: 'all' };
  it('resolveSamplerOptions fills defaults: linear schedule, η 0, quality 1, 64 px', () => {
    expect(resolveSamplerOptions(base)).toEqual({
      steps: 10,
      sampler: 'ddim',
      seed: 1,
      targets: [...TARGET_IDS],
      schedule: 'linear',
      eta: 0,
      quality: 1,
      width: 64,
      height: 64,
    });
  });

  const cases: [string, Partial<SamplerOptions> | null, ErrorConstructor, RegExp][] = [
    ['steps 0', { steps: 0 }, RangeError, /steps must be an integer from 1 to 1000; got 0/],
    ['steps 1001', { steps: 1001 }, RangeError, /steps must be an integer from 1 to 1000; got 1001/],
    ['steps 2.5', { steps: 2.5 }, RangeError, /steps .*got 2\.5/],
    ['steps "10"', { steps: '10' as never }, TypeError, /steps must be an integer/],
    [
      'sampler "euler"',
      { sampler: 'euler' as never },
      RangeError,
      /sampler must be one of ddpm, ddim, direct; got "euler"/,
    ],
    [
      'direct with 5 steps',
      { sampler: 'direct', steps: 5 },
      RangeError,
      /steps must be 1 for sampler "direct" .*; got 5/,
    ],
    ['empty targets', { targets: [] }, RangeError, /targets must name at least one/],
    [
      'unknown target',
      { targets: ['face', 'unicorn'] as never },
      RangeError,
      /targets\[1\] must be one of .*got "unicorn"/,
    ],
    ['unknown target string', { targets: 'unicorn' as never }, RangeError, /targets must be one of .*got "unicorn"/],
    ['quality 0.5', { quality: 0.5 }, RangeError, /quality must be a finite number from 1 to 1000000; got 0.5/],
    ['quality NaN', { quality: Number.NaN }, RangeError, /quality must be a finite number .*got NaN/],
    ['eta -0.1', { eta: -0.1 }, RangeError, /eta must be a finite number from 0 to 1; got -0.1/],
    ['eta 1.5', { eta: 1.5 }, RangeError, /eta must be a finite number from 0 to 1; got 1.5/],
    ['seed -1', { seed: -1 }, RangeError, /seed must be an integer from 0 to 4294967295; got -1/],
    ['seed 2^32', { seed: 2 ** 32 }, RangeError, /seed must be an integer from 0 to 4294967295; got 4294967296/],
    ['seed 1.5', { seed: 1.5 }, RangeError, /seed .*got 1.5/],
    ['seed "7"', { seed: '7' as never }, TypeError, /seed must be an integer/],
    ['schedule "quadratic"', { schedule: 'quadratic' as never }, RangeError, /schedule must be one of linear, cosine/],
    ['width 8', { width: 8 }, RangeError, /width must be an integer from 16 to 128; got 8/],
    ['height 256', { width: 64, height: 256 }, RangeError, /height must be an integer from 16 to 128; got 256/],
    ['32 × 64', { width: 32, height: 64 }, RangeError, /height must equal width/],
    ['size 32', { size: 32 } as never, TypeError, /size is not an option: give width/],
    ['options null', null, TypeError, /options must be an options object; got null/],
  ];
  for (const [label, patch, type, message] of cases) {
    it(`resolveSamplerOptions(${label}) throws a ${type.name} naming the argument`, () => {
      const options = (patch === null ? null : { ...base, ...patch }) as SamplerOptions;
      expect(() => resolveSamplerOptions(options)).toThrow(type);
      expect(() => resolveSamplerOptions(options)).toThrow(message);
    });
  }
});

describe('createSampler defaults', () => {
  it('targets defaults to all, as createDataset does', () => {
    const implicit = createSampler({ steps: 2, sampler: 'ddim', seed: 3 });
    const explicit = createSampler({ steps: 2, sampler: 'ddim', seed: 3, targets: 'all' });
    expect(implicit.options.targets).toEqual(explicit.options.targets);
    expect(implicit.options.targets).toHaveLength(10);
    implicit.step();
    explicit.step();
    expect(implicit.xt).toEqual(explicit.xt);
  });
});
