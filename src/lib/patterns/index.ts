export type { CheckerboardOptions } from './checkerboard.ts';
export { CHECKERBOARD_DEFAULTS, checkerboard } from './checkerboard.ts';
export type { Color } from './color.ts';
export type { PatternResult, ShapeOptions } from './common.ts';
export { DEFAULT_SHAPE } from './common.ts';
export type { GradientKind, GradientOptions, GradientStop } from './gradient.ts';
export { GRADIENT_DEFAULTS, GRADIENT_KINDS, gradient } from './gradient.ts';
export type { RandomNoiseOptions } from './random-noise.ts';
export { RANDOM_NOISE_DEFAULTS, randomNoise } from './random-noise.ts';
export type { SmoothNoiseOptions } from './smooth-noise.ts';
export {
  boxWidthsForGauss,
  MAX_SIGMA,
  SMOOTH_NOISE_DEFAULTS,
  smoothNoise,
  smoothNoiseBackend,
} from './smooth-noise.ts';
export type { SmoothNoiseBackend } from './smooth-noise-kernels.ts';
