/**
 * A sphere on a floor under one distant light, shaded by Lambert's cosine law:
 *   brightness = ambient + (1 − ambient) · max(0, n · l)
 * where n is the unit surface normal and l the unit direction towards the light (x right, y up,
 * z towards the viewer). The sphere's cast shadow is an ellipse on the floor displaced away from
 * a second light direction, so a scene can be made whose shading and shadow disagree.
 * Output: size·size·3 floats on the engine's [−1, 1] scale (see toPixelMap), RGB interleaved.
 */
import { checkInteger } from '../../lib/validate.ts';

export type Vec3 = readonly [number, number, number];

export interface LambertSceneOptions {
  /** Side in pixels (16 … 512). */
  size: number;
  /** Direction towards the light that shades the sphere. */
  light: Vec3;
  /** Direction towards the light that casts the floor shadow; default `light` (a consistent scene). */
  shadowLight?: Vec3;
  /** Fraction of light that reaches surfaces facing away (0 … 1); default 0.12. */
  ambient?: number;
}

const SPHERE = { cx: 0.5, cy: 0.46, r: 0.26 };
const HORIZON = 0.66;
const ALBEDO: Vec3 = [0.95, 0.5, 0.16];
const SKY_TOP: Vec3 = [0.7, 0.78, 0.88];
const SKY_BOTTOM: Vec3 = [0.9, 0.92, 0.94];
const FLOOR: Vec3 = [0.74, 0.68, 0.6];
/** Samples per pixel along each axis (anti-aliasing of the sphere's outline). */
const SAMPLES = 3;

function normalize(v: Vec3, name: string): Vec3 {
  const length = Math.hypot(v[0], v[1], v[2]);
  if (!Number.isFinite(length) || length === 0) throw new RangeError(`${name} must be a non-zero finite vector`);
  return [v[0] / length, v[1] / length, v[2] / length];
}

/** Lambertian brightness of the sphere at a point whose unit normal is n. */
export function lambert(n: Vec3, light: Vec3, ambient: number): number {
  const cos = n[0] * light[0] + n[1] * light[1] + n[2] * light[2];
  return ambient + (1 - ambient) * Math.max(0, cos);
}

/** Colour (0 … 1) of the scene at unit coordinates (x, y), y down; writes into rgb. */
function shade(x: number, y: number, light: Vec3, shadowLight: Vec3, ambient: number, rgb: Float64Array): void {
  const u = (x - SPHERE.cx) / SPHERE.r;
  const v = (SPHERE.cy - y) / SPHERE.r;
  const d2 = u * u + v * v;
  if (d2 <= 1) {
    const b = lambert([u, v, Math.sqrt(1 - d2)], light, ambient);
    for (let c = 0; c < 3; c++) rgb[c] = ALBEDO[c] * b;
    return;
  }
  if (y < HORIZON) {
    const f = y / HORIZON;
    for (let c = 0; c < 3; c++) rgb[c] = SKY_TOP[c] + f * (SKY_BOTTOM[c] - SKY_TOP[c]);
    return;
  }
  // Floor, with a soft elliptical shadow pushed away from the light's horizontal direction.
  const sx = SPHERE.cx - shadowLight[0] * 0.4;
  const sy = SPHERE.cy + SPHERE.r + 0.04;
  const e = Math.hypot((x - sx) / (SPHERE.r * 1.15), (y - sy) / 0.07);
  const darken = e >= 1.25 ? 0 : e <= 0.85 ? 0.5 : (0.5 * (1.25 - e)) / 0.4;
  for (let c = 0; c < 3; c++) rgb[c] = FLOOR[c] * (1 - darken);
}

/** Renders the scene (see the module comment). */
export function lambertScene(options: LambertSceneOptions): Float32Array {
  const size = checkInteger('size', options.size, 16, 512);
  const light = normalize(options.light, 'light');
  const shadowLight = normalize(options.shadowLight ?? options.light, 'shadowLight');
  const ambient = options.ambient ?? 0.12;
  if (!(ambient >= 0 && ambient <= 1)) throw new RangeError(`ambient must be in [0, 1]; got ${ambient}`);
  const out = new Float32Array(size * size * 3);
  const rgb = new Float64Array(3);
  const acc = new Float64Array(3);
  const step = 1 / (size * SAMPLES);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      acc.fill(0);
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          shade((px * SAMPLES + sx + 0.5) * step, (py * SAMPLES + sy + 0.5) * step, light, shadowLight, ambient, rgb);
          for (let c = 0; c < 3; c++) acc[c] += rgb[c];
        }
      }
      const i = (py * size + px) * 3;
      for (let c = 0; c < 3; c++) out[i + c] = (2 * acc[c]) / (SAMPLES * SAMPLES) - 1;
    }
  }
  return out;
}

/** Where the sphere is, in unit coordinates (for tests and captions). */
export const SPHERE_GEOMETRY = SPHERE;
