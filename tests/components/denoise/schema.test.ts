import { describe, expect, it } from 'vitest';
import { defaults, readParams } from '../../../src/components/demo/params.ts';
import {
  DENOISE_ID,
  datasetTargets,
  denoiseSchema,
  describeState,
  effectiveSteps,
  isOfferedSteps,
  samplerOptionsFrom,
  snapSteps,
  TRIO,
} from '../../../src/components/denoise/schema.ts';
import { resolveSamplerOptions } from '../../../src/lib/index.ts';

describe('denoise schema', () => {
  it('defaults are a 20-step DDIM run of all targets, seed 1, ideal denoiser', () => {
    expect(defaults(denoiseSchema)).toEqual({
      steps: 20,
      sampler: 'ddim',
      schedule: 'linear',
      seed: 1,
      dataset: 'all',
      quality: 1,
      speed: 10,
    });
  });

  it('isOfferedSteps accepts 1 … 100 and 1000 only', () => {
    for (const n of [1, 2, 50, 100, 1000]) expect(isOfferedSteps(n)).toBe(true);
    for (const n of [0, 101, 500, 999, 1001, 2.5, Number.NaN]) expect(isOfferedSteps(n)).toBe(false);
  });

  it('snapSteps(n) keeps offered counts and snaps 101 … 999 to the nearer of 100 and 1000, with a notice', () => {
    expect(snapSteps(37)).toEqual({ steps: 37 });
    expect(snapSteps(1000)).toEqual({ steps: 1000 });
    expect(snapSteps(101).steps).toBe(100);
    expect(snapSteps(549).steps).toBe(100);
    expect(snapSteps(551).steps).toBe(1000);
    expect(snapSteps(999).steps).toBe(1000);
    expect(snapSteps(0).steps).toBe(1);
    expect(snapSteps(500).notice).toBe('denoise.steps = “500” is not offered (1 to 100, or 1000); using 100.');
  });

  it("effectiveSteps: 'direct' always takes one step", () => {
    expect(effectiveSteps({ steps: 20, sampler: 'direct' })).toBe(1);
    expect(effectiveSteps({ steps: 20, sampler: 'ddpm' })).toBe(20);
  });

  it('datasetTargets maps the presets', () => {
    expect(datasetTargets('all')).toBe('all');
    expect(datasetTargets('trio')).toBe(TRIO);
    expect(datasetTargets('cat')).toBe('cat');
  });

  it('every combination of schema values gives options the engine accepts', () => {
    for (const sampler of denoiseSchema.sampler.values) {
      for (const dataset of denoiseSchema.dataset.values) {
        for (const steps of [1, 20, 1000]) {
          const values = { ...defaults(denoiseSchema), sampler, dataset, steps };
          expect(() => resolveSamplerOptions(samplerOptionsFrom(values))).not.toThrow();
        }
      }
    }
  });

  it('a URL round-trips into sampler options, hostile values clamped', () => {
    const { values, notices } = readParams(
      DENOISE_ID,
      denoiseSchema,
      '?denoise.steps=7&denoise.sampler=ddpm&denoise.quality=7&denoise.seed=-3&denoise.dataset=nope',
    );
    expect(samplerOptionsFrom(values)).toEqual({
      steps: 7,
      sampler: 'ddpm',
      schedule: 'linear',
      seed: 0,
      targets: 'all',
      quality: 10,
    });
    expect(notices).toHaveLength(3);
  });

  it('describeState names the run', () => {
    expect(describeState(defaults(denoiseSchema))).toBe(
      'DDIM, 20 steps, linear schedule, all 10 targets, seed 1, denoiser quality k = 1',
    );
    expect(describeState({ ...defaults(denoiseSchema), sampler: 'direct' })).toMatch(/^Direct prediction, 1 step,/);
  });
});
