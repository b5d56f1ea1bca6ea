import { describe, expect, it } from 'vitest';
import { gridOf } from '../../src/lib/grid-of.ts';
import { createPixelMap } from '../../src/lib/pixel-map.ts';

function filled(value: number, channels: 1 | 3 = 1) {
  const m = createPixelMap({ width: 2, height: 2, channels });
  m.data.fill(value);
  return m;
}

describe('gridOf', () => {
  it('gridOf(3 maps, { columns: 2 columns, gap: gap 1 }) lays them row by row with mid-grey gaps', () => {
    const grid = gridOf([filled(10), filled(20), filled(30)], { columns: 2, gap: 1 });
    expect([grid.width, grid.height, grid.channels]).toEqual([5, 5, 1]);
    const row = (y: number) => Array.from(grid.data.subarray(y * 5, y * 5 + 5));
    expect(row(0)).toEqual([10, 10, 128, 20, 20]);
    expect(row(2)).toEqual([128, 128, 128, 128, 128]);
    expect(row(3)).toEqual([30, 30, 128, 128, 128]);
  });

  it('keeps the channels of its images', () => {
    const grid = gridOf([filled(7, 3), filled(9, 3)], { columns: 2, gap: 0 });
    expect(grid.channels).toBe(3);
    expect(Array.from(grid.data.subarray(0, 12))).toEqual([7, 7, 7, 7, 7, 7, 9, 9, 9, 9, 9, 9]);
  });

  it('rejects an empty list, mismatched shapes and bad columns, naming the argument', () => {
    expect(() => gridOf([], { columns: 1 })).toThrow(/images must be a non-empty array/);
    expect(() => gridOf([filled(1), filled(1, 3)], { columns: 2 })).toThrow(/images\[1\] must be 2×2×1/);
    expect(() => gridOf([filled(1)], { columns: 0 })).toThrow(/columns must be an integer from 1 to 1/);
  });
});
