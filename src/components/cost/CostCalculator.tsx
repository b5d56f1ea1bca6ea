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
  DIT_IDS,
  explainUtilisation,
  formatInteger,
  formatRatio,
  formatSeconds,
  formatSI,
  getHardware,
  getModel,
  HARDWARE_IDS,
  listModels,
  MAX_IMAGE_SIDE,
  MAX_STEPS,
  TEXT_TO_IMAGE_IDS,
} from '../../lib/index.ts';
import { DemoFrame } from '../demo/DemoFrame.tsx';
import type { Values } from '../demo/params.ts';
import { useDemoLinks } from '../demo/use-demo-links.ts';
import { useDemoState } from '../demo/use-demo-state.ts';
import { useDeviceState } from '../device/use-device-profile.ts';
import { withBase } from '../site/base.ts';
import type { CalculatorResult } from './calculator-model.ts';
import {
  calculatorHardware,
  computeCalculator,
  describeResult,
  formatImages,
  formatJoules,
  formatPercent,
  formatWattHours,
  mathLines,
  RANDOM_MAP_CHANNELS,
} from './calculator-model.ts';
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

const MODELS = listModels();
const TEXT_MODELS = MODELS.filter((m) => (TEXT_TO_IMAGE_IDS as readonly string[]).includes(m.id));
const DIT_MODELS = MODELS.filter((m) => (DIT_IDS as readonly string[]).includes(m.id));
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
          <label for={id('model')}>Model</label>
          <select
            id={id('model')}
            value={values.model}
            disabled={!hydrated}
            onChange={(e) => onModel(e.currentTarget.value)}
          >
            <optgroup label="Text-to-image">
              {TEXT_MODELS.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="DiT (class-conditional ImageNet)">
              {DIT_MODELS.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </optgroup>
          </select>
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
          <label for={id('hw')}>Hardware</label>
          <select
            id={id('hw')}
            value={hwValue}
            disabled={!hydrated}
            aria-describedby={id('hw-device')}
            onChange={(e) => onHardware(e.currentTarget.value)}
          >
            {HARDWARE_IDS.map((h) => (
              <option key={h} value={h}>
                {getHardware(h).name}
              </option>
            ))}
            {device.profile && <option value={DEVICE_PROFILE_ID}>Your device (measured)</option>}
          </select>
          <p class="cost-hint" id={id('hw-device')} data-testid="calculator-device-hint">
            {device.profile ? (
              <>
                Your device: {formatSI(device.profile.denseFlopsPerSecond.fp32 ?? 0, 'FLOP/s')} fp32, measured{' '}
                {device.measurement?.measuredAt.slice(0, 10)} in this browser ({device.measurement?.path}).
              </>
            ) : (
              <>
                <a href={withBase('hardware/#your-device')}>Measure your device</a> to add it to this list.
              </>
            )}
          </p>
          <label for={id('dtype')}>Number format</label>
          <select
            id={id('dtype')}
            value={dtypeValue}
            disabled={!hydrated}
            onChange={(e) => set({ dtype: e.currentTarget.value })}
          >
            {dtypes.map((d) => (
              <option key={d} value={d}>
                {d} ({formatSI(hardware.denseFlopsPerSecond[d] ?? 0, 'FLOP/s')} {measured ? 'measured' : 'dense'})
              </option>
            ))}
          </select>
          <label for={id('software')}>Software</label>
          <select
            id={id('software')}
            value={values.software}
            disabled={!hydrated}
            onChange={(e) => set({ software: e.currentTarget.value })}
          >
            <SoftwareOptions />
          </select>
          <label for={id('util')}>Utilisation η (large-kernel efficiency): {values.util}% of the dense peak</label>
          <input
            id={id('util')}
            type="range"
            min={1}
            max={100}
            step={1}
            value={values.util}
            disabled={!hydrated}
            aria-valuetext={`${values.util} percent`}
            aria-describedby={id('util-note')}
            onInput={(e) => set({ util: Number(e.currentTarget.value) })}
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

/** Text with its bare URLs turned into links. */
function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s)]+)/);
  return (
    <p>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={part} href={part}>
            source
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}

function Item(props: { label: string; testid: string; value: number | undefined; text: string; note?: string }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd data-testid={props.testid} data-value={props.value === undefined ? '' : String(props.value)}>
        {props.text}
      </dd>
      {props.note && <dd class="cost-readout__note">{props.note}</dd>}
    </div>
  );
}

