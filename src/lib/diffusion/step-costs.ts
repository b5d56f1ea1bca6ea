/**
 * The FLOPs of a sampler run without running all of it. A run of N steps costs exactly N·a + b
 * (sampler.ts), so two tiny runs (1 and 2 steps) give a and b. For 'direct' (always one step)
 * the slope is that step's cost.
 */
import { createSampler, resolveSamplerOptions, type SamplerOptions } from './sampler.ts';

export interface StepCosts {
  /** FLOPs counted before the first step (targets' norms and the initial noise x_T). */
  setupFlops: number;
  /** FLOPs each step adds: the slope a of tally(N) = N·a + b. */
  flopsPerStep: number;
  /** FLOPs of the whole run of `options.steps` steps. */
  totalFlops: number;
}

/** The cost of a run of `options`, from the engine's own tally. Validates like createSampler. */
export function stepCosts(options: SamplerOptions): StepCosts {
  const one = createSampler({ ...options, steps: 1 });
  const setupFlops = one.tally.flops;
  one.step();
  const oneStep = one.tally.flops;
  if (options.sampler === 'direct') {
    return { setupFlops, flopsPerStep: oneStep - setupFlops, totalFlops: oneStep };
  }
  const { steps } = resolveSamplerOptions(options);
  const two = createSampler({ ...options, steps: 2 });
  while (!two.step());
  const flopsPerStep = two.tally.flops - oneStep;
  return { setupFlops, flopsPerStep, totalFlops: oneStep + (steps - 1) * flopsPerStep };
}
