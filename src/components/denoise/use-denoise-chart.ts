/**
 * The denoise demo's chart: cumulative FLOPs (left axis) and the RMSE of x̂_0 (right axis)
 * against the step, in uPlot. uPlot touches window when imported, so it loads on the client
 * only, once enabled (hydrated); it is rebuilt when the theme changes (its canvas colours come
 * from the theme's CSS variables), resized with its box and destroyed on unmount. The island
 * owns the series (filled as frames arrive) and calls `chart.current.setData`.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type uPlot from 'uplot';
import { formatSI } from '../../lib/format.ts';
import { useTheme } from '../demo/use-theme.ts';

export type Series = { xs: number[]; flops: (number | null)[]; rmse: (number | null)[] };

export function emptySeries(steps: number): Series {
  const xs = new Array<number>(steps + 1);
  for (let k = 0; k <= steps; k++) xs[k] = k;
  return { xs, flops: new Array(steps + 1).fill(null), rmse: new Array(steps + 1).fill(null) };
}

function cssVar(name: string, fallback: string): string {
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return v || fallback;
}

export interface DenoiseChartOptions {
  box: RefObject<HTMLDivElement>;
  chart: { current: uPlot | null };
  series: { current: Series };
  /** The x range (steps) and the FLOPs range, read whenever uPlot rescales. */
  scale: { current: { steps: number; totalFlops: number } };
  enabled: boolean;
}

export function useDenoiseChart({ box, chart, series, scale, enabled }: DenoiseChartOptions): void {
  const theme = useTheme(enabled);
  useEffect(() => {
    if (!enabled || !box.current) return;
    let disposed = false;
    let resize: ResizeObserver | null = null;
    const host = box.current;
    const build = (UPlot: typeof uPlot) => {
      chart.current?.destroy();
      const text = cssVar('--sl-color-gray-2', '#888');
      const grid = cssVar('--sl-color-gray-5', '#444');
      const flopsColor = cssVar('--sl-color-accent-high', '#3b82f6');
      const rmseColor = cssVar('--sl-color-orange-high', '#e8590c');
      const axis = {
        stroke: text,
        grid: { stroke: grid, width: 1 },
        ticks: { stroke: grid, width: 1 },
        font: '11px system-ui, sans-serif',
        labelFont: '11px system-ui, sans-serif',
      };
      const opts: uPlot.Options = {
        width: Math.max(200, host.clientWidth),
        height: 200,
        legend: { show: false },
        cursor: { show: false },
        scales: {
          x: { time: false, range: () => [0, Math.max(1, scale.current.steps)] },
          flops: { range: () => [0, scale.current.totalFlops * 1.02] },
          rmse: { range: (_u, _min, max) => [0, Math.max(0.1, (max ?? 0) * 1.1)] },
        },
        axes: [
          // Whole steps only: no "2.5" ticks.
          { ...axis, label: 'step', size: 36, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] },
          {
            ...axis,
            scale: 'flops',
            label: 'cumulative FLOPs',
            size: 56,
            values: (_u, ticks) => ticks.map((v) => formatSI(v)),
          },
          {
            ...axis,
            scale: 'rmse',
            side: 1,
            label: 'RMSE of x̂₀',
            size: 48,
            grid: { show: false },
          },
        ],
        series: [
          {},
          { label: 'cumulative FLOPs', scale: 'flops', stroke: flopsColor, width: 2, points: { show: false } },
          { label: 'RMSE of x̂₀', scale: 'rmse', stroke: rmseColor, width: 2, dash: [6, 3], points: { show: false } },
        ],
      };
      const s = series.current;
      chart.current = new UPlot(opts, [s.xs, s.flops, s.rmse], host);
    };
    import('uplot').then(({ default: UPlot }) => {
      if (disposed) return;
      build(UPlot);
      resize = new ResizeObserver(() => {
        chart.current?.setSize({ width: Math.max(200, host.clientWidth), height: 200 });
      });
      resize.observe(host);
    });
    return () => {
      disposed = true;
      resize?.disconnect();
      chart.current?.destroy();
      chart.current = null;
    };
  }, [enabled, theme]);
}
