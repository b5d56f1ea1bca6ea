/**
 * Lays equally sized PixelMaps out in a grid, row by row, with `gap` pixels of mid-grey (128)
 * between them. Used for figure strips and contact sheets.
 */
import type { PixelMap } from './pixel-map.ts';
import { checkInteger, checkOptions } from './validate.ts';

/** Options of `gridOf`. */
export interface GridOptions {
  /** Images per row, 1..images.length; all in one row by default. */
  columns?: number;
  /** Grey pixels between images, 0..64; 2 by default. */
  gap?: number;
}

export function gridOf(images: readonly PixelMap[], options?: GridOptions): PixelMap {
  if (!Array.isArray(images) || images.length === 0) {
    throw new RangeError('images must be a non-empty array of PixelMaps');
  }
  const { columns = images.length, gap = 2 } = checkOptions('gridOf options', options);
  checkInteger('columns', columns, 1, images.length);
  checkInteger('gap', gap, 0, 64);
  const { width: w, height: h, channels } = images[0];
  for (let i = 1; i < images.length; i++) {
    const m = images[i];
    if (m.width !== w || m.height !== h || m.channels !== channels) {
      throw new RangeError(
        `images[${i}] must be ${w}×${h}×${channels} like images[0]; got ${m.width}×${m.height}×${m.channels}`,
      );
    }
  }
  const rows = Math.ceil(images.length / columns);
  const width = columns * w + (columns - 1) * gap;
  const height = rows * h + (rows - 1) * gap;
  const data = new Uint8ClampedArray(width * height * channels).fill(128);
  const rowBytes = w * channels;
  images.forEach((image, i) => {
    const x0 = (i % columns) * (w + gap);
    const y0 = Math.floor(i / columns) * (h + gap);
    for (let y = 0; y < h; y++) {
      data.set(image.data.subarray(y * rowBytes, (y + 1) * rowBytes), ((y0 + y) * width + x0) * channels);
    }
  });
  return { width, height, channels, data };
}
