import { describe, expect, it } from 'vitest';
import { checkerboard } from '../../../src/lib/patterns/checkerboard.ts';

describe('checkerboard', () => {
  it('checkerboard(cell=8) alternates every 8 pixels along rows and columns', () => {
    const { map } = checkerboard({ width: 64, height: 64, channels: 1, cell: 8, colors: [[0], [255]] });
    for (let y = 0; y < 64; y++) {
      for (let x = 0; x < 64; x++) {
        const expected = (Math.floor(x / 8) + Math.floor(y / 8)) % 2 === 0 ? 0 : 255;
        expect(map.data[y * 64 + x]).toBe(expected);
      }
    }
  });

  it('writes the two RGB colours exactly, starting with colors[0] at the top-left', () => {
    const { map } = checkerboard({
      width: 4,
      height: 2,
      channels: 3,
      cell: 2,
      colors: [
        [1, 2, 3],
        [9, 8, 7],
      ],
    });
    expect(Array.from(map.data.subarray(0, 12))).toEqual([1, 2, 3, 1, 2, 3, 9, 8, 7, 9, 8, 7]);
  });

  it('checkerboard(4×2×1, cell 2) tallies 24 integer ops, 0 FLOPs, 8 bytes read and 16 written', () => {
    // Template rows: 4 int ops per pixel of one row (16) and 2 × 4 bytes; each of 2 rows: 4 int
    // ops, 4 bytes read and 4 written.
    const { tally } = checkerboard({ width: 4, height: 2, channels: 1, cell: 2 });
    expect(tally).toEqual({ intOps: 24, flops: 0, bytesRead: 8, bytesWritten: 16 });
  });

  it.each([
    [{ cell: 0 }, RangeError, /cell must be an integer from 1 to 4096; got 0/],
    [{ colors: [[0, 0, 0]] }, TypeError, /colors must be an array of two colours/],
    [{ colors: [[0, 0, 256], [0]] }, RangeError, /colors\[0\]\[2\] must be an integer from 0 to 255; got 256/],
    [{ colors: [[0, 0], [0]] }, TypeError, /colors\[0\] must be an array of 1, 3 or 4 integers/],
    [{ colors: [[-1], [0]] }, RangeError, /colors\[0\]\[0\]/],
  ])('checkerboard(%o) throws %s naming the option', (opts, type, message) => {
    expect(() => checkerboard(opts as never)).toThrow(type);
    expect(() => checkerboard(opts as never)).toThrow(message);
  });
});
