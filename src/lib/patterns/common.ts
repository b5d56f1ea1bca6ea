/** Shared option handling for the pattern generators. */
import type { Channels, PixelMap } from '../pixel-map.ts';
import { checkShape, useOrCreate } from '../pixel-map.ts';
import type { Tally } from '../tally.ts';
import { checkOptions } from '../validate.ts';

/** Options every generator takes: the shape (sizes 1…4096, channels 1, 3 or 4) and an optional
 * `out` map of that shape to write into instead of allocating. */
export interface ShapeOptions {
  width?: number;
  height?: number;
  channels?: Channels;
  out?: PixelMap;
}

export interface PatternResult {
  map: PixelMap;
  tally: Tally;
}

export const DEFAULT_SHAPE = { width: 256, height: 256, channels: 3 as Channels };

/** Validates the shape options and returns the target map (the caller's `out` or a new one). */
export function prepare<T extends ShapeOptions>(options: T | undefined): { opts: T; map: PixelMap } {
  const opts = checkOptions('options', options);
  const { width, height, channels } = checkShape(
    opts.width ?? DEFAULT_SHAPE.width,
    opts.height ?? DEFAULT_SHAPE.height,
    opts.channels ?? DEFAULT_SHAPE.channels,
  );
  return { opts, map: useOrCreate(opts.out, width, height, channels) };
}
