/** The engine's public API: pure TypeScript, no DOM; runs in Node, browsers and workers. */

export * from './cost/index.ts';
export * from './device/index.ts';
export * from './diffusion/index.ts';
export {
  formatBytes,
  formatCount,
  formatInteger,
  formatParams,
  formatPercent,
  formatRatio,
  formatScientific,
  formatSeconds,
  formatSI,
  roundSignificant,
  superscript,
} from './format.ts';
export { gridOf } from './grid-of.ts';
export * from './learned/index.ts';
export * from './patterns/index.ts';
export type { Channels, PixelMap } from './pixel-map.ts';
export { byteSizes, createPixelMap, MAX_SIZE, toRGBA } from './pixel-map.ts';
export type { RngState } from './random.ts';
export {
  createRng,
  MAX_SEED,
  nextFloat,
  nextNormal,
  nextUint32,
  OPS_PER_DRAW,
} from './random.ts';
export type { Tally } from './tally.ts';
export { createTally } from './tally.ts';
