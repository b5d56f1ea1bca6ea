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
import {
  DIT_IDS,
  formatSeconds,
  formatSI,
  getModel,
  HARDWARE_IDS,
  listHardware,
  listModels,
  SOFTWARE_LABELS,
  TEXT_TO_IMAGE_IDS,
} from '../../lib/index.ts';
import { DemoFrame } from '../demo/DemoFrame.tsx';
import type { Values } from '../demo/params.ts';
import { useDemoLinks } from '../demo/use-demo-links.ts';
import { useDemoState } from '../demo/use-demo-state.ts';
import { useDeviceState } from '../device/use-device-profile.ts';
import { withBase } from '../site/base.ts';
import type { ChartData, ChartMetric } from './chart-data.ts';
import { buildChartData, buildCsv, csvFilename, MARKER_STEPS, metricColumns, shortName } from './chart-data.ts';
import { svgChart } from './chart-svg.ts';
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

type ChartValues = Values<typeof chartSchema>;

export interface CostChartProps {
  /** The chapter page, for "Copy link" when the demo is embedded. */
  chapterHref?: string;
  /** Embed page for this demo (site-relative, base included). */
  embedHref?: string;
  embedded?: boolean;
}

const MODELS = listModels();
const TEXT_MODELS = MODELS.filter((m) => (TEXT_TO_IMAGE_IDS as readonly string[]).includes(m.id));
const DIT_MODELS = MODELS.filter((m) => (DIT_IDS as readonly string[]).includes(m.id));
const HARDWARE = listHardware();
const DEBOUNCE_MS = 60;
const DEFAULT_READOUT_STEP = 20;
/** Line dashes per hardware (index in HARDWARE_IDS), so lines differ by more than colour. */
const DASHES: number[][] = [[], [10, 5], [3, 3], [14, 4, 3, 4], [6, 6], [1, 3], [12, 3, 3, 3, 3, 3]];
/** The measured `your-device` line: long dash, two dots. */
const DEVICE_DASH = [8, 3, 2, 3, 2, 3];

const METRIC_LABELS: Record<ChartMetric, string> = {
  seconds: 'Time per image',
  joules: 'Energy per image (upper bound)',
  flops: 'FLOPs per image',
};

export function formatMetric(metric: string, value: number): string {
  if (value === 0) return '0';
  if (metric === 'seconds') return formatSeconds(value);
  if (metric === 'joules') return formatSI(value, 'J');
  return formatSI(value, 'FLOP');
}

/** The CSS variable holding a series colour: per hardware profile, or the FLOPs line. */
function colourVar(key: string): string {
  if (key === DEVICE_PROFILE_ID) return '--cost-series-device';
  const i = (HARDWARE_IDS as readonly string[]).indexOf(key);
  return i >= 0 ? `--cost-series-${i + 1}` : '--cost-series-flops';
}

function dashFor(key: string): number[] {
  if (key === DEVICE_PROFILE_ID) return DEVICE_DASH;
  const i = (HARDWARE_IDS as readonly string[]).indexOf(key);
  return i >= 0 ? DASHES[i] : [];
}

function describeSettings(v: ChartValues, data: ChartData): string {
  return `${data.model.name}, ${data.width}×${data.height}, guidance ${v.guidance}${data.cfg ? ' (2 passes per step)' : ' (1 pass per step)'}, ${SOFTWARE_LABELS[data.software]}`;
}

function readoutText(data: ChartData, metric: ChartMetric, step: number): string {
  const i = Math.min(Math.max(step, 1), data.steps.length) - 1;
  const cols = metricColumns(data, metric);
  const parts = cols.map(
    (c) => `${c.label} ${Number.isNaN(c.values[i]) ? 'does not fit in memory' : formatMetric(metric, c.values[i])}`,
  );
  if (metric !== 'flops') parts.unshift(`${formatSI(data.flopsByStep[i], 'FLOP')}`);
  return `At ${i + 1} step${i === 0 ? '' : 's'}: ${parts.join(' · ')}`;
}

