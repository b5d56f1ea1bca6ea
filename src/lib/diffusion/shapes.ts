/**
 * A tiny vector rasteriser for the built-in targets: shapes painted in order (later shapes
 * cover earlier ones), each pixel the average of a 4×4 grid of point samples so edges are
 * anti-aliased. Coordinates are fractions of the image side (0 … 1, y down), so one scene
 * renders at any size; colours are RGB in [0, 1]. Runs once per target and size, not per step.
 */

export type Rgb = readonly [number, number, number];

export type Shape =
  | { kind: 'fill'; color: Rgb }
  /** Vertical gradient from `top` at y0 to `bottom` at y1, constant outside. */
  | { kind: 'gradient'; y0: number; y1: number; top: Rgb; bottom: Rgb }
  | { kind: 'rect'; x0: number; y0: number; x1: number; y1: number; color: Rgb }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number; color: Rgb }
  /** Flat [x0, y0, x1, y1, …]; filled by the even–odd rule. */
  | { kind: 'polygon'; points: readonly number[]; color: Rgb }
  /** A segment with round caps (a capsule) of full width `width`. */
  | { kind: 'segment'; x0: number; y0: number; x1: number; y1: number; width: number; color: Rgb }
  /** Part of a ring of mid radius r between angles `from` and `to` (radians, clockwise on screen from +x). */
  | { kind: 'arc'; cx: number; cy: number; r: number; width: number; from: number; to: number; color: Rgb }
  /** The implicit heart (x² + y² − 1)³ − x²y³ ≤ 0, scaled by `size` and centred at (cx, cy). */
  | { kind: 'heart'; cx: number; cy: number; size: number; color: Rgb };

/** Samples per pixel along each axis. */
export const SUPERSAMPLING = 4;

function insidePolygon(points: readonly number[], x: number, y: number): boolean {
  let inside = false;
  const n = points.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const xi = points[i];
    const yi = points[i + 1];
    const xj = points[j];
    const yj = points[j + 1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function segmentDistanceSquared(x: number, y: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const lengthSquared = dx * dx + dy * dy;
  const h = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((x - x0) * dx + (y - y0) * dy) / lengthSquared));
  const ex = x - x0 - h * dx;
  const ey = y - y0 - h * dy;
  return ex * ex + ey * ey;
}

/** Writes the shape's colour at (x, y) into `rgb` and returns true, or returns false if (x, y) is outside it. */
function paint(shape: Shape, x: number, y: number, rgb: Float64Array): boolean {
  let color: Rgb;
  switch (shape.kind) {
    case 'fill':
      color = shape.color;
      break;
    case 'gradient': {
      const f = Math.min(1, Math.max(0, (y - shape.y0) / (shape.y1 - shape.y0)));
      for (let c = 0; c < 3; c++) rgb[c] = shape.top[c] + f * (shape.bottom[c] - shape.top[c]);
      return true;
    }
    case 'rect':
      if (x < shape.x0 || x >= shape.x1 || y < shape.y0 || y >= shape.y1) return false;
      color = shape.color;
      break;
    case 'ellipse': {
      const u = (x - shape.cx) / shape.rx;
      const v = (y - shape.cy) / shape.ry;
      if (u * u + v * v > 1) return false;
      color = shape.color;
      break;
    }
    case 'polygon':
      if (!insidePolygon(shape.points, x, y)) return false;
      color = shape.color;
      break;
    case 'segment': {
      const half = shape.width / 2;
      if (segmentDistanceSquared(x, y, shape.x0, shape.y0, shape.x1, shape.y1) > half * half) return false;
      color = shape.color;
      break;
    }
    case 'arc': {
      const dx = x - shape.cx;
      const dy = y - shape.cy;
      const r = Math.sqrt(dx * dx + dy * dy);
      if (Math.abs(r - shape.r) > shape.width / 2) return false;
      const angle = Math.atan2(dy, dx);
      if (angle < shape.from || angle > shape.to) return false;
      color = shape.color;
      break;
    }
    case 'heart': {
      const u = (x - shape.cx) / shape.size;
      const v = (shape.cy - y) / shape.size;
      const q = u * u + v * v - 1;
      if (q * q * q - u * u * v * v * v > 0) return false;
      color = shape.color;
      break;
    }
  }
  rgb[0] = color[0];
  rgb[1] = color[1];
  rgb[2] = color[2];
  return true;
}

