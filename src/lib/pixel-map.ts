/**
 * A raster image: `data` holds `width * height * channels` bytes, row-major, channels
 * interleaved (index = (y * width + x) * channels + c). Channels: 1 (grey), 3 (RGB), 4 (RGBA).
 */
import { checkInteger, checkOptions } from './validate.ts';

export type Channels = 1 | 3 | 4;

export interface PixelMap {
  width: number;
  height: number;
  channels: Channels;
  data: Uint8ClampedArray;
}

/** Largest width or height any generator accepts. */
export const MAX_SIZE = 4096;

export function checkChannels(value: unknown): Channels {
  if (value !== 1 && value !== 3 && value !== 4) {
    if (typeof value !== 'number') {
      throw new TypeError(
        `channels must be 1, 3 or 4; got ${typeof value === 'string' ? JSON.stringify(value) : typeof value}`,
      );
    }
    throw new RangeError(`channels must be 1, 3 or 4; got ${value}`);
  }
  return value;
}

/** Validates width, height and channels (sizes are integers from 1 to 4096). */
export function checkShape(
  width: unknown,
  height: unknown,
  channels: unknown,
): { width: number; height: number; channels: Channels } {
  return {
    width: checkInteger('width', width, 1, MAX_SIZE),
    height: checkInteger('height', height, 1, MAX_SIZE),
    channels: checkChannels(channels),
  };
}

/** The shape of a map: width and height in pixels (1..4096), channels 1, 3 (default) or 4. */
export interface PixelMapShape {
  width: number;
  height: number;
  channels?: Channels;
}

/** A zeroed map of the given shape. */
export function createPixelMap(options: PixelMapShape): PixelMap {
  const { width, height, channels = 3 } = checkOptions('createPixelMap options', options);
  const shape = checkShape(width, height, channels);
  return { ...shape, data: new Uint8ClampedArray(shape.width * shape.height * shape.channels) };
}

/**
 * Returns `out` when it is given and has the shape asked for (so hot loops reuse it), else a
 * new map. A given `out` of another shape is an error, not a silent allocation.
 */
export function useOrCreate(out: PixelMap | undefined, width: number, height: number, channels: Channels): PixelMap {
  if (out === undefined) return createPixelMap({ width, height, channels });
  if (out === null || typeof out !== 'object' || !(out.data instanceof Uint8ClampedArray)) {
    throw new TypeError('out must be a PixelMap { width, height, channels, data: Uint8ClampedArray }');
  }
  if (
    out.width !== width ||
    out.height !== height ||
    out.channels !== channels ||
    out.data.length !== width * height * channels
  ) {
    throw new RangeError(
      `out must have the requested shape ${width}×${height}×${channels}; got ${out.width}×${out.height}×${out.channels} with ${out.data.length} bytes`,
    );
  }
  return out;
}

/**
 * Converts any PixelMap to RGBA bytes (for canvas ImageData): grey is replicated into R, G and
 * B; alpha is 255 unless the map has its own. Writes into `out` when given.
 */
export function toRGBA(map: PixelMap, options?: { out?: Uint8ClampedArray }): Uint8ClampedArray {
  const { out } = checkOptions('toRGBA options', options);
  const n = map.width * map.height;
  const rgba = out ?? new Uint8ClampedArray(n * 4);
  if (rgba.length !== n * 4) throw new RangeError(`out must hold ${n * 4} bytes; got ${rgba.length}`);
  const src = map.data;
  if (map.channels === 4) {
    rgba.set(src);
  } else if (map.channels === 3) {
    for (let i = 0, j = 0; i < n; i++, j += 3) {
      const o = i << 2;
      rgba[o] = src[j];
      rgba[o + 1] = src[j + 1];
      rgba[o + 2] = src[j + 2];
      rgba[o + 3] = 255;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const o = i << 2;
      const v = src[i];
      rgba[o] = v;
      rgba[o + 1] = v;
      rgba[o + 2] = v;
      rgba[o + 3] = 255;
    }
  }
  return rgba;
}

/** Bytes of a map of this shape stored as 8-bit integers and as float32. */
export function byteSizes(options: { width: number; height: number; channels: number }): {
  uint8Bytes: number;
  float32Bytes: number;
} {
  const { width, height, channels } = checkOptions('byteSizes options', options);
  checkShape(width, height, channels);
  const values = width * height * channels;
  return { uint8Bytes: values, float32Bytes: values * 4 };
}