function useTheme(enabled: boolean): string {
  const [theme, setTheme] = useState('dark');
  useEffect(() => {
    if (!enabled) return;
    const root = document.documentElement;
    const read = () => setTheme(root.dataset.theme ?? 'dark');
    read();
    const observer = new MutationObserver(read);
    observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, [enabled]);
  return theme;
}

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
  const plot = useRef<uPlot | null>(null);
  const dataRef = useRef(data);
  dataRef.current = data;

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

  // Create the plot once per series layout (metric, scale, hardware set, theme).
  useEffect(() => {
    const host = plotHost.current;
    if (!ctor || !host || !firstDrawReady.current) return;
    const css = getComputedStyle(host);
    const colour = (name: string) => css.getPropertyValue(name).trim() || '#888';
    const axisColour = colour('--sl-color-gray-2');
    const gridColour = colour('--sl-color-gray-5');
    const markerColour = colour('--sl-color-gray-3');
    const cols = metricColumns(dataRef.current, metric);
    const width = Math.max(240, host.clientWidth);
    const distr = log ? 3 : 1;
    const opts: uPlot.Options = {
      width,
      height: width < 480 ? 240 : 320,
      legend: { show: false },
      cursor: { drag: { x: false, y: false }, points: { size: 7 } },
      scales: {
        x: { time: false, distr, log: 10 },
        y: { distr, log: 10, range: log ? undefined : (_u, _min, max) => [0, max * 1.05] },
      },
      axes: [
        {
          label: 'Denoising steps',
          stroke: axisColour,
          grid: { stroke: gridColour, width: 1 },
          ticks: { stroke: gridColour, width: 1 },
          values: (_u, splits) => splits.map((v) => (v == null ? '' : String(v))),
        },
        {
          label: METRIC_LABELS[metric],
          stroke: axisColour,
          size: 84,
          grid: { stroke: gridColour, width: 1 },
          ticks: { stroke: gridColour, width: 1 },
          values: (_u, splits) => splits.map((v) => (v == null ? '' : formatMetric(metric, v))),
        },
      ],
      series: [
        { label: 'Steps' },
        ...cols.map((c) => ({
          label: c.label,
          stroke: colour(colourVar(c.key)),
          width: 2.5,
          dash: dashFor(c.key),
          points: { show: false },
          value: (_u: uPlot, v: number | null) => (v == null ? '' : formatMetric(metric, v)),
        })),
      ],
      hooks: {
        drawAxes: [
          (u) => {
            const ctx = u.ctx;
            const dpr = devicePixelRatio || 1;
            ctx.save();
            ctx.strokeStyle = markerColour;
            ctx.fillStyle = axisColour;
            ctx.lineWidth = dpr;
            ctx.setLineDash([3 * dpr, 3 * dpr]);
            ctx.font = `${11 * dpr}px sans-serif`;
            let labelEnd = Number.NEGATIVE_INFINITY;
            for (const s of MARKER_STEPS) {
              const x = Math.round(u.valToPos(s, 'x', true));
              ctx.beginPath();
              ctx.moveTo(x, u.bbox.top);
              ctx.lineTo(x, u.bbox.top + u.bbox.height);
              ctx.stroke();
              // Label each marker unless it would overlap the previous label (narrow screens).
              const text = String(s);
              if (x + 3 * dpr > labelEnd) {
                ctx.fillText(text, x + 3 * dpr, u.bbox.top + 12 * dpr);
                labelEnd = x + 3 * dpr + ctx.measureText(text).width + 3 * dpr;
              }
            }
            ctx.restore();
          },
        ],
        setCursor: [
          (u) => {
            const idx = u.cursor.idx;
            if (idx != null) setReadoutStep(idx + 1);
          },
        ],
      },
    };
    // Drawn in a task of its own, after the render that asked for it: together they would
    // block the page for longer than a frame budget allows on a slow machine.
    let u: uPlot | null = null;
    let observer: ResizeObserver | null = null;
    let fill: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(() => {
      // The frame and axes first, the lines in the next task: the first chart on a page runs
      // uPlot's code cold, and both at once took 55–70 ms on a slow machine.
      const steps = dataRef.current.steps;
      const empty = cols.map(() => Array.from(steps, () => null));
      const plotted = new ctor(opts, [steps, ...empty] as uPlot.AlignedData, host);
      fill = setTimeout(() => {
        const now = metricColumns(dataRef.current, metric);
        if (now.length === cols.length)
          plotted.setData([dataRef.current.steps, ...now.map((c) => c.values)] as uPlot.AlignedData);
      }, 0);
      u = plotted;
      plot.current = plotted;
      host.dataset.scale = plotted.scales.y.distr === 3 ? 'log' : 'linear';
      host.dataset.series = String(plotted.series.length - 1);
      observer = new ResizeObserver(() => {
        const w = Math.max(240, host.clientWidth);
        if (Math.abs(w - plotted.width) > 1) plotted.setSize({ width: w, height: w < 480 ? 240 : 320 });
      });
      observer.observe(host);
    }, 0);
    return () => {
      clearTimeout(timer);
      clearTimeout(fill);
      observer?.disconnect();
      u?.destroy();
      plot.current = null;
      delete host.dataset.scale;
      delete host.dataset.series;
    };
  }, [ctor, layoutKey, firstDrawReady.current]);

  // New numbers, same layout: just hand uPlot the columns.
  useEffect(() => {
    const u = plot.current;
    if (!u) return;
    const cols = metricColumns(data, metric);
    if (cols.length !== u.series.length - 1) return;
    u.setData([data.steps, ...cols.map((c) => c.values)] as uPlot.AlignedData);
  }, [data, metric]);

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
            <label for={id('model')}>Model</label>
            <select
              id={id('model')}
              value={values.model}
              disabled={!hydrated}
              onChange={(e) => {
                const m = getModel(e.currentTarget.value);
                const res = (CHART_RESOLUTIONS as readonly number[]).includes(m.defaultWidth)
                  ? m.defaultWidth
                  : values.res;
                set({ model: m.id, res, guidance: defaultGuidance(m) });
              }}
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
          </span>
          <span class="cost-field">
            <label for={id('res')}>Resolution</label>
            <select
              id={id('res')}
              value={String(values.res)}
              disabled={!hydrated}
              onChange={(e) => set({ res: Number(e.currentTarget.value) })}
            >
              {CHART_RESOLUTIONS.map((r) => (
                <option key={r} value={String(r)}>
                  {r} × {r}
                </option>
              ))}
            </select>
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
            <label for={id('software')}>Software</label>
            <select
              id={id('software')}
              value={values.software}
              disabled={!hydrated}
              onChange={(e) => set({ software: e.currentTarget.value as Software })}
            >
              <SoftwareOptions />
            </select>
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

function StaticChart(props: { data: ChartData; metric: ChartMetric; log: boolean; label: string }) {
  const cols = metricColumns(props.data, props.metric);
  const g = svgChart(
    props.data.steps,
    cols.map((c) => c.values),
    { log: props.log, markers: MARKER_STEPS },
  );
  return (
    <svg
      class="cost-svg"
      viewBox={`0 0 ${g.width} ${g.height}`}
      role="img"
      aria-label={props.label}
      data-testid="chart-svg"
    >
      {g.yTicks.map((t) => (
        <g key={`y${t.value}`}>
          <line class="cost-svg__grid" x1={g.plot.left} x2={g.plot.right} y1={t.pos} y2={t.pos} />
          <text class="cost-svg__tick" x={g.plot.left - 6} y={t.pos + 4} text-anchor="end">
            {formatMetric(props.metric, t.value)}
          </text>
        </g>
      ))}
      {g.xTicks.map((t) => (
        <text key={`x${t.value}`} class="cost-svg__tick" x={t.pos} y={g.plot.bottom + 16} text-anchor="middle">
          {t.value}
        </text>
      ))}
      {g.markers.map((m) => (
        <g key={`m${m.value}`}>
          <line class="cost-svg__marker" x1={m.pos} x2={m.pos} y1={g.plot.top} y2={g.plot.bottom} />
          <text class="cost-svg__tick" x={m.pos + 3} y={g.plot.top + 11}>
            {m.value}
          </text>
        </g>
      ))}
      <line class="cost-svg__axis" x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} />
      <line class="cost-svg__axis" x1={g.plot.left} x2={g.plot.left} y1={g.plot.top} y2={g.plot.bottom} />
      {g.paths.map((d, i) => (
        <path
          key={cols[i].key}
          d={d}
          class="cost-svg__line"
          style={{ stroke: `var(${colourVar(cols[i].key)})` }}
          stroke-dasharray={dashFor(cols[i].key).join(' ') || undefined}
        />
      ))}
      <text class="cost-svg__label" x={(g.plot.left + g.plot.right) / 2} y={g.height - 4} text-anchor="middle">
        Denoising steps
      </text>
    </svg>
  );
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The table's rows as one HTML string: 100 rows × up to 16 cells as Preact elements cost tens
 * of milliseconds to diff on a slow machine each time the data changes; a string is built and
 * parsed in a few (the numbers come from the engine and are escaped all the same).
 */
export function tableRowsHtml(data: ChartData): string {
  let html = '';
  for (let i = 0; i < data.steps.length; i++) {
    html += `<tr><th scope="row">${data.steps[i]}</th><td>${escapeHtml(formatSI(data.flopsByStep[i], 'FLOP'))}</td>`;
    const cell = (x: number, text: string) => (Number.isNaN(x) ? 'does not fit' : escapeHtml(text));
    for (const s of data.series) html += `<td>${cell(s.secondsByStep[i], formatSeconds(s.secondsByStep[i]))}</td>`;
    for (const s of data.series) html += `<td>${cell(s.joulesByStep[i], formatSI(s.joulesByStep[i], 'J'))}</td>`;
    html += '</tr>';
  }
  return html;
}

/** One line per selected card whose memory the job does not fit (no line is drawn for it). */
function MemoryNotes({ data }: { data: ChartData }) {
  const misfits = data.series.filter((s) => s.memory.verdict !== 'fits');
  if (misfits.length === 0) return null;
  return (
    <ul class="cost-memory" data-testid="chart-memory">
      {misfits.map((s) => (
        <li key={s.hardware.id}>
          <strong>{shortName(s.hardware)}: no line.</strong> {s.memory.advice}
        </li>
      ))}
    </ul>
  );
}

function DataTable({ data }: { data: ChartData }) {
  const names = data.series.map((s) => shortName(s.hardware));
  return (
    <details class="cost-chart__table" data-testid="chart-table">
      <summary>Show the data as a table</summary>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take keyboard focus to be scrolled without a mouse (axe: scrollable-region-focusable) */}
      <section class="cost-scroll" tabIndex={0} aria-label="Chart data table">
        <table>
          <caption>
            {data.model.name}, {data.width} × {data.height},{' '}
            {data.cfg ? 'two passes per step (guidance)' : 'one pass per step'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Steps</th>
              <th scope="col">FLOPs</th>
              {names.map((n) => (
                <th scope="col" key={`s${n}`}>
                  {n}: time
                </th>
              ))}
              {names.map((n) => (
                <th scope="col" key={`j${n}`}>
                  {n}: energy ≤
                </th>
              ))}
            </tr>
          </thead>
          {/* Engine numbers, escaped (tableRowsHtml). */}
          <tbody dangerouslySetInnerHTML={{ __html: tableRowsHtml(data) }} />
        </table>
      </section>
    </details>
  );
}
