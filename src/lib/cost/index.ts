/** The cost model: architecture → MACs/FLOPs → seconds and joules on real hardware. */

export type {
  EnergyMeasurement,
  Measurement,
  MeasurementQuantity,
  MeasurementScope,
  ValidationRow,
  ValidationSummary,
} from './calibration.ts';
export {
  errorFactor,
  fitLatency,
  measuredSeconds,
  measurementHardware,
  summariseValidation,
  validateLatency,
} from './calibration.ts';
export type { ValidationRecord } from './calibration-files.ts';
export type { Dtype } from './dtype.ts';
export { ACTIVATION_BYTES, BYTES_PER_ELEMENT, DTYPES } from './dtype.ts';
export type { EstimateJoulesOptions, JoulesEstimate } from './estimate-joules.ts';
export { estimateJoules, JOULES_PER_WATT_HOUR } from './estimate-joules.ts';
export type { EstimateSecondsOptions, SecondsEstimate } from './estimate-seconds.ts';
export { estimateSeconds, peakFlopsPerSecond } from './estimate-seconds.ts';
export type { ForwardCost, ForwardCostOptions, ImageSize } from './forward-cost.ts';
export { forwardCost } from './forward-cost.ts';
export type {
  AccumulateVariant,
  DefineHardwareOptions,
  HardwareId,
  HardwareProfile,
  HardwareSource,
} from './hardware.ts';
export {
  ASSUMED_UTILISATION,
  availableDtypes,
  defineHardware,
  explainUtilisation,
  getHardware,
  HARDWARE_IDS,
  listHardware,
  resolveHardware,
} from './hardware.ts';
export type { ImageCost, ImageCostOptions, MacsFlops } from './image-cost.ts';
export { cfgDoublesBatch, imageCost, MAX_GUIDANCE_SCALE, MAX_STEPS } from './image-cost.ts';
export type { BytesMoved, ImageEstimate, ImageEstimateOptions, TimeBreakdown } from './image-estimate.ts';
export { imageEstimate } from './image-estimate.ts';
export type { GpuArchitecture, LatencyParams, PipelineSeconds, Software, StageSeconds } from './latency.ts';
export { achievedFlopsPerSecond, GPU_ARCHITECTURES, SOFTWARE_LABELS, SOFTWARE_STACKS } from './latency.ts';
export { LATENCY_PARAMS } from './latency-params.ts';
export type { LayerCount } from './layer-count.ts';
export type { MemoryFit } from './memory-fit.ts';
export { memoryFit } from './memory-fit.ts';
export type { Denoiser, DitId, GuidanceMode, ModelId, ModelSpec, TextEncoderUse } from './models.ts';
export { DIT_IDS, getModel, listModels, MAX_IMAGE_SIDE, MODEL_IDS, TEXT_TO_IMAGE_IDS } from './models.ts';
export type { RandomMapCost, RandomMapCostOptions } from './random-map-cost.ts';
export { BYTES_PER_DRAW, randomMapCost, ratioToRandomMap } from './random-map-cost.ts';
export type { RealityCheck } from './reality-checks.ts';
export { realityChecks } from './reality-checks.ts';
export type { TextEncoderId } from './text-encoder.ts';
export { TEXT_ENCODER_IDS, TEXT_ENCODERS } from './text-encoder.ts';
export type { VaeId } from './vae.ts';
export { VAE_CONFIGS, VAE_IDS } from './vae.ts';
