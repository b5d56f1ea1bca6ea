/**
 * The /diffusion/ chapter's numbers, computed by the engine at build time (the chapter never
 * types a number the engine can compute). Pure and cached: every component on the page shares
 * one computation.
 */
import type { SamplerOptions, StepCosts, TargetId } from '../../lib/index.ts';
import {
  createDataset,
  createIdealDenoiser,
  createSampler,
  createSchedule,
  createTally,
  datasetMean,
  formatInteger,
  formatPercent,
  formatRatio,
  formatSI,
  forwardCost,
  measureQuality,
  NUM_TIMESTEPS,
  qualityCurve,
  rmse,
  stepCosts,
  TARGET_SCENES,
} from '../../lib/index.ts';
import { defaults } from '../demo/params.ts';
import { defaultRun } from './figures.ts';
import { denoiseSchema, samplerOptionsFrom } from './schema.ts';

/** Step counts of the chapter's quality table. */
export const TABLE_STEPS = [1, 2, 5, 10, 20, 50] as const;
/** Denoiser-quality factors of the chapter's quality table. */
export const TABLE_QUALITIES = [1, 10, 100, 1000] as const;

export interface ChapterFacts {
  /** The default run (DDIM, 20 steps, all targets, seed 1, k = 1). */
  steps: number;
  targetCount: number;
  pixels: number;
  values: number;
  costs: StepCosts;
  /** FLOPs of one denoiser pass alone (the "network"), and its share of a step. */
  denoiserFlops: number;
  /** A 1000-step DDPM run's FLOPs with the default dataset. */
  fullChainFlops: number;
  /** One SDXL UNet call at 1024² (cost model) and its ratio to one toy step. */
  sdxlStepFlops: number;
  sdxlRatio: number;
  /** RMSE between the 1-step prediction and the dataset mean, and between the mean and its nearest target. */
  oneStepVsMeanRmse: number;
  meanNearestName: string;
  meanNearestRmse: number;
  /** The default run's final target and RMSE. */
  finalTargetName: string;
  finalRmse: number;
  /** RMSE of the finished sample, indexed [quality][steps] like TABLE_QUALITIES × TABLE_STEPS (DDIM, seed 1). */
  rmseTable: number[][];
  nearestTable: string[][];
  /** FLOPs of DDIM runs of TABLE_STEPS steps, indexed like TABLE_STEPS. */
  flopsByRunSteps: number[];
  T: number;
  /** √ᾱ_T of the default (linear) schedule: the fraction of the signal left in x_T. */
  signalAtT: number;
  /** Of seeds 1 … SEED_COUNT (20-step DDIM, all targets), how many land on the target nearest the mean, at k = 1 and k = 100. */
  seedsOnMeanTarget: { k1: number; k100: number };
}

/** Seeds 1 … SEED_COUNT are tried for the "runs settle on the mean's target" count. */
export const SEED_COUNT = 8;

let cached: ChapterFacts | undefined;

function countOnTarget(options: SamplerOptions, target: TargetId): number {
  let count = 0;
  for (let seed = 1; seed <= SEED_COUNT; seed++) {
    const sampler = createSampler({ ...options, seed });
    while (!sampler.step());
    if (measureQuality(sampler.xt, { dataset: sampler.dataset }).nearestId === target) count++;
  }
  return count;
}

