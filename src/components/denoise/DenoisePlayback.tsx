/** The denoise demo's transport (Play/Pause, Step, Restart, Jump to end, speed) and its readout of the frame on screen. */
import { formatCount, formatSI } from '../../lib/format.ts';
import { SelectField } from '../demo/SelectField.tsx';
import type { DenoiseDemoProps } from './DenoiseDemo.tsx';
import { formatRmse, type View } from './frame-view.ts';
import { DENOISE_ID, SPEEDS } from './schema.ts';

export interface TransportProps {
  playing: boolean;
  atEnd: boolean;
  hydrated: boolean;
  speed: number;
  onToggle: () => void;
  onStep: () => void;
  onRestart: () => void;
  onJump: () => void;
  onSpeed: (stepsPerSecond: number) => void;
}

export function Transport(props: TransportProps) {
  const { playing, atEnd, hydrated, speed, onToggle, onStep, onRestart, onJump, onSpeed } = props;
  const id = (name: string) => `${DENOISE_ID}-${name}`;
  return (
    <fieldset class="denoise__transport">
      <legend class="sr-only">Playback</legend>
      <button
        type="button"
        class="demo__button"
        disabled={!hydrated}
        aria-pressed={playing ? 'true' : 'false'}
        onClick={onToggle}
        data-testid="denoise-play"
      >
        {playing ? 'Pause' : atEnd ? 'Play again' : 'Play'}
      </button>
      <button type="button" class="demo__button" disabled={!hydrated || atEnd} onClick={onStep}>
        Step
      </button>
      <button type="button" class="demo__button" disabled={!hydrated} onClick={onRestart}>
        Restart
      </button>
      <button type="button" class="demo__button" disabled={!hydrated || atEnd} onClick={onJump}>
        Jump to end
      </button>
      <span class="denoise__speed">
        <SelectField
          id={id('speed')}
          label="Speed"
          value={String(speed)}
          disabled={!hydrated}
          onChange={(v) => onSpeed(Number(v))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {formatCount(s, { noun: 'step' })}/s
            </option>
          ))}
        </SelectField>
      </span>
    </fieldset>
  );
}

export interface ReadoutProps {
  /** The frame on screen, or null before the first one. */
  current: View | null;
  prerendered: DenoiseDemoProps['prerendered'];
  perStep: number;
  hydrated: boolean;
  playing: boolean;
}

export function Readout({ current, prerendered, perStep, hydrated, playing }: ReadoutProps) {
  return (
    <dl class="demo__readout" aria-busy={playing ? 'true' : 'false'}>
      <div>
        <dt>Step</dt>
        <dd data-testid="denoise-step">
          {current
            ? `${current.step} / ${current.steps}`
            : hydrated
              ? '—'
              : `${prerendered.steps} / ${prerendered.steps}`}
        </dd>
      </div>
      <div>
        <dt>FLOPs so far</dt>
        <dd data-testid="denoise-flops">
          {current
            ? formatSI(current.flops, { unit: 'FLOP' })
            : hydrated
              ? '—'
              : formatSI(prerendered.totalFlops, { unit: 'FLOP' })}
        </dd>
      </div>
      <div>
        <dt>FLOPs per step</dt>
        <dd data-testid="denoise-step-flops">{formatSI(perStep, { unit: 'FLOP' })}</dd>
      </div>
      <div>
        <dt>x̂₀ nearest target (RMSE)</dt>
        <dd data-testid="denoise-rmse">
          {current
            ? current.step > 0
              ? `${current.nearestName} (${formatRmse(current.rmse)})`
              : '—'
            : hydrated
              ? '—'
              : `${prerendered.finalTargetName} (${formatRmse(prerendered.finalRmse)})`}
        </dd>
      </div>
    </dl>
  );
}
