/** The denoise demo's run settings: steps (slider, or the full 1000-step chain), sampler, schedule, dataset, quality factor and seed. */
import { useRef } from 'preact/hooks';
import { SeedField } from '../demo/SeedField.tsx';
import {
  DATASET_CHOICES,
  DENOISE_ID,
  type DenoiseValues,
  datasetLabel,
  denoiseSchema,
  FULL_CHAIN_STEPS,
  MAX_SLIDER_STEPS,
  QUALITY_FACTORS,
  SAMPLER_LABELS,
  SCHEDULE_LABELS,
} from './schema.ts';

export interface DenoiseSettingsProps {
  values: DenoiseValues;
  set: (patch: Partial<DenoiseValues>) => void;
  hydrated: boolean;
}

export function DenoiseSettings({ values, set, hydrated }: DenoiseSettingsProps) {
  // The slider's last value, restored when the full chain is switched off.
  const lastSliderSteps = useRef<number>(denoiseSchema.steps.default);
  const id = (name: string) => `${DENOISE_ID}-${name}`;
  const fullChain = values.steps === FULL_CHAIN_STEPS;
  const direct = values.sampler === 'direct';
  return (
    <fieldset class="demo__controls">
      <legend class="sr-only">Run settings</legend>
      <label for={id('steps')}>
        Steps: {direct ? '1 (direct)' : fullChain ? `${FULL_CHAIN_STEPS} (full chain)` : values.steps}
      </label>
      <input
        id={id('steps')}
        type="range"
        min={1}
        max={MAX_SLIDER_STEPS}
        step={1}
        value={fullChain ? MAX_SLIDER_STEPS : values.steps}
        disabled={!hydrated || fullChain || direct}
        aria-valuetext={`${values.steps} steps`}
        onInput={(e) => {
          const steps = Number(e.currentTarget.value);
          lastSliderSteps.current = steps;
          set({ steps });
        }}
      />
      <label class="denoise__check">
        <input
          type="checkbox"
          checked={fullChain}
          disabled={!hydrated || direct}
          onChange={(e) => set({ steps: e.currentTarget.checked ? FULL_CHAIN_STEPS : lastSliderSteps.current })}
        />{' '}
        {FULL_CHAIN_STEPS} steps (DDPM's full chain)
      </label>
      <label for={id('sampler')}>Sampler</label>
      <select
        id={id('sampler')}
        value={values.sampler}
        disabled={!hydrated}
        onChange={(e) => set({ sampler: e.currentTarget.value })}
      >
        {denoiseSchema.sampler.values.map((s) => (
          <option key={s} value={s}>
            {SAMPLER_LABELS[s]}
          </option>
        ))}
      </select>
      <label for={id('schedule')}>Noise schedule</label>
      <select
        id={id('schedule')}
        value={values.schedule}
        disabled={!hydrated}
        onChange={(e) => set({ schedule: e.currentTarget.value })}
      >
        {denoiseSchema.schedule.values.map((s) => (
          <option key={s} value={s}>
            {SCHEDULE_LABELS[s]}
          </option>
        ))}
      </select>
      <label for={id('dataset')}>Dataset</label>
      <select
        id={id('dataset')}
        value={values.dataset}
        disabled={!hydrated}
        onChange={(e) => set({ dataset: e.currentTarget.value })}
      >
        {DATASET_CHOICES.map((d) => (
          <option key={d} value={d}>
            {datasetLabel(d)}
          </option>
        ))}
      </select>
      <label for={id('quality')}>Denoiser quality factor k</label>
      <select
        id={id('quality')}
        value={String(values.quality)}
        disabled={!hydrated}
        aria-describedby={id('quality-help')}
        onChange={(e) => set({ quality: Number(e.currentTarget.value) })}
      >
        {QUALITY_FACTORS.map((k) => (
          <option key={k} value={String(k)}>
            {k === 1 ? '1 (ideal)' : String(k)}
          </option>
        ))}
      </select>
      <SeedField
        id={id('seed')}
        seed={values.seed}
        max={denoiseSchema.seed.max}
        disabled={!hydrated}
        onSeed={(seed) => set({ seed })}
      />
    </fieldset>
  );
}
