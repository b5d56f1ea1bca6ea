/**
 * A step-at-a-time sampler for the toy diffusion model, so a Web Worker can run a few steps per
 * slice, post frames and stop when cancelled (it simply stops calling `step()`). `sample()` is
 * built on it. All buffers are allocated once at creation and refilled by every step.
 *
 * Cost accounting: `tally` is filled by the code that runs. Creation adds a constant (the
 * targets' squared norms and the initial noise x_T); every step but the last adds the same
 * amount (denoiser + update coefficients + update pass + fresh noise), and the last step adds
 * no noise (σ = 0 there, as z = 0 at t = 1 in Ho et al.'s Algorithm 2). So a run of N steps
 * costs exactly N·a + b for integers a and b that depend only on the options, never on t.
 */
import { createRng, MAX_SEED, type RngState } from '../random.ts';
import { createTally, type Tally } from '../tally.ts';
import { checkInteger, checkNumber, checkOneOf, checkOptions } from '../validate.ts';
import { checkSquareSize, createDataset, type Dataset, resolveTargets, type TargetSelection } from './dataset.ts';
import { createIdealDenoiser, MAX_QUALITY_FACTOR } from './ideal-denoiser.ts';
import { drawNormals } from './noise.ts';
import {
  applyUpdate,
  ddimCoefficients,
  ddpmCoefficients,
  SAMPLER_NAMES,
  type SamplerName,
  type UpdateCoefficients,
} from './samplers.ts';
import { createSchedule, type NoiseSchedule, NUM_TIMESTEPS, SCHEDULE_NAMES, type ScheduleName } from './schedule.ts';
import type { TargetId } from './targets.ts';
import { trailingTimesteps } from './timesteps.ts';

export interface SamplerOptions {
  /** Denoiser evaluations, an integer from 1 to 1000 (must be 1 for 'direct'). */
  steps: number;
  sampler: SamplerName;
  /** RNG seed, an integer from 0 to 4294967295. */
  seed: number;
  /** Which targets make up the dataset; default 'all' (as createDataset). */
  targets?: TargetSelection;
  /** Noise schedule; default 'linear'. */
  schedule?: ScheduleName;
  /** DDIM stochasticity η from 0 (deterministic) to 1; default 0. Read only by 'ddim'. */
  eta?: number;
  /** Denoiser-quality factor k from 1 (ideal) to 1e6; default 1. See ideal-denoiser.ts. */
  quality?: number;
  /** Image size in pixels, 16 to 128, square (height = width); default 64 × 64. */
  width?: number;
  height?: number;
}

export interface ResolvedSamplerOptions {
  steps: number;
  sampler: SamplerName;
  seed: number;
  targets: TargetId[];
  schedule: ScheduleName;
  eta: number;
  quality: number;
  width: number;
  height: number;
}

/** Validates sampler options once, at the entry point, and fills in defaults. */
export function resolveSamplerOptions(options: SamplerOptions): ResolvedSamplerOptions {
  const opts = checkOptions('options', options);
  const side = checkSquareSize(opts);
  const sampler = checkOneOf('sampler', opts.sampler, SAMPLER_NAMES);
  const steps = checkInteger('steps', opts.steps, 1, NUM_TIMESTEPS);
  if (sampler === 'direct' && steps !== 1) {
    throw new RangeError(`steps must be 1 for sampler "direct" (one prediction from x_T); got ${steps}`);
  }
  return {
    steps,
    sampler,
    seed: checkInteger('seed', opts.seed, 0, MAX_SEED),
    targets: resolveTargets(opts.targets ?? 'all'),
    schedule: checkOneOf('schedule', opts.schedule ?? 'linear', SCHEDULE_NAMES),
    eta: checkNumber('eta', opts.eta ?? 0, 0, 1),
    quality: checkNumber('quality', opts.quality ?? 1, 1, MAX_QUALITY_FACTOR),
    width: side,
    height: side,
  };
}

export interface DiffusionSampler {
  readonly options: ResolvedSamplerOptions;
  readonly dataset: Dataset;
  readonly schedule: NoiseSchedule;
  /** The timestep each step denoises, indexed by step: T first (trailing spacing, timesteps.ts). */
  readonly timesteps: Int32Array;
  /** The current x_t on the [−1, 1] scale (x_T before the first step, x_0 after the last). */
  readonly xt: Float32Array;
  /** The denoiser's latest x̂_0 (all zeros before the first step). */
  readonly x0hat: Float32Array;
  /** The denoiser's latest posterior probability per target, indexed like `dataset.ids`. */
  readonly weights: Float64Array;
  readonly tally: Tally;
  /** Steps completed, 0 … steps. */
  readonly stepsDone: number;
  readonly done: boolean;
  /** Runs one step (denoise x_t at the next timestep, then move to the one after) and returns `done`. No-op once done. */
  step(): boolean;
}

export function createSampler(options: SamplerOptions): DiffusionSampler {
  const resolved = resolveSamplerOptions(options);
  const { steps, sampler, eta } = resolved;
  const tally = createTally();
  const dataset = createDataset({ targets: resolved.targets, width: resolved.width, height: resolved.height });
  const schedule = createSchedule(resolved.schedule);
  const alphaBars = schedule.alphaBars;
  const timesteps = trailingTimesteps(steps, schedule.T);
  const denoiser = createIdealDenoiser(dataset, { quality: resolved.quality, tally });
  const n = dataset.valuesPerImage;
  const rng: RngState = createRng(resolved.seed);
  const xt = new Float32Array(n);
  const x0hat = new Float32Array(n);
  const stochastic = sampler === 'ddpm' || (sampler === 'ddim' && eta > 0);
  const noise = stochastic ? new Float32Array(n) : null;
  const coefficients: UpdateCoefficients = { x0Coef: 0, xtCoef: 0, noiseStd: 0 };
  drawNormals(rng, xt, tally);
  let stepsDone = 0;

  function step(): boolean {
    if (stepsDone === steps) return true;
    const t = timesteps[stepsDone];
    const last = stepsDone === steps - 1;
    // The next timestep s; after the last step it is 0, where ᾱ_0 = 1 (schedule.ts).
    const s = last ? 0 : timesteps[stepsDone + 1];
    denoiser.denoise(xt, alphaBars[t], x0hat, tally);
    if (sampler === 'direct') {
      xt.set(x0hat);
      tally.bytesRead += 4 * n;
      tally.bytesWritten += 4 * n;
    } else {
      if (sampler === 'ddpm') ddpmCoefficients(alphaBars[t], alphaBars[s], coefficients, tally);
      else ddimCoefficients(alphaBars[t], alphaBars[s], eta, coefficients, tally);
      // σ = 0 on the last step (ᾱ_0 = 1), so no noise is drawn there.
      const z = noise !== null && !last ? noise : null;
      if (z !== null) drawNormals(rng, z, tally);
      applyUpdate(xt, x0hat, coefficients, z, xt, tally);
    }
    stepsDone++;
    return stepsDone === steps;
  }

  return {
    options: resolved,
    dataset,
    schedule,
    timesteps,
    xt,
    x0hat,
    weights: denoiser.weights,
    tally,
    get stepsDone() {
      return stepsDone;
    },
    get done() {
      return stepsDone === steps;
    },
    step,
  };
}
