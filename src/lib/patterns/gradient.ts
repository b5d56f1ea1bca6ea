/**
 * A colour gradient through two or more stops: linear along `angle` (degrees, 0 = left to
 * right, 90 = top to bottom) or radial from the centre. Colours are interpolated once into a
 * 1024-entry lookup table; each pixel then costs a few floating-point operations to find its
 * position and a table read.
 */
import { createTally } from '../tally.ts';
import { checkNumber, checkOneOf } from '../validate.ts';
import type { Color } from './color.ts';
import { colorToChannels } from './color.ts';
import type { PatternResult, ShapeOptions } from './common.ts';
import { prepare } from './common.ts';

export interface GradientStop {
  /** Position along the gradient, 0…1; offsets must not decrease. */
  offset: number;
  color: Color;
}

export type GradientKind = 'linear' | 'radial';

export interface GradientOptions extends ShapeOptions {
  /** Direction of a linear gradient in degrees, −360…360. Ignored for radial. */
  angle?: number;
  /** Two to sixteen stops. */
  stops?: readonly GradientStop[];
  kind?: GradientKind;
}

export const GRADIENT_KINDS: readonly GradientKind[] = ['linear', 'radial'];

export const GRADIENT_DEFAULTS = {
  angle: 45,
  kind: 'linear' as GradientKind,
  stops: [
    { offset: 0, color: [20, 30, 90] },
    { offset: 0.5, color: [200, 60, 110] },
    { offset: 1, color: [255, 210, 120] },
  ] as readonly GradientStop[],
};

const LUT_SIZE = 1024;

/** Copies table entry `idx` (channels bytes) to out[o…]. */
function copyPixel(out: Uint8Array, o: number, table: Uint8Array, idx: number, channels: number): void {
  const l = idx * channels;
  if (channels === 3) {
    out[o] = table[l];
    out[o + 1] = table[l + 1];
    out[o + 2] = table[l + 2];
  } else if (channels === 1) {
    out[o] = table[l];
  } else {
    out[o] = table[l];
    out[o + 1] = table[l + 1];
    out[o + 2] = table[l + 2];
    out[o + 3] = table[l + 3];
  }
}

export function gradient(options?: GradientOptions): PatternResult {
  const { opts, map } = prepare(options);
  const angle = checkNumber('angle', opts.angle ?? GRADIENT_DEFAULTS.angle, -360, 360);
  const kind = checkOneOf('kind', opts.kind ?? GRADIENT_DEFAULTS.kind, GRADIENT_KINDS);
  const stopsIn = opts.stops ?? GRADIENT_DEFAULTS.stops;
  if (!Array.isArray(stopsIn) || stopsIn.length < 2 || stopsIn.length > 16) {
    throw new RangeError(
      `stops must be an array of 2 to 16 stops; got ${Array.isArray(stopsIn) ? stopsIn.length : typeof stopsIn}`,
    );
  }
  const { width, height, channels, data } = map;
  const offsets: number[] = [];
  const colors: number[][] = [];
  for (let i = 0; i < stopsIn.length; i++) {
    const stop = stopsIn[i];
    if (stop === null || typeof stop !== 'object') throw new TypeError(`stops[${i}] must be { offset, color }`);
    const offset = checkNumber(`stops[${i}].offset`, stop.offset, i === 0 ? 0 : offsets[i - 1], 1);
    offsets.push(offset);
    colors.push(colorToChannels(`stops[${i}].color`, stop.color, channels));
  }
  const tally = createTally();

  // Lookup table: LUT_SIZE colours, linear interpolation between the surrounding stops.
  const lut = new Uint8ClampedArray(LUT_SIZE * channels);
  let s = 0;
  for (let i = 0; i < LUT_SIZE; i++) {
    const t = i / (LUT_SIZE - 1);
    while (s < offsets.length - 2 && t > offsets[s + 1]) s++;
    const span = offsets[s + 1] - offsets[s];
    const u = span > 0 ? Math.min(1, Math.max(0, (t - offsets[s]) / span)) : t >= offsets[s + 1] ? 1 : 0;
    for (let c = 0; c < channels; c++) {
      lut[i * channels + c] = colors[s][c] + (colors[s + 1][c] - colors[s][c]) * u;
    }
  }
  // Per entry: t (1), span (1), u (2), and per channel sub, mul, add (3).
  tally.flops += LUT_SIZE * (4 + 3 * channels);
  tally.bytesWritten += lut.length;

  const scale = LUT_SIZE - 1;
  const maxIndex = LUT_SIZE - 1;
  // Plain Uint8Array views: storing through the clamped array costs a clamp per byte, and the
  // values are already bytes. The per-channel copies are unrolled for 1, 3 and 4 channels.
  const out = new Uint8Array(data.buffer, data.byteOffset, data.length);
  const table = new Uint8Array(lut.buffer, lut.byteOffset, lut.length);
  if (kind === 'linear') {
    const rad = (angle * Math.PI) / 180;
    const dx = Math.cos(rad);
    const dy = Math.sin(rad);
    // Project pixel centres onto the direction; map the image's extent along it to [0, 1].
    const extent = Math.abs(dx) * width + Math.abs(dy) * height;
    const stepX = dx / extent;
    const stepY = dy / extent;
    const t00 = 0.5 + ((0.5 - width / 2) * dx + (0.5 - height / 2) * dy) / extent;
    tally.flops += 16;
    for (let y = 0; y < height; y++) {
      let t = t00 + y * stepY;
      let o = y * width * channels;
      for (let x = 0; x < width; x++) {
        let idx = (t * scale + 0.5) | 0;
        if (idx < 0) idx = 0;
        else if (idx > maxIndex) idx = maxIndex;
        copyPixel(out, o, table, idx, channels);
        o += channels;
        t += stepX;
      }
      // Row: 2 flops to start it; per pixel 3 (multiply, add, step) and 3 int ops (truncate, 2 compares).
      tally.flops += 2 + width * 3;
      tally.intOps += width * 3;
      tally.bytesRead += width * channels;
      tally.bytesWritten += width * channels;
    }
  } else {
    const cx = width / 2;
    const cy = height / 2;
    const invRadius = 1 / Math.sqrt(cx * cx + cy * cy);
    tally.flops += 6;
    for (let y = 0; y < height; y++) {
      const ddy = y + 0.5 - cy;
      const dy2 = ddy * ddy;
      let o = y * width * channels;
      for (let x = 0; x < width; x++) {
        const ddx = x + 0.5 - cx;
        const t = Math.sqrt(ddx * ddx + dy2) * invRadius;
        let idx = (t * scale + 0.5) | 0;
        if (idx > maxIndex) idx = maxIndex;
        copyPixel(out, o, table, idx, channels);
        o += channels;
      }
      // Row: 3 flops for dy²; per pixel 8 (2 for dx, square, add, sqrt, scale, multiply, add) and 2 int ops.
      tally.flops += 3 + width * 8;
      tally.intOps += width * 2;
      tally.bytesRead += width * channels;
      tally.bytesWritten += width * channels;
    }
  }
  return { map, tally };
}