/** The shape's bounding box [x0, y0, x1, y1] in the same unit coordinates (a superset is fine). */
function bounds(shape: Shape): [number, number, number, number] {
  switch (shape.kind) {
    case 'fill':
    case 'gradient':
      return [0, 0, 1, 1];
    case 'rect':
      return [shape.x0, shape.y0, shape.x1, shape.y1];
    case 'ellipse':
      return [shape.cx - shape.rx, shape.cy - shape.ry, shape.cx + shape.rx, shape.cy + shape.ry];
    case 'polygon': {
      const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let i = 0; i < shape.points.length; i += 2) {
        box[0] = Math.min(box[0], shape.points[i]);
        box[1] = Math.min(box[1], shape.points[i + 1]);
        box[2] = Math.max(box[2], shape.points[i]);
        box[3] = Math.max(box[3], shape.points[i + 1]);
      }
      return box;
    }
    case 'segment': {
      const h = shape.width / 2;
      return [
        Math.min(shape.x0, shape.x1) - h,
        Math.min(shape.y0, shape.y1) - h,
        Math.max(shape.x0, shape.x1) + h,
        Math.max(shape.y0, shape.y1) + h,
      ];
    }
    case 'arc': {
      const r = shape.r + shape.width / 2;
      return [shape.cx - r, shape.cy - r, shape.cx + r, shape.cy + r];
    }
    case 'heart':
      // The unit heart spans |x| ≤ 1.14 and −1 ≤ y ≤ 1.25 (y up).
      return [
        shape.cx - 1.2 * shape.size,
        shape.cy - 1.3 * shape.size,
        shape.cx + 1.2 * shape.size,
        shape.cy + 1.05 * shape.size,
      ];
  }
}

/**
 * Renders `shapes` into a size×size RGB image with values in [−1, 1] (colour 0 → −1, 1 → +1),
 * channels interleaved, at `out[offset …]`. Points covered by no shape are black. Works shape
 * by shape over each shape's bounding box on a grid of size·4 × size·4 point samples, then
 * averages each 4×4 block into a pixel.
 */
export function rasterize(shapes: readonly Shape[], size: number, out: Float32Array, offset = 0): void {
  const side = size * SUPERSAMPLING;
  const samples = new Float32Array(side * side * 3);
  const rgb = new Float64Array(3);
  for (const shape of shapes) {
    const [bx0, by0, bx1, by1] = bounds(shape);
    const sx0 = Math.max(0, Math.floor(bx0 * side));
    const sy0 = Math.max(0, Math.floor(by0 * side));
    const sx1 = Math.min(side, Math.ceil(bx1 * side));
    const sy1 = Math.min(side, Math.ceil(by1 * side));
    for (let sy = sy0; sy < sy1; sy++) {
      const y = (sy + 0.5) / side;
      for (let sx = sx0; sx < sx1; sx++) {
        if (!paint(shape, (sx + 0.5) / side, y, rgb)) continue;
        const o = (sy * side + sx) * 3;
        samples[o] = rgb[0];
        samples[o + 1] = rgb[1];
        samples[o + 2] = rgb[2];
      }
    }
  }
  const perPixel = SUPERSAMPLING * SUPERSAMPLING;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = py * SUPERSAMPLING; sy < (py + 1) * SUPERSAMPLING; sy++) {
        for (let sx = px * SUPERSAMPLING; sx < (px + 1) * SUPERSAMPLING; sx++) {
          const o = (sy * side + sx) * 3;
          r += samples[o];
          g += samples[o + 1];
          b += samples[o + 2];
        }
      }
      const o = offset + (py * size + px) * 3;
      out[o] = (2 * r) / perPixel - 1;
      out[o + 1] = (2 * g) / perPixel - 1;
      out[o + 2] = (2 * b) / perPixel - 1;
    }
  }
}
