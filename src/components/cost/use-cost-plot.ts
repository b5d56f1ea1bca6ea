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
import { colourVar, dashFor, formatMetric, METRIC_LABELS } from './chart-style.ts';

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
