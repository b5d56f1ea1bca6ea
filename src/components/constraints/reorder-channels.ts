/** Recolours an RGB image by reading its channels in another order (e.g. [2, 1, 0] swaps red and blue). */
import type { ImageData32 } from './shuffle-tiles.ts';

export function reorderChannels<T extends ImageData32>(image: T, order: readonly [number, number, number]): T {
  if (image.length % 3 !== 0) throw new RangeError(`image must hold RGB triples; got ${image.length} values`);
  const sorted = [...order].sort().join();
  if (sorted !== '0,1,2') throw new RangeError(`order must be a permutation of [0, 1, 2]; got [${order.join(', ')}]`);
  const out = image.slice() as T;
  for (let i = 0; i < image.length; i += 3) {
    out[i] = image[i + order[0]];
    out[i + 1] = image[i + order[1]];
    out[i + 2] = image[i + order[2]];
  }
  return out;
}
