/**
 * The toy model's "training set": a few built-in target images (targets.ts) at one square size.
 * Values are Float32 on the [−1, 1] scale (colour 0 → −1, 1 → +1), RGB interleaved like a
 * PixelMap: value index = (y · size + x) · 3 + c. All targets share one buffer, target-major,
 * so the denoiser streams through them with one index.
 */
import { checkInteger, checkOneOf, checkOptions } from '../validate.ts';
import { rasterize } from './shapes.ts';
import { TARGET_IDS, TARGET_SCENES, type TargetId } from './targets.ts';

/** One target id, 'all' of them, or a non-empty list of distinct ids. */
export type TargetSelection = TargetId | 'all' | readonly TargetId[];

export const MIN_DATASET_SIZE = 16;
export const MAX_DATASET_SIZE = 128;
export const DEFAULT_DATASET_SIZE = 64;
export const DATASET_CHANNELS = 3;

export interface Dataset {
  /** Image size in pixels; the toy's targets are square (width = height). */
  width: number;
  height: number;
  channels: 3;
  /** Ids and display names, in the order of `images`. */
  ids: TargetId[];
  names: string[];
  /** Values per image: width · height · 3. */
  valuesPerImage: number;
  /** All images, target-major: image i occupies [i · valuesPerImage, (i + 1) · valuesPerImage). */
  data: Float32Array;
  /** Views of `data`, one per target. */
  images: Float32Array[];
}

/**
 * The image size of the toy's targets, as everywhere in the engine: `width` and `height` in
 * pixels, integers from 16 to 128, default 64. The targets are square, so `height` defaults to
 * `width` (and `width` to `height`) and must equal it.
 */
export interface SquareSize {
  width?: number;
  height?: number;
}

export interface DatasetOptions extends SquareSize {
  targets?: TargetSelection;
}

/** Validates a SquareSize (see there) and returns the side. */
export function checkSquareSize(options: SquareSize & { size?: unknown }): number {
  if (options.size !== undefined) {
    throw new TypeError('size is not an option: give width (and height, equal to it) in pixels');
  }
  const width = checkInteger(
    'width',
    options.width ?? options.height ?? DEFAULT_DATASET_SIZE,
    MIN_DATASET_SIZE,
    MAX_DATASET_SIZE,
  );
  const height = checkInteger('height', options.height ?? width, MIN_DATASET_SIZE, MAX_DATASET_SIZE);
  if (height !== width) {
    throw new RangeError(`height must equal width (the toy's targets are square); got ${width} × ${height}`);
  }
  return width;
}

const SELECTABLE = [...TARGET_IDS, 'all'] as const;

/** Validates a target selection and returns the ids it names, in the order given ('all': built-in order). */
export function resolveTargets(targets: unknown): TargetId[] {
  if (Array.isArray(targets)) {
    if (targets.length === 0) {
      throw new RangeError(`targets must name at least one of ${TARGET_IDS.join(', ')}; got an empty array`);
    }
    const ids: TargetId[] = [];
    for (let i = 0; i < targets.length; i++) {
      const id = checkOneOf(`targets[${i}]`, targets[i], TARGET_IDS);
      // A repeated id would silently double that target's prior weight in the mixture.
      if (ids.includes(id)) throw new RangeError(`targets must not repeat an id; got ${JSON.stringify(id)} twice`);
      ids.push(id);
    }
    return ids;
  }
  const one = checkOneOf('targets', targets, SELECTABLE);
  return one === 'all' ? [...TARGET_IDS] : [one];
}

// Rendered images by `${id}@${size}`; createDataset copies them, so callers never share a buffer.
const renderCache = new Map<string, Float32Array>();

function rendered(id: TargetId, size: number): Float32Array {
  const key = `${id}@${size}`;
  let image = renderCache.get(key);
  if (image === undefined) {
    image = new Float32Array(size * size * DATASET_CHANNELS);
    rasterize(TARGET_SCENES[id].shapes, size, image);
    renderCache.set(key, image);
  }
  return image;
}

export interface RenderTargetOptions extends SquareSize {
  id: TargetId;
}

/** Renders one target into a new Float32Array (width · height · 3 values, RGB) on the [−1, 1] scale. */
export function renderTarget(options: RenderTargetOptions): Float32Array {
  const opts = checkOptions('renderTarget options', options);
  const id = checkOneOf('id', opts.id, TARGET_IDS);
  const size = checkSquareSize(opts);
  return rendered(id, size).slice();
}

/** Builds the dataset of the selected targets (default 'all') at width × height (default 64 × 64). */
export function createDataset(options?: DatasetOptions): Dataset {
  const opts = checkOptions('createDataset options', options);
  const ids = resolveTargets(opts.targets ?? 'all');
  const size = checkSquareSize(opts);
  const valuesPerImage = size * size * DATASET_CHANNELS;
  const data = new Float32Array(ids.length * valuesPerImage);
  const images: Float32Array[] = [];
  for (let i = 0; i < ids.length; i++) {
    data.set(rendered(ids[i], size), i * valuesPerImage);
    images.push(data.subarray(i * valuesPerImage, (i + 1) * valuesPerImage));
  }
  const names = ids.map((id) => TARGET_SCENES[id].name);
  return { width: size, height: size, channels: DATASET_CHANNELS, ids, names, valuesPerImage, data, images };
}

/** The mean of the dataset's images (the optimal prediction when x_t carries no signal). */
export function datasetMean(dataset: Dataset, options?: { out?: Float32Array }): Float32Array {
  const { out = new Float32Array(dataset.valuesPerImage) } = checkOptions('datasetMean options', options);
  const n = dataset.valuesPerImage;
  if (out.length !== n) throw new RangeError(`out must hold ${n} values; got ${out.length}`);
  const count = dataset.images.length;
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += dataset.data[i * n + j];
    out[j] = sum / count;
  }
  return out;
}