export function chapterFacts(): ChapterFacts {
  if (cached) return cached;
  const options = samplerOptionsFrom(defaults(denoiseSchema));
  const costs = stepCosts(options);
  const all = createDataset({ targets: options.targets });
  const mean = datasetMean(all);
  const meanQuality = measureQuality(mean, { dataset: all });
  const run = defaultRun();
  const oneStep = run.x0hat.get(1) as Float32Array;
  const n = all.valuesPerImage;
  const M = all.images.length;
  // One ideal-denoiser call alone, tallied by the code that runs (the count does not depend on x_t or t).
  const pass = createTally();
  createIdealDenoiser(all).denoise(oneStep, 0.5, new Float32Array(n), pass);
  const denoiserFlops = pass.flops;
  const sdxlStepFlops = forwardCost({ model: 'sdxl', width: 1024, height: 1024 }).flops;
  const rmseTable: number[][] = [];
  const nearestTable: string[][] = [];
  let flopsByRunSteps: number[] = [];
  for (const quality of TABLE_QUALITIES) {
    const curve = qualityCurve({ ...options, quality, stepsList: [...TABLE_STEPS] });
    rmseTable.push(Array.from(curve.rmse));
    nearestTable.push(curve.nearestIds.map((id) => TARGET_SCENES[id].name));
    flopsByRunSteps = Array.from(curve.flops);
  }
  cached = {
    steps: options.steps,
    targetCount: M,
    pixels: all.width * all.height,
    values: n,
    costs,
    denoiserFlops,
    fullChainFlops: stepCosts({ ...options, sampler: 'ddpm', steps: NUM_TIMESTEPS }).totalFlops,
    sdxlStepFlops,
    sdxlRatio: sdxlStepFlops / costs.flopsPerStep,
    oneStepVsMeanRmse: rmse(oneStep, { reference: mean }),
    meanNearestName: TARGET_SCENES[meanQuality.nearestId].name,
    meanNearestRmse: meanQuality.rmse,
    finalTargetName: run.dataset.names[run.dataset.ids.indexOf(run.finalTarget)],
    finalRmse: run.finalRmse,
    rmseTable,
    nearestTable,
    flopsByRunSteps,
    T: NUM_TIMESTEPS,
    signalAtT: Math.sqrt(createSchedule(options.schedule).alphaBars[NUM_TIMESTEPS]),
    seedsOnMeanTarget: {
      k1: countOnTarget({ ...options, quality: 1 }, meanQuality.nearestId),
      k100: countOnTarget({ ...options, quality: 100 }, meanQuality.nearestId),
    },
  };
  return cached;
}

/** An RMSE for prose and tables: 3 decimals, or "0" / scientific notation when tiny. */
export function formatRmseText(value: number): string {
  if (value === 0) return '0';
  if (value < 0.001) {
    const [mantissa, exponent] = value.toExponential(1).split('e');
    const sup = exponent.replace(/^\+/, '').replace(/[-0-9]/g, (d) => (d === '-' ? '⁻' : '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]));
    return `${mantissa} × 10${sup}`;
  }
  return value.toFixed(3);
}

/** The chapter's numbers as display strings, by name (used by Fact.astro). */
export function chapterText(): Record<string, string> {
  const f = chapterFacts();
  const at = (quality: number, steps: number) =>
    formatRmseText(f.rmseTable[TABLE_QUALITIES.indexOf(quality as 1)][TABLE_STEPS.indexOf(steps as 1)]);
  return {
    steps: String(f.steps),
    targetCount: String(f.targetCount),
    pixels: formatInteger(f.pixels),
    values: formatInteger(f.values),
    flopsPerStep: formatSI(f.costs.flopsPerStep, { unit: 'FLOP' }),
    flopsPerStepExact: formatInteger(f.costs.flopsPerStep),
    setupFlops: `${formatInteger(f.costs.setupFlops)} FLOP`,
    totalFlops: formatSI(f.costs.totalFlops, { unit: 'FLOP' }),
    denoiserFlops: formatSI(f.denoiserFlops, { unit: 'FLOP' }),
    denoiserShare: formatPercent(f.denoiserFlops / f.costs.flopsPerStep),
    fullChainFlops: formatSI(f.fullChainFlops, { unit: 'FLOP' }),
    sdxlStepFlops: formatSI(f.sdxlStepFlops, { unit: 'FLOP' }),
    sdxlRatio: formatRatio(f.sdxlRatio),
    oneStepVsMeanRmse: formatRmseText(f.oneStepVsMeanRmse),
    meanNearestName: f.meanNearestName.toLowerCase(),
    meanNearestRmse: formatRmseText(f.meanNearestRmse),
    finalTargetName: f.finalTargetName.toLowerCase(),
    finalRmse: formatRmseText(f.finalRmse),
    rmse1: at(1, 1),
    rmse2: at(1, 2),
    rmse5: at(1, 5),
    rmse100x5: at(100, 5),
    rmse1000x10: at(1000, 10),
    rmse1000x20: at(1000, 20),
    T: formatInteger(f.T),
    signalAtT: f.signalAtT.toPrecision(2),
    fullChainRatio: formatRatio(f.fullChainFlops / f.costs.totalFlops),
    seedCount: String(SEED_COUNT),
    seedsOnMeanK1: String(f.seedsOnMeanTarget.k1),
    seedsOnMeanK100: String(f.seedsOnMeanTarget.k100),
  };
}
