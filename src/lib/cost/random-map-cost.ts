/**
 * The baseline the site compares every model against: a width × height × channels map of
 * uniform random bytes from the engine's own generator (random.ts `fillBytes`, xoshiro128**).
 * Each 32-bit draw yields 4 bytes and costs OPS_PER_DRAW integer operations; no floating-point
 * operation is involved, so `flops` is 0 and ratios are taken against integer ops.
 */
import { checkChannels } from '../pixel-map.ts';
import { OPS_PER_DRAW } from '../random.ts';
import { checkInteger, checkOptions } from '../validate.ts';

export const BYTES_PER_DRAW = 4;
/**
 * Largest side costed. Larger than the generators' MAX_SIZE (4096) on purpose: the calculator
 * prices images up to MAX_IMAGE_SIDE (8192) and compares each with a map of the same size.
 */
export const MAX_MAP_SIDE = 16384;

export interface RandomMapCostOptions {
  width: number;
  height: number;
  /** 1 (grey), 3 (RGB) or 4 (RGBA), as the generators (pixel-map.ts checkChannels). */
  channels: number;
}

export interface RandomMapCost {
  /** Bytes of random data written (one byte per channel per pixel). */
  bytes: number;
  /** 32-bit generator draws: ceil(bytes / 4). */
  draws: number;
  /** Integer operations: draws × OPS_PER_DRAW. */
  intOps: number;
  /** Always 0: no floating-point work. */
  flops: 0;
}

export function randomMapCost(options: RandomMapCostOptions): RandomMapCost {
  const o = checkOptions('options', options);
  const width = checkInteger('width', o.width, 1, MAX_MAP_SIDE);
  const height = checkInteger('height', o.height, 1, MAX_MAP_SIDE);
  const channels = checkChannels(o.channels);
  const bytes = width * height * channels;
  const draws = Math.ceil(bytes / BYTES_PER_DRAW);
  return { bytes, draws, intOps: draws * OPS_PER_DRAW, flops: 0 };
}

/**
 * How many times more operations an image costs than the random map: image FLOPs over the map's
 * integer ops. The two units differ on purpose (that is the site's point); say so where shown.
 */
export function ratioToRandomMap(imageFlops: number, options: { map: RandomMapCost }): number {
  const { map } = checkOptions('ratioToRandomMap options', options);
  return imageFlops / map.intOps;
}
