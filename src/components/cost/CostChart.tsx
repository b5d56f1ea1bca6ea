/**
 * The cost-vs-steps chart island: one image's seconds, joules (upper bound) or FLOPs against
 * denoising steps 1 … 100 for a model and resolution, one line per chosen hardware profile, each
 * at its default utilisation. uPlot draws it once hydrated (created once per series layout, then
 * `setData`; `setSize` on resize; `destroy` on unmount); before that, and without JavaScript, a
 * static SVG of the same data stands in. The same numbers are in a table and a CSV download.
 */

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import { DEVICE_PROFILE_ID } from '../../lib/device/index.ts';
import type { Software } from '../../lib/index.ts';
import { getModel, listHardware } from '../../lib/index.ts';
import { DemoFrame } from '../demo/DemoFrame.tsx';
import { SelectField } from '../demo/SelectField.tsx';
import { useDemoLinks } from '../demo/use-demo-links.ts';
import { useDemoState } from '../demo/use-demo-state.ts';
import { useTheme } from '../demo/use-theme.ts';
import { useDeviceState } from '../device/use-device-profile.ts';
import { withBase } from '../site/base.ts';
import type { ChartData, ChartMetric } from './chart-data.ts';
import { buildChartData, buildCsv, csvFilename, MARKER_STEPS, metricColumns, shortName } from './chart-data.ts';
import { colourVar, DEVICE_DASH, dashFor, describeSettings, METRIC_LABELS, readoutText } from './chart-style.ts';
import { DataTable, MemoryNotes, StaticChart } from './chart-tables.tsx';
import { ModelOptions } from './ModelOptions.tsx';
import { SoftwareOptions } from './SoftwareOptions.tsx';
import {
  CHART_ID,
  CHART_RESOLUTIONS,
  chartSchema,
  DEVICE_HARDWARE_BIT,
  defaultGuidance,
  guidanceNote,
  hardwareFromMask,
  hardwareMask,
  maskHasDevice,
} from './schema.ts';
import { useCostPlot } from './use-cost-plot.ts';

export interface CostChartProps {
  /** The chapter page, for "Copy link" when the demo is embedded. */
  chapterHref?: string;
  /** Embed page for this demo (site-relative, base included). */
  embedHref?: string;
  embedded?: boolean;
}

