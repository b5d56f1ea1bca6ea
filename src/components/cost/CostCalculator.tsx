/**
 * The cost calculator island: model, resolution, steps, guidance, hardware, dtype and
 * utilisation → MACs, FLOPs, seconds, joules (an upper bound), images per kWh and the ratio to a
 * random pixel map of the same size, with the arithmetic shown. The engine is pure and fast, so
 * it runs on the main thread, debounced; the server render shows the default numbers.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEVICE_PROFILE_ID } from '../../lib/device/index.ts';
import type { HardwareProfile } from '../../lib/index.ts';
import {
  availableDtypes,
  explainUtilisation,
  formatSI,
  getHardware,
  getModel,
  HARDWARE_IDS,
  MAX_IMAGE_SIDE,
  MAX_STEPS,
} from '../../lib/index.ts';
import { DemoFrame } from '../demo/DemoFrame.tsx';
import type { Values } from '../demo/params.ts';
import { RangeField } from '../demo/RangeField.tsx';
import { SelectField } from '../demo/SelectField.tsx';
import { useDemoLinks } from '../demo/use-demo-links.ts';
import { useDemoState } from '../demo/use-demo-state.ts';
import { useDeviceState } from '../device/use-device-profile.ts';
import { withBase } from '../site/base.ts';
import type { CalculatorResult } from './calculator-model.ts';
import { calculatorHardware, computeCalculator, describeResult } from './calculator-model.ts';
import { Linkified, MathPanel, Readout, summaryText } from './calculator-readout.tsx';
import { ModelOptions } from './ModelOptions.tsx';
import { SoftwareOptions } from './SoftwareOptions.tsx';
import { CALCULATOR_ID, calculatorSchema, DEFAULT_HARDWARE, defaultGuidance, guidanceNote } from './schema.ts';

type CalculatorValues = Values<typeof calculatorSchema>;

export interface CostCalculatorProps {
  /** The chapter page, for "Copy link" when the demo is embedded. */
  chapterHref?: string;
  /** Embed page for this demo (site-relative, base included). */
  embedHref?: string;
  embedded?: boolean;
}

const DEBOUNCE_MS = 80;

/** Settings for a model's pipeline defaults. */
function modelDefaults(id: string): Partial<CalculatorValues> {
  const m = getModel(id);
  return { width: m.defaultWidth, height: m.defaultHeight, steps: m.defaultSteps, guidance: defaultGuidance(m) };
}

/** The profile for `hw`; `your-device` without a stored measurement reads as the default hardware. */
function profileFor(hw: string, device: HardwareProfile | null): HardwareProfile {
  return hw === DEVICE_PROFILE_ID && !device ? getHardware(DEFAULT_HARDWARE) : calculatorHardware(hw, device);
}

function utilPercent(profile: HardwareProfile): number {
  return Math.round(profile.defaultUtilisation * 100);
}

/** The nearest sizes a model accepts, for the error hint. */
function nearestMultiples(value: number, multiple: number): number[] {
  const lo = Math.max(multiple, Math.floor(value / multiple) * multiple);
  const hi = Math.min(MAX_IMAGE_SIDE, Math.ceil(value / multiple) * multiple);
  return lo === hi ? [lo] : [lo, hi];
}

function clampInt(raw: string, min: number, max: number): number | undefined {
  if (raw.trim() === '') return undefined;
  const n = Math.round(Number(raw));
  if (!Number.isFinite(n)) return undefined;
  return Math.min(max, Math.max(min, n));
}

