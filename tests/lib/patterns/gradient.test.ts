import { describe, expect, it } from 'vitest';
import { gradient } from '../../../src/lib/patterns/gradient.ts';

const greyStops = [
  { offset: 0, color: [0] },
  { offset: 1, color: [255] },
];

describe('gradient', () => {
  it.each([0, 30, 90, 135, 200, -60])('gradient(angle=%s) is non-decreasing along its direction', (angle) => {
    const size = 48;
    const { map } = gradient({ width: size, height: size, channels: 1, angle, stops: greyStops });
    const rad = (angle * Math.PI) / 180;
    const dx = Math.cos(rad);
    const dy = Math.sin(rad);
    // Walk every pixel one pixel further along (dx, dy): the value never decreases.
    let checked = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const nx = Math.round(x + 3 * dx);
        const ny = Math.round(y + 3 * dy);
        if (nx < 0 || ny < 0 || nx >= size || ny >= size) continue;
        const here = map.data[y * size + x];
        const proj = x * dx + y * dy - (nx * dx + ny * dy);
        if (proj < 0) expect(map.data[ny * size + nx]).toBeGreaterThanOrEqual(here);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(size * size * 0.5);
  });

  it('gradient(angle=0) runs from the first stop at the left edge to the last at the right', () => {
    const { map } = gradient({ width: 256, height: 2, channels: 1, angle: 0, stops: greyStops });
    expect(map.data[0]).toBeLessThanOrEqual(1);
    expect(map.data[255]).toBeGreaterThanOrEqual(254);
  });

  it('gradient(kind=radial) increases from the centre outwards', () => {
    const { map } = gradient({ width: 65, height: 65, channels: 1, kind: 'radial', stops: greyStops });
    const row = Array.from(map.data.subarray(32 * 65 + 32, 32 * 65 + 65));
    for (let i = 1; i < row.length; i++) expect(row[i]).toBeGreaterThanOrEqual(row[i - 1]);
    expect(row[row.length - 1]).toBeGreaterThan(row[0] + 100);
  });

  it('passes through a middle stop: a three-stop gradient reaches its middle colour at the centre', () => {
    const { map } = gradient({
      width: 101,
      height: 1,
      channels: 3,
      angle: 0,
      stops: [
        { offset: 0, color: [0, 0, 0] },
        { offset: 0.5, color: [255, 0, 0] },
        { offset: 1, color: [0, 0, 255] },
      ],
    });
    expect(Array.from(map.data.subarray(50 * 3, 50 * 3 + 3))).toEqual([255, 0, 0]);
  });

  it.each([
    [64, 40, 3, 'linear', 45],
    [64, 40, 3, 'radial', 0],
    [36, 9, 1, 'linear', 133.7],
    [36, 9, 1, 'radial', 0],
    [21, 13, 4, 'linear', -200],
    [21, 13, 4, 'radial', 0],
  ] as const)(
    'writes the same bytes by whole words as byte by byte: %i×%i×%i %s',
    (width, height, channels, kind, angle) => {
      // An output 1 byte into its buffer cannot take 32-bit words: that runs the byte-by-byte path.
      const unaligned = new Uint8ClampedArray(
        new ArrayBuffer(width * height * channels + 1),
        1,
        width * height * channels,
      );
      const out = { width, height, channels, data: unaligned };
      const bytewise = gradient({ width, height, channels, kind, angle, out }).map.data;
      const words = gradient({ width, height, channels, kind, angle }).map.data;
      expect(words.byteOffset % 4).toBe(0);
      expect(Array.from(words)).toEqual(Array.from(bytewise));
      // …and the picture is not flat (a broken path writing zeros everywhere would also agree).
      expect(new Set(words).size).toBeGreaterThan(20);
    },
  );

  it('gradient(2×2×1, linear) tallies the lookup table and 3 FLOPs per pixel', () => {
    // Table: 1024 entries × (4 + 3 × 1 channel); set-up 16; rows 2 × (2 + 2 pixels × 3).
    const { tally } = gradient({ width: 2, height: 2, channels: 1, stops: greyStops });
    expect(tally.flops).toBe(1024 * 7 + 16 + 2 * (2 + 2 * 3));
    expect(tally.intOps).toBe(2 * 2 * 3);
    expect(tally.bytesWritten).toBe(1024 + 4);
  });

  it.each([
    [{ angle: Number.NaN }, RangeError, /angle must be a finite number from -360 to 360; got NaN/],
    [{ angle: 400 }, RangeError, /angle/],
    [{ kind: 'conic' }, RangeError, /kind must be one of linear, radial; got "conic"/],
    [{ stops: [{ offset: 0, color: [0] }] }, RangeError, /stops must be an array of 2 to 16 stops/],
    [
      {
        stops: [
          { offset: 0.6, color: [0] },
          { offset: 0.5, color: [0] },
        ],
      },
      RangeError,
      /stops\[1\]\.offset must be a finite number from 0.6 to 1; got 0.5/,
    ],
    [{ stops: [{ offset: 0, color: [300] }, greyStops[1]] }, RangeError, /stops\[0\]\.color\[0\]/],
  ])('gradient(%o) throws %s naming the option', (opts, type, message) => {
    expect(() => gradient(opts as never)).toThrow(type);
    expect(() => gradient(opts as never)).toThrow(message);
  });
});
