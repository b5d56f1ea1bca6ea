/**
 * A checkerboard of square cells alternating between two colours, starting with `colors[0]`
 * at the top-left. Two template rows are built once; every other row is a copy of one of them.
 */
import { createTally } from '../tally.ts';
import { checkInteger } from '../validate.ts';
import type { Color } from './color.ts';
import { colorToChannels } from './color.ts';
import type { PatternResult, ShapeOptions } from './common.ts';
import { prepare } from './common.ts';

export interface CheckerboardOptions extends ShapeOptions {
  /** Cell edge in pixels, 1…4096. */
  cell?: number;
  /** The two colours, each 1, 3 or 4 integers 0…255. */
  colors?: readonly [Color, Color];
}

export const CHECKERBOARD_DEFAULTS = {
  cell: 32,
  colors: [
    [24, 32, 64],
    [236, 240, 250],
  ] as const,
};

export function checkerboard(options?: CheckerboardOptions): PatternResult {
  const { opts, map } = prepare(options);
  const cell = checkInteger('cell', opts.cell ?? CHECKERBOARD_DEFAULTS.cell, 1, 4096);
  const colors = opts.colors ?? CHECKERBOARD_DEFAULTS.colors;
  if (!Array.isArray(colors) || colors.length !== 2) {
    throw new TypeError(`colors must be an array of two colours; got ${JSON.stringify(colors)}`);
  }
  const { width, height, channels, data } = map;
  const a = colorToChannels('colors[0]', colors[0], channels);
  const b = colorToChannels('colors[1]', colors[1], channels);
  const tally = createTally();
  const rowBytes = width * channels;

  // Template rows: row 0 of an even band of cells and of an odd band.
  const even = new Uint8ClampedArray(rowBytes);
  const odd = new Uint8ClampedArray(rowBytes);
  for (let x = 0; x < width; x++) {
    const useA = ((x / cell) | 0) % 2 === 0; // divide, truncate, modulo, compare: 4 int ops
    const o = x * channels;
    for (let c = 0; c < channels; c++) {
      even[o + c] = useA ? a[c] : b[c];
      odd[o + c] = useA ? b[c] : a[c];
    }
  }
  tally.intOps += width * 4;
  tally.bytesWritten += 2 * rowBytes;

  for (let y = 0; y < height; y++) {
    data.set(((y / cell) | 0) % 2 === 0 ? even : odd, y * rowBytes);
    tally.intOps += 4;
    tally.bytesRead += rowBytes;
    tally.bytesWritten += rowBytes;
  }
  return { map, tally };
}