function Readout({ r }: { r: CalculatorResult }) {
  const ok = r.ok ? r : undefined;
  const e = ok?.estimate;
  // Energy follows from a time, and a job that does not fit the card has none.
  const runs = e !== undefined && e.memory.verdict === 'fits';
  const c = e?.cost;
  const dash = '—';
  return (
    <dl class="demo__readout cost-readout">
      <Item label="MACs per image" testid="calculator-macs" value={c?.macs} text={c ? formatSI(c.macs, 'MAC') : dash} />
      <Item
        label="FLOPs per image (2 × MACs)"
        testid="calculator-flops"
        value={c?.flops}
        text={c ? formatSI(c.flops, 'FLOP') : dash}
      />
      <Item
        label="Denoiser (all steps)"
        testid="calculator-denoiser"
        value={c?.breakdown.denoiser.flops}
        text={c ? formatSI(c.breakdown.denoiser.flops, 'FLOP') : dash}
        note={ok ? `${formatPercent(ok.shares.denoiser)} of the image; ${c?.denoiserCalls} calls` : undefined}
      />
      <Item
        label="VAE decode (once)"
        testid="calculator-vae"
        value={c?.breakdown.vae.flops}
        text={c ? formatSI(c.breakdown.vae.flops, 'FLOP') : dash}
        note={ok ? `${formatPercent(ok.shares.vae)} of the image` : undefined}
      />
      <Item
        label="Text encoders (once)"
        testid="calculator-text"
        value={c?.breakdown.textEncoder.flops}
        text={c ? formatSI(c.breakdown.textEncoder.flops, 'FLOP') : dash}
        note={ok ? `${formatPercent(ok.shares.textEncoder)} of the image` : undefined}
      />
      <Item
        label="Attention matmuls (QKᵀ, AV)"
        testid="calculator-attention"
        value={c ? c.attentionMacs / c.macs : undefined}
        text={c ? formatPercent(c.attentionMacs / c.macs) : dash}
        note={ok ? 'of the MACs' : undefined}
      />
      <Item
        label="Time per image"
        testid="calculator-seconds"
        value={e && e.memory.verdict === 'fits' ? e.seconds : undefined}
        text={e ? (e.memory.verdict === 'fits' ? formatSeconds(e.seconds) : 'does not fit') : dash}
        note={
          e
            ? e.memory.verdict === 'fits'
              ? `denoising ${formatSeconds(e.denoiserSeconds)}; each step ${e.time.bound}-bound`
              : e.memory.advice
            : undefined
        }
      />
      <Item
        label="Memory needed, at least"
        testid="calculator-memory"
        value={e?.memory.requiredBytes}
        text={e ? formatSI(e.memory.requiredBytes, 'B') : dash}
        note={
          e
            ? e.memory.verdict === 'fits'
              ? `of ${formatSI(e.memory.availableBytes, 'B')}: fits`
              : e.memory.verdict === 'offload'
                ? 'with CPU offload only'
                : 'does not fit'
            : undefined
        }
      />
      <Item
        label="Energy, upper bound"
        testid="calculator-joules"
        value={runs ? e.joules : undefined}
        text={runs ? formatJoules(e.joules) : dash}
        note={
          runs ? `≤ ${formatWattHours(e.wattHours)} (board power × time)` : e ? 'no time: it does not fit' : undefined
        }
      />
      <Item
        label="Images per kWh, at least"
        testid="calculator-images-kwh"
        value={runs ? e.imagesPerKWh : undefined}
        text={runs ? formatImages(e.imagesPerKWh) : dash}
      />
      <Item
        label={`× a random ${RANDOM_MAP_CHANNELS}-channel map`}
        testid="calculator-ratio"
        value={ok?.ratio}
        text={ok ? formatRatio(ok.ratio) : dash}
        note={ok ? `image FLOPs ÷ the map's ${formatSI(ok.randomMap.intOps)} integer ops (it has 0 FLOPs)` : undefined}
      />
    </dl>
  );
}

function MathPanel({ r }: { r: CalculatorResult & { ok: true } }) {
  const sources = [
    { url: r.model.configUrl, covers: `${r.model.name} architecture (config)` },
    { url: r.model.pipelineUrl, covers: `${r.model.name} pipeline defaults` },
    ...r.hardware.sources.map((s) => ({ url: s.url, covers: `${r.hardware.name}: ${s.covers} (as of ${s.asOf})` })),
  ];
  return (
    <details class="cost-math" data-testid="calculator-math">
      <summary>Show the math</summary>
      <ol class="cost-math__lines">
        {mathLines(r).map((line) => (
          <li key={line}>
            <code>{line}</code>
          </li>
        ))}
      </ol>
      <p class="cost-hint">
        The ratio divides floating-point operations by integer operations on purpose: the random map needs no
        floating-point work at all ({formatInteger(r.randomMap.bytes)} random bytes from{' '}
        {formatInteger(r.randomMap.draws)} 32-bit draws), so the two jobs differ in kind as well as size.
      </p>
      <p>Sources:</p>
      <ul class="cost-math__sources">
        {sources.map((s) => (
          <li key={s.url + s.covers}>
            <a href={s.url}>{s.covers}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
