/**
 * The quality-versus-steps data shown on the page: the curve training/train.py measured
 * (training/manifest.json, `quality`) joined with each run's FLOPs from the engine. FLOPs of an
 * N-step run are N·a + b with a and b taken from real 1- and 2-step runs (the unit tests check
 * that runs of every length follow this line exactly).
 */
import type { LearnedModelName } from '../../lib/index.ts';
import { createLearnedSampler } from '../../lib/index.ts';
import { learnedManifest, loadWeightsFromDisk, type QualityPoint } from './files.ts';

export interface CostLine {
  /** FLOPs per step (a) and the constant (b): an N-step run costs N·a + b. */
  perStep: number;
  constant: number;
}

function runFlops(model: LearnedModelName, steps: number): number {
  const sampler = createLearnedSampler({ model, steps, seed: 1, weights: loadWeightsFromDisk(model) });
  while (!sampler.done) sampler.step();
  return sampler.tally.flops;
}

const lines = new Map<LearnedModelName, CostLine>();

export function costLine(model: LearnedModelName): CostLine {
  let line = lines.get(model);
  if (!line) {
    const one = runFlops(model, 1);
    const two = runFlops(model, 2);
    line = { perStep: two - one, constant: 2 * one - two };
    lines.set(model, line);
  }
  return line;
}

export interface QualityRow extends QualityPoint {
  model: LearnedModelName;
  flops: number;
}

export function qualityRows(): QualityRow[] {
  const q = learnedManifest().quality;
  const rows: QualityRow[] = [];
  for (const model of ['teacher', 'student'] as const) {
    const line = costLine(model);
    for (const p of q[model]) rows.push({ ...p, model, flops: p.steps * line.perStep + line.constant });
  }
  return rows;
}
