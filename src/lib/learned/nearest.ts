/**
 * The training scene nearest to an image: an exhaustive search over scenes stored as bytes
 * (renderScenesBytes), distance measured on display bytes, so it is exact integer arithmetic.
 * The RMS distance is reported on the [−1, 1] scale (bytes / 127.5), the scale of the quality
 * measure in training/manifest.json.
 */
import type { Tally } from '../tally.ts';
import { checkOptions } from '../validate.ts';
import { SCENE_VALUES } from './scenes.ts';

export interface NearestScene {
  /** Index of the nearest scene (its index in the scene family, since scenes start at 0). */
  index: number;
  /** RMS difference on the [−1, 1] scale. */
  rms: number;
}

/**
 * Finds the scene in `scenes` (scene-major bytes, SCENE_VALUES each) nearest to `image`
 * (SCENE_VALUES RGB bytes, HWC). Adds 3 integer operations per value compared to `tally`.
 */
export function nearestScene(
  image: Uint8Array | Uint8ClampedArray,
  options: { scenes: Uint8Array; tally?: Tally },
): NearestScene {
  const { scenes, tally } = checkOptions('nearestScene options', options);
  if (!(image instanceof Uint8Array || image instanceof Uint8ClampedArray) || image.length !== SCENE_VALUES) {
    throw new RangeError(`image must hold ${SCENE_VALUES} bytes (32 × 32 RGB)`);
  }
  if (!(scenes instanceof Uint8Array) || scenes.length === 0 || scenes.length % SCENE_VALUES !== 0) {
    throw new RangeError(`scenes must be a non-empty Uint8Array of whole scenes (${SCENE_VALUES} bytes each)`);
  }
  const count = scenes.length / SCENE_VALUES;
  let best = 0;
  let bestSum = Number.POSITIVE_INFINITY;
  for (let s = 0; s < count; s++) {
    const o = s * SCENE_VALUES;
    let sum = 0;
    for (let j = 0; j < SCENE_VALUES && sum < bestSum; j++) {
      const d = image[j] - scenes[o + j];
      sum += d * d;
    }
    if (sum < bestSum) {
      bestSum = sum;
      best = s;
    }
  }
  if (tally) tally.intOps += 3 * SCENE_VALUES * count;
  return { index: best, rms: Math.sqrt(bestSum / SCENE_VALUES) / 127.5 };
}
