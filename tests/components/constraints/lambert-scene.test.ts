import { describe, expect, it } from 'vitest';
import { lambert, lambertScene, SPHERE_GEOMETRY } from '../../../src/components/constraints/lambert-scene.ts';

const SIZE = 96;

/** Mean luminance of sphere pixels in the left (x < cx) or right half. */
function halfBrightness(image: Float32Array, side: 'left' | 'right'): number {
  const { cx, cy, r } = SPHERE_GEOMETRY;
  let sum = 0;
  let n = 0;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const u = ((x + 0.5) / SIZE - cx) / r;
      const v = ((y + 0.5) / SIZE - cy) / r;
      if (u * u + v * v > 0.8) continue;
      if ((side === 'left') !== u < 0) continue;
      const i = (y * SIZE + x) * 3;
      sum += image[i] + image[i + 1] + image[i + 2];
      n++;
    }
  }
  return sum / n;
}

describe('lambert', () => {
  it('is 1 facing the light, the ambient term facing away, and cos-weighted in between', () => {
    expect(lambert([0, 0, 1], [0, 0, 1], 0.1)).toBeCloseTo(1, 12);
    expect(lambert([0, 0, -1], [0, 0, 1], 0.1)).toBeCloseTo(0.1, 12);
    expect(lambert([1, 0, 0], [Math.SQRT1_2, 0, Math.SQRT1_2], 0)).toBeCloseTo(Math.SQRT1_2, 12);
  });
});

describe('lambertScene', () => {
  it('is brightest on the side of the sphere towards the light', () => {
    const fromLeft = lambertScene({ size: SIZE, light: [-0.6, 0.55, 0.58] });
    expect(halfBrightness(fromLeft, 'left')).toBeGreaterThan(halfBrightness(fromLeft, 'right') + 0.3);
    const fromRight = lambertScene({ size: SIZE, light: [0.6, 0.55, 0.58] });
    expect(halfBrightness(fromRight, 'right')).toBeGreaterThan(halfBrightness(fromRight, 'left') + 0.3);
  });

  it('its brightest sphere pixel lies in the direction of the light', () => {
    const image = lambertScene({ size: SIZE, light: [-0.6, 0.55, 0.58] });
    let best = -Infinity;
    let bx = 0;
    let by = 0;
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        const i = (y * SIZE + x) * 3;
        const l = image[i] + image[i + 1] + image[i + 2];
        if (l > best && image[i] > image[i + 2] + 0.5) {
          best = l;
          bx = x / SIZE;
          by = y / SIZE;
        }
      }
    }
    expect(bx).toBeLessThan(SPHERE_GEOMETRY.cx);
    expect(by).toBeLessThan(SPHERE_GEOMETRY.cy);
  });

  it('values stay on the [−1, 1] scale and the output is deterministic', () => {
    const a = lambertScene({ size: 32, light: [1, 1, 1] });
    expect(a).toHaveLength(32 * 32 * 3);
    for (const v of a) expect(Math.abs(v)).toBeLessThanOrEqual(1);
    expect(lambertScene({ size: 32, light: [1, 1, 1] })).toEqual(a);
  });

  it('the shadow follows shadowLight: mirroring only the shading changes the sphere, not the floor', () => {
    const consistent = lambertScene({ size: SIZE, light: [-0.6, 0.55, 0.58] });
    const contradictory = lambertScene({ size: SIZE, light: [0.6, 0.55, 0.58], shadowLight: [-0.6, 0.55, 0.58] });
    const floorRow = Math.floor(SIZE * 0.78);
    const row = (im: Float32Array) => im.subarray(floorRow * SIZE * 3, (floorRow + 1) * SIZE * 3);
    expect(row(contradictory)).toEqual(row(consistent));
    expect(contradictory).not.toEqual(consistent);
  });

  it('rejects a zero light vector and a bad ambient term', () => {
    expect(() => lambertScene({ size: 32, light: [0, 0, 0] })).toThrow(/light must be a non-zero finite vector/);
    expect(() => lambertScene({ size: 32, light: [0, 0, 1], ambient: 2 })).toThrow(RangeError);
  });
});
