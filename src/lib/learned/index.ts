/** The learned denoiser and its distilled student: scenes, weights, layers, UNet, samplers. */
export { type NearestScene, nearestScene } from './nearest.ts';
export { type LearnedSample, sampleLearned } from './sample-learned.ts';
export {
  createLearnedSampler,
  type LearnedSampler,
  type LearnedSamplerOptions,
  MAX_STUDENT_STEPS,
  MAX_TEACHER_STEPS,
} from './sampler.ts';
export {
  HELD_OUT_START,
  MAX_SCENE_INDEX,
  renderScene,
  renderScenesBytes,
  SCENE_CHANNELS,
  SCENE_PALETTE,
  SCENE_SIZE,
  SCENE_VALUES,
  type SceneShapeKind,
  SHAPE_KINDS,
  sceneShapes,
  TRAINING_SCENES,
} from './scenes.ts';
export { createUNet, IMAGE_CHANNELS, type UNet } from './unet.ts';
export {
  expectedShapes,
  LEARNED_MODELS,
  type LearnedConfig,
  type LearnedModelName,
  type LearnedWeights,
  parseLearnedWeights,
} from './weights.ts';
