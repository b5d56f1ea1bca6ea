/**
 * Build-time (Node) access to the committed outputs of training: the weight files under
 * public/learned/ and training/manifest.json. The site reads them from disk at build time (for
 * the no-JavaScript frames and the quality table); in the browser the weights are fetched by the
 * worker. Paths are relative to the project root, where every build and test runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LearnedModelName, LearnedWeights } from '../../lib/index.ts';
import { parseLearnedWeights } from '../../lib/index.ts';
import { WEIGHT_PATHS } from './schema.ts';

export interface QualityPoint {
  steps: number;
  /** Share of pixels within 0.1 of one of the eight scene colours (0 … 1; higher is closer to the data). */
  paletteShare: number;
  /** Mean RMS distance to the nearest held-out scene ([−1, 1] scale; lower is closer, but it favours blur). */
  heldOutRms: number;
}

export interface LearnedManifest {
  parameters: number;
  teacherStepsDone: number;
  teacherNote: string;
  settings: Record<string, number | string | number[] | boolean>;
  seconds: Record<string, number>;
  finalLoss: { teacherV: number; studentX0: number };
  files: Record<LearnedModelName, { path: string; sha256: string; bytes: number }>;
  environment: Record<string, string | number>;
  studentTimesteps: number[];
  /** Written by training/quality.py. */
  quality: {
    metric: string;
    samples: number;
    heldOutScenes: number;
    teacher: QualityPoint[];
    student: QualityPoint[];
    realScenes: { paletteShare: number; heldOutRms: number; samples: number };
  };
}

const root = process.cwd();
const weightCache = new Map<LearnedModelName, LearnedWeights>();

export function weightFileBytes(model: LearnedModelName): Uint8Array {
  return new Uint8Array(readFileSync(join(root, 'public', WEIGHT_PATHS[model])));
}

export function loadWeightsFromDisk(model: LearnedModelName): LearnedWeights {
  let w = weightCache.get(model);
  if (!w) {
    w = parseLearnedWeights(weightFileBytes(model));
    weightCache.set(model, w);
  }
  return w;
}

let manifest: LearnedManifest | undefined;

export function learnedManifest(): LearnedManifest {
  manifest ??= JSON.parse(readFileSync(join(root, 'training', 'manifest.json'), 'utf8')) as LearnedManifest;
  return manifest;
}
