/**
 * The denoise demo's settings: URL keys `denoise.*`, their ranges and defaults, and the pure
 * functions that turn them into sampler options. No DOM: the worker, the build-time figures and
 * the output script use the same mapping, so every view of a setting runs the same run.
 */
import type { SamplerName, SamplerOptions, ScheduleName, TargetId, TargetSelection } from '../../lib/index.ts';
import { formatCount, MAX_SEED, SAMPLER_NAMES, SCHEDULE_NAMES, TARGET_IDS, TARGET_SCENES } from '../../lib/index.ts';
import type { Schema, Values } from '../demo/params.ts';
import { quote } from '../demo/params.ts';

export const DENOISE_ID = 'denoise';

/** The step slider runs 1 … 100; DDPM's full chain (T = 1000) is offered as a separate choice. */
export const MAX_SLIDER_STEPS = 100;
export const FULL_CHAIN_STEPS = 1000;

/** Denoiser-quality factors k offered (1 = the exact posterior mean; see ideal-denoiser.ts). */
export const QUALITY_FACTORS = [1, 10, 30, 100, 300, 1000, 3000] as const;

/** Playback speeds in steps per second. */
export const SPEEDS = [1, 3, 10, 30, 100, 300, 1000] as const;

/** A preset of a few targets, for "several" (three that differ in colour and layout). */
export const TRIO: readonly TargetId[] = ['face', 'house', 'fish'];

export const DATASET_CHOICES = ['all', 'trio', ...TARGET_IDS] as const;

export const denoiseSchema = {
  steps: { type: 'int', min: 1, max: FULL_CHAIN_STEPS, default: 20 },
  sampler: { type: 'enum', values: SAMPLER_NAMES, default: 'ddim' },
  schedule: { type: 'enum', values: SCHEDULE_NAMES, default: 'linear' },
  seed: { type: 'int', min: 0, max: MAX_SEED, default: 1 },
  dataset: { type: 'enum', values: DATASET_CHOICES, default: 'all' },
  quality: { type: 'choice', values: QUALITY_FACTORS, default: 1 },
  speed: { type: 'choice', values: SPEEDS, default: 10 },
} as const satisfies Schema;

export type DenoiseValues = Values<typeof denoiseSchema>;

export const SAMPLER_LABELS: Record<string, string> = {
  ddpm: 'DDPM (ancestral, adds fresh noise)',
  ddim: 'DDIM (deterministic)',
  direct: 'Direct (one prediction from noise)',
};

export const SCHEDULE_LABELS: Record<string, string> = {
  linear: 'Linear (DDPM)',
  cosine: 'Cosine (improved DDPM)',
};

export function datasetLabel(choice: string): string {
  if (choice === 'all') return `All ${TARGET_IDS.length} targets`;
  if (choice === 'trio') return `Three: ${TRIO.map((id) => TARGET_SCENES[id].name.toLowerCase()).join(', ')}`;
  return TARGET_SCENES[choice as TargetId]?.name ?? choice;
}

/** The target selection a dataset choice names. */
export function datasetTargets(choice: string): TargetSelection {
  if (choice === 'trio') return TRIO;
  return choice as TargetSelection;
}

/** True when `steps` is one the controls offer: 1 … 100 or 1000. */
export function isOfferedSteps(steps: number): boolean {
  return Number.isInteger(steps) && ((steps >= 1 && steps <= MAX_SLIDER_STEPS) || steps === FULL_CHAIN_STEPS);
}

/**
 * Snaps a step count the URL allows (1 … 1000) to one the controls offer: 101 … 549 → 100,
 * 550 … 999 → 1000 (whichever is nearer). Returns the value and, if it changed, a notice.
 */
export function snapSteps(steps: number): { steps: number; notice?: string } {
  if (isOfferedSteps(steps)) return { steps };
  let snapped = FULL_CHAIN_STEPS;
  if (!(steps >= 1)) snapped = 1;
  else if (steps - MAX_SLIDER_STEPS < FULL_CHAIN_STEPS - steps) snapped = MAX_SLIDER_STEPS;
  return {
    steps: snapped,
    notice: `${DENOISE_ID}.steps = ${quote(String(steps))} is not offered (1 to ${MAX_SLIDER_STEPS}, or ${FULL_CHAIN_STEPS}); using ${snapped}.`,
  };
}

/** The steps a run really takes: 'direct' is always one prediction. */
export function effectiveSteps(values: Pick<DenoiseValues, 'steps' | 'sampler'>): number {
  return values.sampler === 'direct' ? 1 : snapSteps(values.steps).steps;
}

/** The engine options of a demo state (the same run in the worker, at build time and in scripts). */
export function samplerOptionsFrom(values: DenoiseValues): SamplerOptions {
  return {
    steps: effectiveSteps(values),
    sampler: values.sampler as SamplerName,
    schedule: values.schedule as ScheduleName,
    seed: values.seed,
    targets: datasetTargets(values.dataset),
    quality: values.quality,
  };
}

/** One line naming a state: for alt text, print and announcements. */
export function describeState(values: DenoiseValues): string {
  const steps = effectiveSteps(values);
  const sampler = values.sampler === 'direct' ? 'Direct prediction' : values.sampler.toUpperCase();
  return `${sampler}, ${formatCount(steps, { noun: 'step' })}, ${values.schedule} schedule, ${datasetLabel(values.dataset).toLowerCase()}, seed ${values.seed}, denoiser quality k = ${values.quality}`;
}
