/**
 * Writes the learned model's scenes as raw bytes for the training script:
 *   training/data/train.u8     scenes 0 … TRAINING_SCENES − 1 (the training set)
 *   training/data/heldout.u8   HELD_OUT_COUNT scenes from HELD_OUT_START (the quality reference)
 * Each is scene-major, 32 × 32 × 3 bytes per scene, RGB interleaved (HWC).
 * Run: node training/export-scenes.ts  (the files are git-ignored; the engine regenerates them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELD_OUT_START, renderScenesBytes, TRAINING_SCENES } from '../src/lib/learned/scenes.ts';

export const HELD_OUT_COUNT = 2048;
const dir = join(dirname(fileURLToPath(import.meta.url)), 'data');
mkdirSync(dir, { recursive: true });
const t0 = performance.now();
writeFileSync(join(dir, 'train.u8'), renderScenesBytes({ start: 0, count: TRAINING_SCENES }));
writeFileSync(join(dir, 'heldout.u8'), renderScenesBytes({ start: HELD_OUT_START, count: HELD_OUT_COUNT }));
console.log(
  `wrote ${TRAINING_SCENES} + ${HELD_OUT_COUNT} scenes to ${dir} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
