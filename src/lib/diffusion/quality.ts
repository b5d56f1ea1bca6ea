/**
 * Image-quality measures for plotting a sample's quality against steps.
 *
 * Scale: all values are on the model's float scale [−1, 1] (peak-to-peak 2). RMSE is in those
 * units (0 = identical, 2 = opposite extremes everywhere). PSNR = 20 log10(2 / RMSE) dB; since
 * bytes are (v + 1) · 127.5, this equals the usual 0 … 255 PSNR, 20 log10(255 / RMSE_bytes),
 * computed before rounding to bytes. Identical images give RMSE 0 and PSNR +Infinity.
 */

import { checkOptions } from '../validate.ts';
import type { Dataset } from './dataset.ts';
import type { TargetId } from './targets.ts';

export const PEAK_TO_PEAK = 2;

export interface ImageQuality {
  /** Index into the dataset of the target closest in RMSE, and its id. */
  nearestIndex: number;
  nearestId: TargetId;
  /** RMSE to the nearest target, [−1, 1] units. */
  rmse: number;
  /** PSNR against the nearest target in dB (peak-to-peak 2); +Infinity when rmse = 0. */
  psnrDb: number;
  /** Mean squared Laplacian of the image (see laplacianEnergy). */
  sharpness: number;
  /** The same for the nearest target, so sharpness / nearestSharpness = 1 means "as sharp as the target". */
  nearestSharpness: number;
  /** RMSE to every target, indexed like `dataset.ids`. */
  rmseByTarget: Float64Array;
}

/** Root-mean-square difference of `image` and `reference` (equal, non-zero lengths), in their own units. */
export function rmse(image: Float32Array, options: { reference: Float32Array }): number {
  const { reference } = checkOptions('rmse options', options);
  if (!(image instanceof Float32Array) || !(reference instanceof Float32Array)) {
    throw new TypeError('rmse: image and options.reference must be Float32Arrays');
  }
  if (image.length !== reference.length || image.length === 0) {
    throw new RangeError(
      `image and reference must have the same, non-zero length; got ${image.length} and ${reference.length}`,
    );
  }
  return rmseOf(image, reference);
}

/** rmse without checks, for the loops below. */
function rmseOf(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - b[i];
    sum += d * d;
  }
  return Math.sqrt(sum / a.length);
}

/** PSNR in dB of an RMSE on a scale with the given peak-to-peak range (default 2, the [−1, 1] scale). */
export function psnrDb(rmseValue: number, options?: { peakToPeak?: number }): number {
  const { peakToPeak = PEAK_TO_PEAK } = checkOptions('psnrDb options', options);
  return 20 * Math.log10(peakToPeak / rmseValue);
}

/**
 * Sharpness as the mean squared 5-point Laplacian 4v − (up + down + left + right), per channel,
 * over interior pixels of an RGB interleaved image ([−1, 1] units squared). A blend of several
 * targets has softer, lower-contrast edges and so a smaller value than a target itself; pure
 * noise has a much larger one (≈ 20 σ² for white noise of variance σ²).
 */
export function laplacianEnergy(image: Float32Array, options: { width: number; height: number }): number {
  const { width, height } = checkOptions('laplacianEnergy options', options);
  if (image.length !== width * height * 3) {
    throw new RangeError(`image must hold width·height·3 = ${width * height * 3} values; got ${image.length}`);
  }
  if (width < 3 || height < 3) return 0;
  const row = width * 3;
  let sum = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let i = y * row + 3, end = (y + 1) * row - 3; i < end; i++) {
      const l = 4 * image[i] - image[i - 3] - image[i + 3] - image[i - row] - image[i + row];
      sum += l * l;
    }
  }
  return sum / ((width - 2) * (height - 2) * 3);
}

/** The target nearest to an image: its index into the dataset, its id and the RMSE to it. */
export interface NearestTarget {
  index: number;
  id: TargetId;
  /** RMSE to that target, [−1, 1] units. */
  rmse: number;
}

function checkImage(image: unknown, dataset: Dataset): Float32Array {
  if (!(image instanceof Float32Array)) throw new TypeError('image must be a Float32Array');
  if (image.length !== dataset.valuesPerImage) {
    throw new RangeError(
      `image must hold ${dataset.valuesPerImage} values like the dataset's images; got ${image.length}`,
    );
  }
  return image;
}

/** RMSE of `image` to every target, written into `out` (indexed like `dataset.ids`); returns the nearest. No checks. */
function nearestInto(image: Float32Array, dataset: Dataset, out: Float64Array | null): NearestTarget {
  let index = 0;
  let best = rmseOf(image, dataset.images[0]);
  if (out !== null) out[0] = best;
  for (let i = 1; i < dataset.images.length; i++) {
    const d = rmseOf(image, dataset.images[i]);
    if (out !== null) out[i] = d;
    if (d < best) {
      best = d;
      index = i;
    }
  }
  return { index, id: dataset.ids[index], rmse: best };
}

/**
 * The target in `dataset` nearest to `image` in RMSE (the first one on a tie). The cheap part of
 * measureQuality, for per-step use: no sharpness, no per-target array.
 */
export function nearestTarget(image: Float32Array, options: { dataset: Dataset }): NearestTarget {
  const { dataset } = checkOptions('nearestTarget options', options);
  return nearestInto(checkImage(image, dataset), dataset, null);
}

/** Distance of `image` to its nearest target in `dataset`, and its sharpness. */
export function measureQuality(image: Float32Array, options: { dataset: Dataset }): ImageQuality {
  const { dataset } = checkOptions('measureQuality options', options);
  checkImage(image, dataset);
  const rmseByTarget = new Float64Array(dataset.images.length);
  const nearest = nearestInto(image, dataset, rmseByTarget);
  return {
    nearestIndex: nearest.index,
    nearestId: nearest.id,
    rmse: nearest.rmse,
    psnrDb: psnrDb(nearest.rmse),
    sharpness: laplacianEnergy(image, { width: dataset.width, height: dataset.height }),
    nearestSharpness: laplacianEnergy(dataset.images[nearest.index], { width: dataset.width, height: dataset.height }),
    rmseByTarget,
  };
}
