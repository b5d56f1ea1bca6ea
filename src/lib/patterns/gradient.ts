/**
 * A colour gradient through two or more stops: linear along `angle` (degrees, 0 = left to
 * right, 90 = top to bottom) or radial from the centre. Colours are interpolated once into a
 * 1024-entry lookup table; each pixel then costs a few floating-point operations to find its
 * position and a table read, and rows are written as whole 32-bit words where they can be.
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
const LUT_MAX = LUT_SIZE - 1;

/** Writes four RGB pixels (packed table entries 0x00BBGGRR) as three little-endian words at out32[w]. */
function put4(out32: Uint32Array, w: number, p0: number, p1: number, p2: number, p3: number): void {
  out32[w] = p0 | (p1 << 24);
  out32[w + 1] = (p1 >>> 8) | (p2 << 16);
  out32[w + 2] = (p2 >>> 16) | (p3 << 8);
}

/**
 * The linear gradient for RGB rows whose width is a multiple of 4: four pixels make three
 * little-endian words, assembled from the packed table without an index buffer. The same
 * positions and rounding as the general loop in gradient().
 */
function linearPacked3(
  out32: Uint32Array,
  words: Uint32Array,
  width: number,
  height: number,
  t00: number,
  stepX: number,
  stepY: number,
): void {
  let w = 0;
  for (let y = 0; y < height; y++) {
    let t = t00 + y * stepY;
    for (let x = 0; x < width; x += 4) {
      const i0 = (t * LUT_MAX + 0.5) | 0;
      t += stepX;
      const i1 = (t * LUT_MAX + 0.5) | 0;
      t += stepX;
      const i2 = (t * LUT_MAX + 0.5) | 0;
      t += stepX;
      const i3 = (t * LUT_MAX + 0.5) | 0;
      t += stepX;
      // Pixel centres project strictly inside [0, 1], and the accumulated rounding of t is many
      // orders of magnitude below half a table step, so the index needs no clamping here (the
      // general loop keeps it; a test checks both give the same bytes).
      put4(out32, w, words[i0], words[i1], words[i2], words[i3]);
      w += 3;
    }
  }
}

/** The radial gradient for RGB rows whose width is a multiple of 4 (see linearPacked3). */
function radialPacked3(out32: Uint32Array, words: Uint32Array, width: number, height: number, invRadius: number): void {
  const cx = width / 2;
  const cy = height / 2;
  let w = 0;
  for (let y = 0; y < height; y++) {
    const ddy = y + 0.5 - cy;
    const dy2 = ddy * ddy;
    for (let x = 0; x < width; x += 4) {
      const d0 = x + 0.5 - cx;
      const d1 = d0 + 1;
      const d2 = d0 + 2;
      const d3 = d0 + 3;
      let i0 = (Math.sqrt(d0 * d0 + dy2) * invRadius * LUT_MAX + 0.5) | 0;
      let i1 = (Math.sqrt(d1 * d1 + dy2) * invRadius * LUT_MAX + 0.5) | 0;
      let i2 = (Math.sqrt(d2 * d2 + dy2) * invRadius * LUT_MAX + 0.5) | 0;
      let i3 = (Math.sqrt(d3 * d3 + dy2) * invRadius * LUT_MAX + 0.5) | 0;
      i0 = i0 > LUT_MAX ? LUT_MAX : i0;
      i1 = i1 > LUT_MAX ? LUT_MAX : i1;
      i2 = i2 > LUT_MAX ? LUT_MAX : i2;
      i3 = i3 > LUT_MAX ? LUT_MAX : i3;
      put4(out32, w, words[i0], words[i1], words[i2], words[i3]);
      w += 3;
    }
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Writes one row of pixels from their table indices, for what linearPacked3/radialPacked3 do not
 * take. Where the row's bytes can be written as whole little-endian 32-bit words (4 channels, or
 * 1 channel with the width a multiple of 4; 4-byte-aligned output), each word comes from the
 * packed table `words` (one 32-bit entry per colour): a quarter of the stores of a byte copy.
 */
function writeRow(
  out: Uint8Array,
  out32: Uint32Array | null,
  o: number,
  idx: Uint16Array,
  width: number,
  channels: number,
  table: Uint8Array,
  words: Uint32Array,
): void {
  if (out32 !== null && channels === 4) {
    const w = o >> 2;
    for (let x = 0; x < width; x++) out32[w + x] = words[idx[x]];
  } else if (out32 !== null && channels === 1 && width % 4 === 0) {
    let w = o >> 2;
    for (let x = 0; x < width; x += 4) {
      out32[w++] = words[idx[x]] | (words[idx[x + 1]] << 8) | (words[idx[x + 2]] << 16) | (words[idx[x + 3]] << 24);
    }
  } else {
    for (let x = 0; x < width; x++) {
      const l = idx[x] * channels;
      for (let c = 0; c < channels; c++) out[o++] = table[l + c];
    }
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

  // Plain Uint8Array views: storing through the clamped array costs a clamp per byte, and the
  // values are already bytes. Each row's table indices go to `idx`, then writeRow copies colours.
  const out = new Uint8Array(data.buffer, data.byteOffset, data.length);
  const table = new Uint8Array(lut.buffer, lut.byteOffset, lut.length);
  const words = new Uint32Array(LUT_SIZE);
  for (let i = 0; i < LUT_SIZE; i++) {
    for (let c = channels - 1; c >= 0; c--) words[i] = (words[i] << 8) | table[i * channels + c];
  }
  const out32 =
    LITTLE_ENDIAN && (data.byteOffset & 3) === 0 && (width * channels) % 4 === 0
      ? new Uint32Array(data.buffer, data.byteOffset, data.length >> 2)
      : null;
  const idx = new Uint16Array(width);
  const packed3 = channels === 3 && width % 4 === 0 ? out32 : null;
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
    if (packed3 !== null) linearPacked3(packed3, words, width, height, t00, stepX, stepY);
    for (let y = 0; y < height; y++) {
      let t = t00 + y * stepY;
      if (packed3 === null) {
        for (let x = 0; x < width; x++) {
          const i = (t * LUT_MAX + 0.5) | 0;
          idx[x] = i < 0 ? 0 : i > LUT_MAX ? LUT_MAX : i;
          t += stepX;
        }
        writeRow(out, out32, y * width * channels, idx, width, channels, table, words);
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
    if (packed3 !== null) radialPacked3(packed3, words, width, height, invRadius);
    for (let y = 0; y < height; y++) {
      if (packed3 === null) {
        const ddy = y + 0.5 - cy;
        const dy2 = ddy * ddy;
        for (let x = 0; x < width; x++) {
          const ddx = x + 0.5 - cx;
          const i = (Math.sqrt(ddx * ddx + dy2) * invRadius * LUT_MAX + 0.5) | 0;
          idx[x] = i > LUT_MAX ? LUT_MAX : i;
        }
        writeRow(out, out32, y * width * channels, idx, width, channels, table, words);
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
