/**
 * The cost chart's uPlot: created once per series layout (metric, scale, hardware set, theme:
 * `layoutKey`), fed new columns with `setData` when only the numbers change, resized with
 * `setSize`, destroyed on unmount. Returns the live plot (null until drawn).
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import type { ChartData, ChartMetric } from './chart-data.ts';
import { MARKER_STEPS, metricColumns } from './chart-data.ts';
import { colourVar, dashFor, formatMetric, METRIC_LABELS, markerLabelRows } from './chart-style.ts';

/** The axes' and markers' type: the page's own sans-serif stack, at 12 CSS px. */
const AXIS_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const AXIS_FONT = `12px ${AXIS_FONT_FAMILY}`;
const AXIS_LABEL_FONT = `bold 12px ${AXIS_FONT_FAMILY}`;

export interface CostPlotOptions {
  /** uPlot's constructor, once its module has loaded. */
  ctor: typeof uPlot | null;
  host: RefObject<HTMLDivElement>;
  data: ChartData;
  metric: ChartMetric;
  log: boolean;
  /** Changes whenever the plot must be created anew. */
  layoutKey: string;
  /** False until the data the settings ask for is built (the first draw waits for it). */
  ready: boolean;
  /** The step under the cursor, 1-based. */
  onCursorStep: (step: number) => void;
}

export function useCostPlot(options: CostPlotOptions): RefObject<uPlot | null> {
  const { ctor, host: hostRef, data, metric, log, layoutKey, ready } = options;
  const plot = useRef<uPlot | null>(null);
  const dataRef = useRef(data);
  dataRef.current = data;
  const onCursorStep = useRef(options.onCursorStep);
  onCursorStep.current = options.onCursorStep;

  useEffect(() => {
    const host = hostRef.current;
    if (!ctor || !host || !ready) return;
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
          font: AXIS_FONT,
          labelFont: AXIS_LABEL_FONT,
          stroke: axisColour,
          grid: { stroke: gridColour, width: 1 },
          ticks: { stroke: gridColour, width: 1 },
          values: (_u, splits) => splits.map((v) => (v == null ? '' : String(v))),
        },
        {
          label: METRIC_LABELS[metric],
          font: AXIS_FONT,
          labelFont: AXIS_LABEL_FONT,
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
            // 12 CSS px, like the axes' own labels.
            ctx.font = `${12 * dpr}px ${AXIS_FONT_FAMILY}`;
            const xs = MARKER_STEPS.map((s) => Math.round(u.valToPos(s, 'x', true)));
            for (const x of xs) {
              ctx.beginPath();
              ctx.moveTo(x, u.bbox.top);
              ctx.lineTo(x, u.bbox.top + u.bbox.height);
              ctx.stroke();
            }
            // Every marker labelled; where two are close, the second label sits a row lower.
            const labels = MARKER_STEPS.map((s, i) => ({
              text: String(s),
              x: xs[i] + 3 * dpr,
              width: ctx.measureText(String(s)).width,
            }));
            const rows = markerLabelRows(labels, 4 * dpr);
            labels.forEach((l, i) => {
              ctx.fillText(l.text, l.x, u.bbox.top + (13 + 14 * rows[i]) * dpr);
            });
            ctx.restore();
          },
        ],
        setCursor: [
          (u) => {
            const idx = u.cursor.idx;
            if (idx != null) onCursorStep.current(idx + 1);
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
  }, [ctor, layoutKey, ready]);

  // New numbers, same layout: just hand uPlot the columns.
  useEffect(() => {
    const u = plot.current;
    if (!u) return;
    const cols = metricColumns(data, metric);
    if (cols.length !== u.series.length - 1) return;
    u.setData([data.steps, ...cols.map((c) => c.values)] as uPlot.AlignedData);
  }, [data, metric]);

  return plot;
}
