/**
 * Float images on the [−1, 1] scale to RGB bytes for display: byte = (v + 1) · 127.5, rounded
 * to nearest (ties to even) and clamped to 0 … 255 by Uint8ClampedArray, so −1 → 0, 0 → 128,
 * +1 → 255; NaN becomes 0.
 */
import { MAX_SIZE, type PixelMap, useOrCreate } from '../pixel-map.ts';
import { checkInteger, checkOptions } from '../validate.ts';

/** Writes `floatImage` (width·height·3 values, RGB interleaved) into `out` (or a new PixelMap) and returns it. */
export function toPixelMap(
  floatImage: Float32Array | Float64Array,
  options: { width: number; height: number; out?: PixelMap },
): PixelMap {
  const { width, height, out } = checkOptions('toPixelMap options', options);
  if (!(floatImage instanceof Float32Array || floatImage instanceof Float64Array)) {
    throw new TypeError('floatImage must be a Float32Array or Float64Array');
  }
  checkInteger('width', width, 1, MAX_SIZE);
  checkInteger('height', height, 1, MAX_SIZE);
  const n = width * height * 3;
  if (floatImage.length !== n) {
    throw new RangeError(`floatImage must hold width·height·3 = ${n} values; got ${floatImage.length}`);
  }
  const map = useOrCreate(out, width, height, 3);
  const bytes = map.data;
  for (let i = 0; i < n; i++) bytes[i] = (floatImage[i] + 1) * 127.5;
  return map;
}
