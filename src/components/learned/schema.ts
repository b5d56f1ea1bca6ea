/**
 * The learned-denoiser demo's settings: URL keys `learned.*`, their ranges and defaults. No DOM:
 * the island, the build-time frames and the tests share it.
 */
import { formatCount } from '../../lib/format.ts';
import { MAX_STUDENT_STEPS } from '../../lib/learned/sampler.ts';
import { MAX_SEED } from '../../lib/random.ts';
import type { Schema, Values } from '../demo/params.ts';

export const LEARNED_ID = 'learned';

/** The teacher's step slider runs 1 … 100. */
export const MAX_SLIDER_STEPS = 100;

export const learnedSchema = {
  steps: { type: 'int', min: 1, max: MAX_SLIDER_STEPS, default: 20 },
  studentSteps: { type: 'int', min: 1, max: MAX_STUDENT_STEPS, default: 1 },
  seed: { type: 'int', min: 0, max: MAX_SEED, default: 1 },
} as const satisfies Schema;

export type LearnedValues = Values<typeof learnedSchema>;

/** One line naming a state: for print and announcements. */
export function describeLearnedState(values: LearnedValues): string {
  const s = values.studentSteps;
  return `teacher ${formatCount(values.steps, { noun: 'DDIM step' })}, student ${formatCount(s, { noun: 'step' })}, seed ${values.seed}`;
}

/** Site-relative paths of the weight files (under public/). */
export const WEIGHT_PATHS = { teacher: 'learned/teacher.bin', student: 'learned/student.bin' } as const;
