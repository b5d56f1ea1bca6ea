/**
 * Cuts a square image into a grid of equal tiles and puts them back in a seeded, shuffled
 * order. Every pixel value is kept (the multiset of values, so every histogram and every
 * per-channel statistic, is exactly the original's); only the arrangement changes.
 */
import { checkInteger } from '../../lib/validate.ts';
import { cyclicIndices } from './permutation.ts';

export type ImageData32 = Float32Array | Uint8ClampedArray;

export interface ShuffleTilesOptions {
  /** Side of the square image in pixels. */
  size: number;
  /** Values per pixel (1, 3 or 4); default 3. */
  channels?: number;
  /** Tiles per side: the image is cut into tiles × tiles squares; must divide `size`. */
  tiles: number;
  /** Seed of the permutation (0 … 2³²−1). */
  seed: number;
}

/**
 * Returns a new image of the same type in which output tile t is input tile p[t], for a cyclic
 * permutation p (no tile stays in place). `image` holds size·size·channels values, row-major,
 * channels interleaved.
 */
export function shuffleTiles<T extends ImageData32>(image: T, options: ShuffleTilesOptions): T {
  const size = checkInteger('size', options.size, 1, 4096);
  const channels = checkInteger('channels', options.channels ?? 3, 1, 4);
  const tiles = checkInteger('tiles', options.tiles, 1, size);
  if (size % tiles !== 0) throw new RangeError(`tiles must divide size ${size}; got ${tiles}`);
  if (image.length !== size * size * channels) {
    throw new RangeError(`image must hold size·size·channels = ${size * size * channels} values; got ${image.length}`);
  }
  const tile = size / tiles;
  const order = cyclicIndices(tiles * tiles, options.seed);
  const out = image.slice() as T;
  const rowValues = tile * channels;
  for (let t = 0; t < order.length; t++) {
    const dstX = (t % tiles) * tile;
    const dstY = Math.floor(t / tiles) * tile;
    const srcX = (order[t] % tiles) * tile;
    const srcY = Math.floor(order[t] / tiles) * tile;
    for (let y = 0; y < tile; y++) {
      const from = ((srcY + y) * size + srcX) * channels;
      out.set(image.subarray(from, from + rowValues), ((dstY + y) * size + dstX) * channels);
    }
  }
  return out;
}
