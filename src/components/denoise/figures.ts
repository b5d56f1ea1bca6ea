/**
 * Build-time pictures of the denoise demo's default run: the strip of x_t frames shown before
 * hydration and without JavaScript, and the chapter's figures (the dataset, its mean, the
 * one-step prediction). Pure: served as PNGs by src/pages/figures/denoise/[name].png.ts.
 */
import type { CapturedRun, PixelMap } from '../../lib/index.ts';
import { captureRun, createDataset, datasetMean, gridOf, TARGET_IDS, toPixelMap } from '../../lib/index.ts';
import { defaults } from '../demo/params.ts';
import { denoiseSchema, samplerOptionsFrom } from './schema.ts';

/** Steps of the default 20-step run shown in the strip (x_t after k steps). */
export const STRIP_STEPS = [0, 4, 8, 12, 16, 20] as const;

let cached: CapturedRun | undefined;

/** The demo's default run (DDIM, 20 steps, seed 1, all targets, k = 1), frames at STRIP_STEPS and step 1. */
export function defaultRun(): CapturedRun {
  cached ??= captureRun({ ...samplerOptionsFrom(defaults(denoiseSchema)), keep: [...STRIP_STEPS, 1] });
  return cached;
}

/** File stem of the strip frame after k steps: strip-00, strip-04, … */
export function stripName(k: number): string {
  return `strip-${String(k).padStart(2, '0')}`;
}

/** Alt text for x_t after k steps of the default run, from how much of it is signal. */
export function stripAlt(k: number): string {
  const run = defaultRun();
  const target = run.dataset.names[run.dataset.ids.indexOf(run.finalTarget)].toLowerCase();
  if (k === 0) return `Step 0 of ${run.steps}: x_T, pure Gaussian noise`;
  if (k === run.steps) return `Step ${k} of ${run.steps}: the finished sample, a clean ${target}`;
  const t = run.timesteps[k];
  return `Step ${k} of ${run.steps} (t = ${t}): x_t, ${k / run.steps < 0.5 ? 'mostly noise, with the ' : 'the '}${target} ${k / run.steps < 0.5 ? 'faintly showing through' : 'emerging as the noise clears'}`;
}

/**
 * Lays square RGB float images ([−1, 1]) out in a grid with `gap` pixels of mid-grey between
 * them, as RGB bytes.
 */
export function tileImages(images: readonly Float32Array[], size: number, columns: number, gap = 2): PixelMap {
  return gridOf(
    images.map((image) => toPixelMap(image, { width: size, height: size })),
    { columns, gap },
  );
}

/** Every build-time picture by file stem. */
export function denoiseFigures(): Record<string, () => PixelMap> {
  const figures: Record<string, () => PixelMap> = {};
  for (const k of STRIP_STEPS) {
    figures[stripName(k)] = () => {
      const run = defaultRun();
      return toPixelMap(run.xt.get(k) as Float32Array, { width: run.dataset.width, height: run.dataset.height });
    };
  }
  figures.targets = () => {
    const all = createDataset({ targets: 'all' });
    return tileImages(all.images, all.width, TARGET_IDS.length / 2);
  };
  figures.mean = () => {
    const all = createDataset({ targets: 'all' });
    return toPixelMap(datasetMean(all), { width: all.width, height: all.height });
  };
  figures['one-step'] = () => {
    const run = defaultRun();
    return toPixelMap(run.x0hat.get(1) as Float32Array, { width: run.dataset.width, height: run.dataset.height });
  };
  return figures;
}
