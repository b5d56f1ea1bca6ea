import { describe, expect, it } from 'vitest';
import { rasterize, type Shape } from '../../../src/lib/diffusion/shapes.ts';

function pixel(image: Float32Array, size: number, x: number, y: number): number[] {
  const o = (y * size + x) * 3;
  return [image[o], image[o + 1], image[o + 2]];
}

describe('rasterize', () => {
  it('rasterize paints later shapes over earlier ones and maps colour 0 → −1, 1 → +1', () => {
    const shapes: Shape[] = [
      { kind: 'fill', color: [0, 0, 1] },
      { kind: 'rect', x0: 0.5, y0: 0, x1: 1, y1: 1, color: [1, 0, 0] },
    ];
    const out = new Float32Array(8 * 8 * 3);
    rasterize(shapes, 8, out);
    expect(pixel(out, 8, 1, 3)).toEqual([-1, -1, 1]);
    expect(pixel(out, 8, 6, 3)).toEqual([1, -1, -1]);
  });

  it('rasterize anti-aliases: a pixel half covered by a shape gets the average colour', () => {
    // A rect edge at x = 0.5 px into pixel 1 of 4 (x = 1.5/4).
    const shapes: Shape[] = [
      { kind: 'fill', color: [0, 0, 0] },
      { kind: 'rect', x0: 1.5 / 4, y0: 0, x1: 1, y1: 1, color: [1, 1, 1] },
    ];
    const out = new Float32Array(4 * 4 * 3);
    rasterize(shapes, 4, out);
    expect(pixel(out, 4, 1, 0)).toEqual([0, 0, 0]);
  });

  it('rasterize of a centred ellipse colours the centre and not the corners', () => {
    const shapes: Shape[] = [
      { kind: 'fill', color: [1, 1, 1] },
      { kind: 'ellipse', cx: 0.5, cy: 0.5, rx: 0.3, ry: 0.3, color: [0, 1, 0] },
    ];
    const out = new Float32Array(16 * 16 * 3);
    rasterize(shapes, 16, out);
    expect(pixel(out, 16, 8, 8)).toEqual([-1, 1, -1]);
    expect(pixel(out, 16, 0, 0)).toEqual([1, 1, 1]);
  });
});