const HARDWARE = listHardware();
const DEBOUNCE_MS = 60;
const DEFAULT_READOUT_STEP = 20;
export default function CostChart(props: CostChartProps) {
  const state = useDemoState(CHART_ID, chartSchema);
  const { values, set } = state;
  const hydrated = state.ready;
  const metric = values.metric as ChartMetric;
  const log = values.scale === 'log';
  const selected = hardwareFromMask(values.hw);
  const device = useDeviceState();
  const [deviceNotices, setDeviceNotices] = useState<string[]>([]);
  const deviceOn = maskHasDevice(values.hw) && device.profile !== null;
  const [data, setData] = useState<ChartData>(() =>
    buildChartData({
      model: values.model,
      res: values.res,
      guidance: values.guidance,
      software: values.software as Software,
      hardware: selected,
    }),
  );
  const [readoutStep, setReadoutStep] = useState(DEFAULT_READOUT_STEP);
  const [announcement, setAnnouncement] = useState('');
  const [ctor, setCtor] = useState<typeof uPlot | null>(null);
  const theme = useTheme(hydrated);
  const plotHost = useRef<HTMLDivElement>(null);

  const selectedKey = selected.join(',');
  // What the current data was built from, and what the settings ask for. Hydration re-runs the
  // effect below with the inputs the first render already used: rebuilding then would redo the
  // table for nothing.
  const wantedKey = `${values.model}|${values.res}|${values.guidance}|${values.software}|${selectedKey}|${deviceOn ? (device.profile?.id ?? '') : ''}`;
  const [builtKey, setBuiltKey] = useState(wantedKey);
  useEffect(() => {
    if (!hydrated || wantedKey === builtKey) return;
    const timer = setTimeout(() => {
      const builtIn = selectedKey === '' ? [] : selectedKey.split(',');
      setData(
        buildChartData({
          model: values.model,
          res: values.res,
          guidance: values.guidance,
          software: values.software as Software,
          hardware: deviceOn && device.profile ? [...builtIn, device.profile] : builtIn,
        }),
      );
      setBuiltKey(wantedKey);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [wantedKey, builtKey, hydrated]);

  // The your-device bit needs a stored measurement; without one, drop it and say why.
  useEffect(() => {
    if (!hydrated || !device.loaded || !maskHasDevice(values.hw) || device.profile) return;
    const rest = values.hw & ~DEVICE_HARDWARE_BIT;
    const next = rest === 0 ? chartSchema.hw.default : rest;
    set({ hw: next });
    setDeviceNotices([
      `${CHART_ID}.hw = ${values.hw} includes your device, and this browser has no measurement of it stored` +
        `${device.problem ? ` (${device.problem.replace(/\.$/, '')})` : ''}; using ${next}. ` +
        'Measure your device in the section “Your own device” below to add it.',
    ]);
  }, [hydrated, device.loaded, device.profile, device.problem, values.hw, set]);

  useEffect(() => {
    if (!hydrated) return;
    let cancelled = false;
    import('uplot').then((mod) => {
      if (!cancelled) setCtor(() => mod.default);
    });
    return () => {
      cancelled = true;
    };
  }, [hydrated]);

  // The plot is first drawn for the data the settings (a link's, say) ask for, not for the
  // defaults the page was built with: drawing both, 60 ms apart, would cost two long tasks.
  const firstDrawReady = useRef(false);
  if (hydrated && builtKey === wantedKey) firstDrawReady.current = true;

  const columns = metricColumns(data, metric);
  const layoutKey = `${metric}|${log}|${columns.map((c) => c.key).join(',')}|${theme}`;

  const plot = useCostPlot({
    ctor,
    host: plotHost,
    data,
    metric,
    log,
    layoutKey,
    ready: firstDrawReady.current,
    onCursorStep: setReadoutStep,
  });

  useEffect(() => {
    if (!hydrated) return;
    const at = 50;
    setAnnouncement(`${describeSettings(values, data)}. ${readoutText(data, metric, at)}.`);
  }, [data, metric, hydrated]);

  const onReadoutStep = (step: number) => {
    setReadoutStep(step);
    const u = plot.current;
    if (!u) return;
    const col = metricColumns(data, metric)[0];
    u.setCursor({ left: u.valToPos(step, 'x'), top: u.valToPos(col.values[step - 1], 'y') });
  };

  const download = () => {
    const blob = new Blob([buildCsv(data)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = csvFilename(data, values.guidance);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const shownCount = selected.length + (deviceOn ? 1 : 0);
  const toggleHardware = (hwId: string, on: boolean) => {
    const next = on ? [...selected, hwId] : selected.filter((h) => h !== hwId);
    const mask = hardwareMask(next) | (values.hw & DEVICE_HARDWARE_BIT);
    if (mask !== 0) set({ hw: mask });
  };
  const toggleDevice = (on: boolean) => {
    const mask = on ? values.hw | DEVICE_HARDWARE_BIT : values.hw & ~DEVICE_HARDWARE_BIT;
    if (mask !== 0) set({ hw: mask });
  };
  const notices = [...state.notices, ...deviceNotices];
  const dismissNotices = () => {
    state.dismissNotices();
    setDeviceNotices([]);
  };

  const id = (name: string) => `${CHART_ID}-${name}`;
  const model = getModel(values.model);
  // The same element while the data is the same: Preact then skips the table (1,600 cells) when
  // only the readout, the hover or a control changes.
  const table = useMemo(() => <DataTable data={data} />, [data]);
  const readout = readoutText(data, metric, readoutStep);
  const summary = `${METRIC_LABELS[metric]} against denoising steps, ${describeSettings(values, data)}; ${columns.map((c) => c.label).join(', ')}.`;

  const { link: href, embedLink } = useDemoLinks(CHART_ID, chartSchema, values, hydrated, props);

  return (
    <DemoFrame
      id={CHART_ID}
      title="Cost against steps on real hardware"
      link={href}
      embedLink={embedLink}
      embedded={props.embedded}
      notices={notices}
      onDismissNotices={dismissNotices}
      hydrated={hydrated}
      printParams={`${describeSettings(values, data)}; ${METRIC_LABELS[metric]}, ${values.scale} axes; ${columns.map((c) => c.label).join(', ')}`}
    >
      <div class="cost-chart">
        <fieldset class="demo__controls cost-chart__controls">
          <legend class="sr-only">Chart settings</legend>
          <span class="cost-field">
            <SelectField
              id={id('model')}
              label="Model"
              value={values.model}
              disabled={!hydrated}
              onChange={(v) => {
                const m = getModel(v);
                const res = (CHART_RESOLUTIONS as readonly number[]).includes(m.defaultWidth)
                  ? m.defaultWidth
                  : values.res;
                set({ model: m.id, res, guidance: defaultGuidance(m) });
              }}
            >
              <ModelOptions />
            </SelectField>
          </span>
          <span class="cost-field">
            <SelectField
              id={id('res')}
              label="Resolution"
              value={String(values.res)}
              disabled={!hydrated}
              onChange={(v) => set({ res: Number(v) })}
            >
              {CHART_RESOLUTIONS.map((r) => (
                <option key={r} value={String(r)}>
                  {r} × {r}
                </option>
              ))}
            </SelectField>
          </span>
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
          <span class="cost-field">
            <SelectField
              id={id('software')}
              label="Software"
              value={values.software}
              disabled={!hydrated}
              onChange={(v) => set({ software: v as Software })}
            >
              <SoftwareOptions />
            </SelectField>
          </span>
          <fieldset class="cost-radios">
            <legend>Show</legend>
            {(['seconds', 'joules', 'flops'] as const).map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name={id('metric')}
                  value={m}
                  checked={metric === m}
                  disabled={!hydrated}
                  onChange={() => set({ metric: m })}
                />
                {m === 'seconds' ? 'Time' : m === 'joules' ? 'Energy' : 'FLOPs'}
              </label>
            ))}
          </fieldset>
          <fieldset class="cost-radios">
            <legend>Axes</legend>
            {(['linear', 'log'] as const).map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name={id('scale')}
                  value={s}
                  checked={values.scale === s}
                  disabled={!hydrated}
                  onChange={() => set({ scale: s })}
                />
                {s === 'linear' ? 'Linear' : 'Logarithmic'}
              </label>
            ))}
          </fieldset>
        </fieldset>
        <p class="cost-hint" id={id('guidance-note')}>
          {guidanceNote(model)}
        </p>
        <MemoryNotes data={data} />
        <fieldset class="cost-hardware">
          <legend>Hardware (each at its default number format and fitted kernel efficiency)</legend>
          {HARDWARE.map((h) => {
            const on = selected.includes(h.id);
            const only = on && shownCount === 1;
            return (
              <label key={h.id} class="cost-hardware__item">
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!hydrated || only}
                  onChange={(e) => toggleHardware(h.id, e.currentTarget.checked)}
                />
                <span
                  class="cost-swatch"
                  style={`--swatch: var(${colourVar(h.id)})`}
                  data-dash={dashFor(h.id).join(' ')}
                  aria-hidden="true"
                />
                {shortName(h)}{' '}
                <span class="cost-hint">
                  ({h.defaultDtype}, η {Math.round(h.defaultUtilisation * 100)}% {h.utilisationBasis})
                </span>
              </label>
            );
          })}
          {device.profile ? (
            <label class="cost-hardware__item">
              <input
                type="checkbox"
                checked={deviceOn}
                disabled={!hydrated || (deviceOn && shownCount === 1)}
                onChange={(e) => toggleDevice(e.currentTarget.checked)}
              />
              <span
                class="cost-swatch"
                style={`--swatch: var(${colourVar(DEVICE_PROFILE_ID)})`}
                data-dash={DEVICE_DASH.join(' ')}
                aria-hidden="true"
              />
              Your device <span class="cost-hint">(fp32, 100% measured, {device.measurement?.path})</span>
            </label>
          ) : (
            <span class="cost-hint cost-hardware__item" data-testid="chart-device-hint">
              <a href={withBase('hardware/#your-device')}>Measure your device</a> to add it here.
            </span>
          )}
        </fieldset>
        <div class="cost-chart__plot" data-testid="chart-plot">
          {hydrated ? (
            <div ref={plotHost} class="cost-chart__uplot" role="img" aria-label={summary} data-testid="chart-uplot" />
          ) : (
            <StaticChart data={data} metric={metric} log={log} label={summary} />
          )}
        </div>
        {metric === 'flops' && <p class="cost-hint">FLOPs do not depend on the hardware, so this view has one line.</p>}
        <label class="cost-field cost-chart__step">
          Read the values at step {readoutStep}
          <input
            id={id('step')}
            type="range"
            min={1}
            max={data.steps.length}
            step={1}
            value={readoutStep}
            disabled={!hydrated}
            aria-valuetext={`${readoutStep} steps`}
            onInput={(e) => onReadoutStep(Number(e.currentTarget.value))}
          />
        </label>
        <p class="cost-chart__readout" data-testid="chart-readout">
          {readout}
        </p>
        <p class="cost-hint">
          Dashed verticals mark common step counts: {MARKER_STEPS.join(', ')}. Energy is board power × time, an upper
          bound for the card alone.
        </p>
        <div class="cost-chart__actions">
          <button type="button" class="demo__button" disabled={!hydrated} onClick={download}>
            Download CSV
          </button>
        </div>
        {table}
      </div>
      <p class="sr-only" aria-live="polite" data-testid="chart-announce">
        {announcement}
      </p>
    </DemoFrame>
  );
}