export default function CostCalculator(props: CostCalculatorProps) {
  const state = useDemoState(CALCULATOR_ID, calculatorSchema);
  const { values, set } = state;
  const device = useDeviceState();
  const [deviceNotices, setDeviceNotices] = useState<string[]>([]);
  const [result, setResult] = useState<CalculatorResult>(() => computeCalculator(values));
  const [announcement, setAnnouncement] = useState('');
  const completed = useRef(false);

  // A hand-written link may name a model or hardware without the settings that depend on it:
  // fill those from the model's pipeline defaults and the profile's default utilisation.
  useEffect(() => {
    if (!state.ready || !device.loaded || completed.current) return;
    completed.current = true;
    const has = (key: keyof typeof calculatorSchema) => state.given.has(key);
    const patch: Record<string, string | number> = {};
    if (has('model')) {
      const d = modelDefaults(values.model) as Record<string, string | number>;
      for (const key of ['width', 'height', 'steps', 'guidance'] as const) if (!has(key)) patch[key] = d[key];
    }
    if (has('hw') && !has('util')) patch.util = utilPercent(profileFor(values.hw, device.profile));
    if (has('hw') && !has('dtype')) patch.dtype = profileFor(values.hw, device.profile).defaultDtype;
    if (Object.keys(patch).length > 0) set(patch as Partial<CalculatorValues>);
  }, [state.ready, state.given, device.loaded, device.profile, values, set]);

  // `your-device` in a link (or still selected after "Forget" in another tab) needs a stored
  // measurement; without one, fall back to the default hardware and say why.
  useEffect(() => {
    if (!state.ready || !device.loaded || values.hw !== DEVICE_PROFILE_ID || device.profile) return;
    const fallback = getHardware(DEFAULT_HARDWARE);
    set({ hw: fallback.id, dtype: fallback.defaultDtype, util: utilPercent(fallback) });
    setDeviceNotices([
      `${CALCULATOR_ID}.hw = your-device needs a measurement of this device, and this browser has none stored` +
        `${device.problem ? ` (${device.problem.replace(/\.$/, '')})` : ''}; using ${fallback.name}. ` +
        'Measure your device in the Hardware chapter (section “Your own device”) to add it.',
    ]);
  }, [state.ready, device.loaded, device.profile, device.problem, values.hw, set]);

  useEffect(() => {
    if (!state.ready || !device.loaded) return;
    const timer = setTimeout(() => {
      const r = computeCalculator(values, device.profile);
      setResult(r);
      setAnnouncement(describeResult(r));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [values, state.ready, device.loaded, device.profile]);

  const hydrated = state.ready;
  const id = (name: string) => `${CALCULATOR_ID}-${name}`;
  const model = getModel(values.model);
  const hardware = profileFor(values.hw, device.profile);
  const hwValue = hardware.id;
  const dtypes = availableDtypes(hardware);
  const dtypeValue = (dtypes as string[]).includes(values.dtype) ? values.dtype : hardware.defaultDtype;
  const defaultUtil = utilPercent(hardware);
  const measured = hardware.id === DEVICE_PROFILE_ID;
  const r = result;

  const onModel = (next: string) => set({ model: next, ...modelDefaults(next) });
  const onHardware = (next: string) => {
    const p = profileFor(next, device.profile);
    const keep = (availableDtypes(p) as string[]).includes(values.dtype);
    set({ hw: next, dtype: keep ? values.dtype : p.defaultDtype, util: utilPercent(p) });
  };
  const notices = [...state.notices, ...deviceNotices];
  const dismissNotices = () => {
    state.dismissNotices();
    setDeviceNotices([]);
  };

  let errorHint = '';
  if (!r.ok) {
    const m = model.resolutionMultiple;
    const bad = [values.width, values.height].filter((v) => v % m !== 0);
    if (bad.length > 0) errorHint = ` Try ${nearestMultiples(bad[0], m).join(' or ')}.`;
  }

  const { link: href, embedLink } = useDemoLinks(CALCULATOR_ID, calculatorSchema, values, state.ready, props);

  return (
    <DemoFrame
      id={CALCULATOR_ID}
      title="Cost calculator: one image, one device"
      link={href}
      embedLink={embedLink}
      embedded={props.embedded}
      notices={notices}
      onDismissNotices={dismissNotices}
      hydrated={hydrated}
      printParams={describeResult(r)}
    >
      <div class="demo__body cost-calc">
        <fieldset class="demo__controls cost-calc__controls">
          <legend class="sr-only">Calculator settings</legend>
          {/* On a phone the readout sits below the controls; this line keeps the result in view
              while the reader changes them. Screen readers get the full readout and the
              announcement instead, so it is hidden from them. */}
          <p class="cost-calc__summary" aria-hidden="true" data-testid="calculator-summary">
            {summaryText(r)}
          </p>
          <SelectField
            id={id('model')}
            label="Model"
            value={values.model}
            disabled={!hydrated}
            onChange={(v) => onModel(v)}
          >
            <ModelOptions />
          </SelectField>
          <p class="cost-hint">Choosing a model loads its pipeline defaults.</p>
          <div class="cost-calc__pair">
            <span>
              <label for={id('width')}>Width (px)</label>
              <input
                id={id('width')}
                type="number"
                inputMode="numeric"
                min={model.resolutionMultiple}
                max={MAX_IMAGE_SIDE}
                step={model.resolutionMultiple}
                value={values.width}
                disabled={!hydrated}
                aria-describedby={id('size-rule')}
                onInput={(e) => {
                  const n = clampInt(e.currentTarget.value, 16, MAX_IMAGE_SIDE);
                  if (n !== undefined) set({ width: n });
                }}
              />
            </span>
            <span>
              <label for={id('height')}>Height (px)</label>
              <input
                id={id('height')}
                type="number"
                inputMode="numeric"
                min={model.resolutionMultiple}
                max={MAX_IMAGE_SIDE}
                step={model.resolutionMultiple}
                value={values.height}
                disabled={!hydrated}
                aria-describedby={id('size-rule')}
                onInput={(e) => {
                  const n = clampInt(e.currentTarget.value, 16, MAX_IMAGE_SIDE);
                  if (n !== undefined) set({ height: n });
                }}
              />
            </span>
          </div>
          <p class="cost-hint" id={id('size-rule')}>
            {model.name}: {model.resolutionRule}; default {model.defaultWidth} × {model.defaultHeight}.
          </p>
          <label for={id('steps')}>Denoising steps (1–{MAX_STEPS})</label>
          <input
            id={id('steps')}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_STEPS}
            step={1}
            value={values.steps}
            disabled={!hydrated}
            onInput={(e) => {
              const n = clampInt(e.currentTarget.value, 1, MAX_STEPS);
              if (n !== undefined) set({ steps: n });
            }}
          />
          <span class="cost-check">
            <input
              id={id('guidance')}
              type="checkbox"
              checked={values.guidance === 'on'}
              disabled={!hydrated}
              aria-describedby={id('guidance-note')}
              onChange={(e) => set({ guidance: e.currentTarget.checked ? 'on' : 'off' })}
            />
            <label for={id('guidance')}>Guidance on</label>
          </span>
          <p class="cost-hint" id={id('guidance-note')}>
            {guidanceNote(model)}
          </p>
          <SelectField
            id={id('hw')}
            label="Hardware"
            value={hwValue}
            disabled={!hydrated}
            describedBy={id('hw-device')}
            onChange={(v) => onHardware(v)}
          >
            {HARDWARE_IDS.map((h) => (
              <option key={h} value={h}>
                {getHardware(h).name}
              </option>
            ))}
            {device.profile && <option value={DEVICE_PROFILE_ID}>Your device (measured)</option>}
          </SelectField>
          <p class="cost-hint" id={id('hw-device')} data-testid="calculator-device-hint">
            {device.profile ? (
              <>
                Your device: {formatSI(device.profile.denseFlopsPerSecond.fp32 ?? 0, { unit: 'FLOP/s' })} fp32, measured{' '}
                {device.measurement?.measuredAt.slice(0, 10)} in this browser ({device.measurement?.path}).
              </>
            ) : (
              <>
                <a href={withBase('hardware/#your-device')}>Measure your device</a> to add it to this list.
              </>
            )}
          </p>
          <SelectField
            id={id('dtype')}
            label="Number format"
            value={dtypeValue}
            disabled={!hydrated}
            onChange={(v) => set({ dtype: v })}
          >
            {dtypes.map((d) => (
              <option key={d} value={d}>
                {d} ({formatSI(hardware.denseFlopsPerSecond[d] ?? 0, { unit: 'FLOP/s' })}{' '}
                {measured ? 'measured' : 'dense'})
              </option>
            ))}
          </SelectField>
          <SelectField
            id={id('software')}
            label="Software"
            value={values.software}
            disabled={!hydrated}
            onChange={(v) => set({ software: v })}
          >
            <SoftwareOptions />
          </SelectField>
          <RangeField
            id={id('util')}
            label={<>Utilisation η (large-kernel efficiency): {values.util}% of the dense peak</>}
            spec={calculatorSchema.util}
            value={values.util}
            disabled={!hydrated}
            valueText={`${values.util} percent`}
            describedBy={id('util-note')}
            onValue={(util) => set({ util })}
          />
          <button
            type="button"
            class="demo__button"
            disabled={!hydrated || values.util === defaultUtil}
            onClick={() => set({ util: defaultUtil })}
          >
            Use the default ({defaultUtil}%)
          </button>
          <details class="cost-hint cost-calc__why" id={id('util-note')}>
            <summary>
              Where {Math.round(hardware.defaultUtilisation * 100)}% comes from ({hardware.utilisationBasis})
            </summary>
            <Linkified text={explainUtilisation(hardware)} />
          </details>
        </fieldset>
        <div class="cost-calc__results">
          {!r.ok && (
            <p class="cost-calc__problem" role="status" data-testid="calculator-error">
              This setting cannot be computed: {r.message}.{errorHint}
            </p>
          )}
          {r.ok && r.dtypeAdjusted && (
            <p class="cost-hint" data-testid="calculator-dtype-note">
              {values.dtype} is not available on {r.hardware.name}; using {r.dtype}.
            </p>
          )}
          <Readout r={r} />
          {r.ok && <MathPanel r={r} />}
        </div>
      </div>
      <p class="sr-only" aria-live="polite" data-testid="calculator-announce">
        {announcement}
      </p>
    </DemoFrame>
  );
}
