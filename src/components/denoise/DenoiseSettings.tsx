/** The denoise demo's run settings: steps (slider, or the full 1000-step chain), sampler, schedule, dataset, quality factor and seed. */
import { useRef } from 'preact/hooks';
import { formatCount } from '../../lib/format.ts';
import { SeedField } from '../demo/SeedField.tsx';
import { SelectField } from '../demo/SelectField.tsx';
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
        aria-valuetext={formatCount(values.steps, { noun: 'step' })}
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
      <SelectField
        id={id('sampler')}
        label="Sampler"
        value={values.sampler}
        disabled={!hydrated}
        onChange={(v) => set({ sampler: v })}
      >
        {denoiseSchema.sampler.values.map((s) => (
          <option key={s} value={s}>
            {SAMPLER_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={id('schedule')}
        label="Noise schedule"
        value={values.schedule}
        disabled={!hydrated}
        onChange={(v) => set({ schedule: v })}
      >
        {denoiseSchema.schedule.values.map((s) => (
          <option key={s} value={s}>
            {SCHEDULE_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={id('dataset')}
        label="Dataset"
        value={values.dataset}
        disabled={!hydrated}
        onChange={(v) => set({ dataset: v })}
      >
        {DATASET_CHOICES.map((d) => (
          <option key={d} value={d}>
            {datasetLabel(d)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={id('quality')}
        label="Denoiser quality factor k"
        value={String(values.quality)}
        disabled={!hydrated}
        describedBy={id('quality-help')}
        onChange={(v) => set({ quality: Number(v) })}
      >
        {QUALITY_FACTORS.map((k) => (
          <option key={k} value={String(k)}>
            {k === 1 ? '1 (ideal)' : String(k)}
          </option>
        ))}
      </SelectField>
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
