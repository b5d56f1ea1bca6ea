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

/**
 * Renders `shapes` into a size×size RGB image with values in [−1, 1] (colour 0 → −1, 1 → +1),
 * channels interleaved, at `out[offset …]`. Points covered by no shape are black.
 */
export function rasterize(shapes: readonly Shape[], size: number, out: Float32Array, offset = 0): void {
  const rgb = new Float64Array(3);
  const sum = new Float64Array(3);
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      sum.fill(0);
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        const y = (py + (sy + 0.5) / SUPERSAMPLING) / size;
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLING) / size;
          rgb.fill(0);
          for (let s = 0; s < shapes.length; s++) paint(shapes[s], x, y, rgb);
          sum[0] += rgb[0];
          sum[1] += rgb[1];
          sum[2] += rgb[2];
        }
      }
      const o = offset + (py * size + px) * 3;
      for (let c = 0; c < 3; c++) out[o + c] = (2 * sum[c]) / samples - 1;
    }
  }
}
