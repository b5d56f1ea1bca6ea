/** Colours for generators: arrays of 1 (grey), 3 (RGB) or 4 (RGBA) integers in 0…255. */
import type { Channels } from '../pixel-map.ts';

export type Color = readonly number[];

/** Validates a colour and returns it as `channels` bytes: grey is replicated to RGB, RGB is
 * reduced to grey by Rec. 601 luma, and alpha defaults to 255. */
export function colorToChannels(name: string, color: unknown, channels: Channels): number[] {
  if (!Array.isArray(color) || color.length < 1 || color.length > 4 || color.length === 2) {
    throw new TypeError(`${name} must be an array of 1, 3 or 4 integers from 0 to 255; got ${JSON.stringify(color)}`);
  }
  for (let i = 0; i < color.length; i++) {
    const v = color[i];
    if (typeof v !== 'number') {
      throw new TypeError(`${name}[${i}] must be an integer from 0 to 255; got ${typeof v}`);
    }
    if (!Number.isInteger(v) || v < 0 || v > 255) {
      throw new RangeError(`${name}[${i}] must be an integer from 0 to 255; got ${v}`);
    }
  }
  const rgba =
    color.length === 1 ? [color[0], color[0], color[0], 255] : [color[0], color[1], color[2], color[3] ?? 255];
  if (channels === 1) return [Math.round(0.299 * rgba[0] + 0.587 * rgba[1] + 0.114 * rgba[2])];
  if (channels === 3) return rgba.slice(0, 3);
  return rgba;
}
