/**
 * Moves every pixel (all its channels together) to a seeded random position: the same values
 * and the same per-pixel colour histogram as the input, with no spatial structure left.
 */
import { checkInteger } from '../../lib/validate.ts';
import { shuffledIndices } from './permutation.ts';
import type { ImageData32 } from './shuffle-tiles.ts';

/** Returns a new image whose pixel i is input pixel p[i] for a uniform permutation p of the pixels. */
export function permutePixels<T extends ImageData32>(image: T, pixels: number, channels: number, seed: number): T {
  checkInteger('pixels', pixels, 1, 1 << 24);
  checkInteger('channels', channels, 1, 4);
  if (image.length !== pixels * channels) {
    throw new RangeError(`image must hold pixels·channels = ${pixels * channels} values; got ${image.length}`);
  }
  const order = shuffledIndices(pixels, seed);
  const out = image.slice() as T;
  for (let i = 0; i < pixels; i++) {
    const src = order[i] * channels;
    for (let c = 0; c < channels; c++) out[i * channels + c] = image[src + c];
  }
  return out;
}
