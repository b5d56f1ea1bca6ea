/**
 * output/iteration_demo/: the toy diffusion model's iterations as PNGs, and a table of cost and
 * quality against steps. Deterministic: the same seed gives the same bytes.
 *
 *   dataset.png                     the training images, in a grid
 *   target.png                      the target the 20-step run lands on
 *   iterative_01_step00_xt.png      x_T, the starting noise of the 1-step run
 *   iterative_01_step01_x0hat.png   the one prediction (the dataset mean: a blur)
 *   iterative_01_step01_xt.png      the 1-step run's result (the same image)
 *   iterative_20_stepKK_xt.png      x_t after KK of 20 DDIM steps, KK = 00 … 20
 *   iterative_20_stepKK_x0hat.png   the prediction x̂_0 at step KK = 01 … 20
 *   direct_1step.png                the 'direct' sampler's single prediction from x_T
 *
 * All runs: DDIM (η = 0), linear schedule, all targets, ideal denoiser (k = 1), 64 × 64.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from '../src/build/png.ts';
import { tileImages } from '../src/components/denoise/figures.ts';
import type { SamplerOptions } from '../src/lib/index.ts';
import { captureRun, createDataset, measureQuality, qualityCurve, toPixelMap } from '../src/lib/index.ts';
import { formatCount, printTable } from './table.ts';

/** Step counts of the printed table. */
export const TABLE_STEPS = [1, 2, 5, 10, 20, 50] as const;
/** The imperfect denoiser's quality factor shown beside the ideal one. */
export const WEAK_QUALITY = 100;

export interface IterationRow {
  steps: number;
  flops: number;
  /** FLOPs per step: (flops − setupFlops) / steps, constant because every step costs the same. */
  flopsPerStep: number;
  setupFlops: number;
  rmse: number;
  psnrDb: number;
  nearest: string;
  weakRmse: number;
  weakPsnrDb: number;
}

export interface IterationDemo {
  files: string[];
  rows: IterationRow[];
}

const pad = (k: number) => String(k).padStart(2, '0');

function psnrText(db: number): string {
  return Number.isFinite(db) ? db.toFixed(1) : '∞';
}

function rmseText(value: number): string {
  return value === 0 ? '0' : value < 1e-3 ? value.toExponential(2) : value.toFixed(4);
}

/** Writes the iteration demo into `dir` and prints its table; returns the files and the rows. */
export function writeIterationDemo(dir: string, seed: number, { quiet = false } = {}): IterationDemo {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const base: Omit<SamplerOptions, 'steps'> = { sampler: 'ddim', seed, targets: 'all', schedule: 'linear', quality: 1 };
  const write = (file: string, image: Float32Array | ReturnType<typeof tileImages>, size = 64) => {
    const map = image instanceof Float32Array ? toPixelMap(image, { width: size, height: size }) : image;
    writeFileSync(join(dir, file), encodePng(map));
    files.push(file);
  };

  const dataset = createDataset({ targets: 'all' });
  write('dataset.png', tileImages(dataset.images, dataset.width, dataset.images.length / 2));

  const oneStep = captureRun({ ...base, steps: 1, keep: [0, 1] });
  write('iterative_01_step00_xt.png', oneStep.xt.get(0) as Float32Array);
  write('iterative_01_step01_x0hat.png', oneStep.x0hat.get(1) as Float32Array);
  write('iterative_01_step01_xt.png', oneStep.xt.get(1) as Float32Array);

  const all = Array.from({ length: 21 }, (_, k) => k);
  const twenty = captureRun({ ...base, steps: 20, keep: all });
  for (const k of all) {
    write(`iterative_20_step${pad(k)}_xt.png`, twenty.xt.get(k) as Float32Array);
    if (k > 0) write(`iterative_20_step${pad(k)}_x0hat.png`, twenty.x0hat.get(k) as Float32Array);
  }
  write('target.png', dataset.images[dataset.ids.indexOf(twenty.finalTarget)]);

  const direct = captureRun({ ...base, sampler: 'direct', steps: 1, keep: [1] });
  write('direct_1step.png', direct.xt.get(1) as Float32Array);

  const ideal = qualityCurve({ ...base, stepsList: [...TABLE_STEPS] });
  const weak = qualityCurve({ ...base, quality: WEAK_QUALITY, stepsList: [...TABLE_STEPS] });
  const rows: IterationRow[] = TABLE_STEPS.map((steps, i) => {
    const setupFlops = captureRun({ ...base, steps }).flops[0];
    return {
      steps,
      flops: ideal.flops[i],
      setupFlops,
      flopsPerStep: (ideal.flops[i] - setupFlops) / steps,
      rmse: ideal.rmse[i],
      psnrDb: ideal.psnrDb[i],
      nearest: ideal.nearestIds[i],
      weakRmse: weak.rmse[i],
      weakPsnrDb: weak.psnrDb[i],
    };
  });

  if (!quiet) {
    const final = measureQuality(twenty.xt.get(20) as Float32Array, { dataset });
    console.log(
      `\nIteration demo (DDIM, linear schedule, ${dataset.ids.length} targets at 64×64, seed ${seed}) → ${dir}: ` +
        `the 20-step run lands on "${twenty.finalTarget}" (RMSE ${rmseText(final.rmse)}); ${files.length} PNGs`,
    );
    printTable(
      [
        'steps',
        'FLOPs',
        'setup FLOPs',
        'FLOPs / step',
        'RMSE (k=1)',
        'PSNR dB (k=1)',
        'nearest (k=1)',
        `RMSE (k=${WEAK_QUALITY})`,
        `PSNR dB (k=${WEAK_QUALITY})`,
      ],
      rows.map((r) => [
        String(r.steps),
        formatCount(r.flops),
        formatCount(r.setupFlops),
        formatCount(r.flopsPerStep),
        rmseText(r.rmse),
        psnrText(r.psnrDb),
        r.nearest,
        rmseText(r.weakRmse),
        psnrText(r.weakPsnrDb),
      ]),
    );
    console.log('RMSE and PSNR against the nearest training image ([−1, 1] scale; PSNR ∞ = exactly a training image).');
  }
  return { files, rows };
}
