/** The toy diffusion model: schedules, dataset, ideal denoiser, samplers and quality measures. */

export { type CapturedRun, type CaptureRunOptions, captureRun } from './capture-run.ts';
export {
  createDataset,
  type Dataset,
  type DatasetOptions,
  DEFAULT_DATASET_SIZE,
  datasetMean,
  MAX_DATASET_SIZE,
  MIN_DATASET_SIZE,
  type RenderTargetOptions,
  renderTarget,
  type TargetSelection,
} from './dataset.ts';
export {
  createIdealDenoiser,
  type IdealDenoiser,
  type IdealDenoiserOptions,
  MAX_QUALITY_FACTOR,
} from './ideal-denoiser.ts';
export {
  type ImageQuality,
  laplacianEnergy,
  measureQuality,
  type NearestTarget,
  nearestTarget,
  PEAK_TO_PEAK,
  psnrDb,
  rmse,
} from './quality.ts';
export { type QualityCurve, type QualityCurveOptions, qualityCurve } from './quality-curve.ts';
export { type SampleOptions, type SampleResult, type StepInfo, sample } from './sample.ts';
export {
  createSampler,
  type DiffusionSampler,
  type ResolvedSamplerOptions,
  resolveSamplerOptions,
  type SamplerOptions,
} from './sampler.ts';
export { SAMPLER_NAMES, type SamplerName } from './samplers.ts';
export {
  COSINE_MAX_BETA,
  COSINE_OFFSET,
  createSchedule,
  LINEAR_BETA_END,
  LINEAR_BETA_START,
  type NoiseSchedule,
  NUM_TIMESTEPS,
  SCHEDULE_NAMES,
  type ScheduleName,
} from './schedule.ts';
export { type Rgb, type Shape, SUPERSAMPLING } from './shapes.ts';
export { type StepCosts, stepCosts } from './step-costs.ts';
export { TARGET_IDS, TARGET_SCENES, type TargetId, type TargetScene } from './targets.ts';
export { toPixelMap } from './to-pixel-map.ts';
