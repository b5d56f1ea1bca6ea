/**
 * The validation scatter on /hardware/: leave-one-out predicted against measured seconds on
 * log–log axes, the 1× line and a ±25% band, one marker shape per software stack. The server
 * render (and the page without JavaScript, and print) is an SVG from the same points; once
 * hydrated uPlot draws it, with a readout of the point under the cursor.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import type { Scatter, ScatterPoint } from './validation.ts';

export interface ValidationChartProps {
  /** The points, their SVG geometry for the server render, and the axes' range. */
  plot: Scatter;
}

const STACKS = ['eager', 'compiled', 'tensorrt'] as const;
const STACK_LABELS: Record<(typeof STACKS)[number], string> = {
  eager: 'eager',
  compiled: 'compiled',
  tensorrt: 'TensorRT',
};
const BAND = 1.25;

function tick(v: number): string {
  return v >= 1 ? `${v} s` : `${Number((v * 1000).toPrecision(3))} ms`;
}

function SvgScatter({ plot }: { plot: Scatter }) {
  return (
    <svg
      viewBox={`0 0 ${plot.size} ${plot.size}`}
      role="img"
      aria-labelledby="latency-validation-title"
      class="latency-svg"
    >
      <title id="latency-validation-title">
        Predicted (leave-one-out) against measured seconds, log–log, with the 1× line and a ±25% band
      </title>
      <path d={plot.band} class="latency-svg__band" />
      <path d={plot.diagonal} class="latency-svg__diagonal" />
      {plot.ticks.map((t) => (
        <g key={t.value}>
          <line class="latency-svg__grid" x1={t.pos} x2={t.pos} y1={plot.pad} y2={plot.size - plot.pad} />
          <line
            class="latency-svg__grid"
            y1={plot.size - t.pos}
            y2={plot.size - t.pos}
            x1={plot.pad}
            x2={plot.size - plot.pad}
          />
          <text class="latency-svg__tick" x={t.pos} y={plot.size - plot.pad + 16} text-anchor="middle">
            {tick(t.value)}
          </text>
          <text class="latency-svg__tick" x={plot.pad - 6} y={plot.size - t.pos + 4} text-anchor="end">
            {tick(t.value)}
          </text>
        </g>
      ))}
      {plot.points.map((p: ScatterPoint) => (
        <g key={p.id} class={`latency-svg__point latency-svg__point--${p.software}`}>
          <title>{p.title}</title>
          {p.software === 'eager' ? (
            <circle cx={p.x} cy={p.y} r="4.5" />
          ) : p.software === 'compiled' ? (
            <rect x={p.x - 4} y={p.y - 4} width="8" height="8" />
          ) : (
            <path d={`M${p.x} ${p.y - 5.5}L${p.x + 5} ${p.y + 4}L${p.x - 5} ${p.y + 4}Z`} />
          )}
        </g>
      ))}
      <text class="latency-svg__label" x={plot.size / 2} y={plot.size - 14} text-anchor="middle">
        Measured
      </text>
      <text
        class="latency-svg__label"
        x="14"
        y={plot.size / 2}
        text-anchor="middle"
        transform={`rotate(-90 14 ${plot.size / 2})`}
      >
        Predicted (leave-one-out)
      </text>
    </svg>
  );
}

export default function LatencyValidationChart(props: ValidationChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  const [readout, setReadout] = useState('');

  useEffect(() => {
    let cancelled = false;
    let u: uPlot | null = null;
    let observer: ResizeObserver | null = null;
    import('uplot').then(({ default: UPlot }) => {
      const el = host.current;
      if (cancelled || !el) return;
      // One x column: the axis ends, then every point's measured seconds, ascending; each stack
      // is a series with a value only at its own points (markers, no lines).
      const sorted = [...props.plot.points].sort((a, b) => a.measured - b.measured);
      const { lo, hi } = props.plot;
      const xs = [lo, ...sorted.map((p) => p.measured), hi];
      const column = (f: (x: number, p: (typeof sorted)[number] | null) => number | null) =>
        xs.map((x, i) => f(x, i === 0 || i === xs.length - 1 ? null : sorted[i - 1]));
      const css = getComputedStyle(el);
      const colour = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
      const axis = colour('--sl-color-gray-2', '#888');
      const grid = colour('--sl-color-gray-5', '#ccc');
      // The band: the grid colour, half transparent (resolved to rgb() by the browser first).
      const probe = document.createElement('span');
      probe.style.color = grid;
      el.append(probe);
      const bandFill = getComputedStyle(probe).color.replace(/^rgb\((.*)\)$/, 'rgba($1, 0.6)');
      probe.remove();
      const decades: number[] = [];
      for (let v = lo; v <= hi * 1.0001; v *= 10) decades.push(v);
      const splits = () => decades;
      const marker = (stroke: string, shape: 'circle' | 'square' | 'triangle'): uPlot.Series.Points => ({
        show: true,
        size: 9,
        stroke,
        fill: stroke,
        ...(shape === 'circle' ? {} : { paths: shapePaths(shape) }),
      });
      const stackColours = {
        eager: colour('--sl-color-accent', '#3b6'),
        compiled: colour('--sl-color-green', '#2e7d32'),
        tensorrt: colour('--sl-color-orange', '#b35c00'),
      };
      const width = Math.max(240, Math.min(560, el.clientWidth));
      const opts: uPlot.Options = {
        width,
        height: width,
        legend: { show: false },
        scales: {
          x: { time: false, distr: 3, log: 10, range: [lo, hi] },
          y: { distr: 3, log: 10, range: [lo, hi] },
        },
        axes: [
          {
            label: 'Measured',
            stroke: axis,
            splits,
            grid: { stroke: grid, width: 1 },
            values: (_u, s) => s.map((v) => (v == null ? '' : tick(v))),
          },
          {
            label: 'Predicted (leave-one-out)',
            stroke: axis,
            size: 64,
            splits,
            grid: { stroke: grid, width: 1 },
            values: (_u, s) => s.map((v) => (v == null ? '' : tick(v))),
          },
        ],
        series: [
          { label: 'Measured' },
          { label: '±25%', stroke: 'transparent', points: { show: false } },
          { label: '−25%', stroke: 'transparent', points: { show: false } },
          { label: '1×', stroke: axis, width: 1.5, points: { show: false } },
          ...STACKS.map((s, i) => ({
            label: STACK_LABELS[s],
            stroke: stackColours[s],
            paths: () => null,
            points: marker(stackColours[s], (['circle', 'square', 'triangle'] as const)[i]),
          })),
        ],
        bands: [{ series: [1, 2], fill: bandFill }],
        hooks: {
          setCursor: [
            (plot) => {
              const i = plot.cursor.idx;
              const p = i == null || i === 0 || i === xs.length - 1 ? null : sorted[i - 1];
              setReadout(p ? p.title : '');
            },
          ],
        },
      };
      const data = [
        xs,
        column((x) => x * BAND),
        column((x) => x / BAND),
        column((x) => x),
        ...STACKS.map((s) => column((_x, p) => (p && p.software === s ? p.predicted : null))),
      ] as uPlot.AlignedData;
      u = new UPlot(opts, data, el);
      setDrawn(true);
      observer = new ResizeObserver(() => {
        const w = Math.max(240, Math.min(560, el.clientWidth));
        if (u && Math.abs(u.width - w) > 4) u.setSize({ width: w, height: w });
      });
      observer.observe(el);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      u?.destroy();
    };
  }, []);

  return (
    <>
      {!drawn && <SvgScatter plot={props.plot} />}
      <div
        ref={host}
        class="latency-uplot"
        role="img"
        aria-label="Predicted (leave-one-out) against measured seconds, log–log, with the 1× line and a ±25% band; the table below lists every point"
        data-testid="latency-uplot"
        data-drawn={drawn ? 'true' : 'false'}
        hidden={!drawn}
      />
      <ul class="latency-legend" data-testid="latency-legend">
        <li>
          <span class="latency-legend__mark latency-legend__mark--eager" aria-hidden="true" />
          PyTorch eager
        </li>
        <li>
          <span class="latency-legend__mark latency-legend__mark--compiled" aria-hidden="true" />
          compiled
        </li>
        <li>
          <span class="latency-legend__mark latency-legend__mark--tensorrt" aria-hidden="true" />
          TensorRT
        </li>
        <li>
          <span class="latency-legend__mark latency-legend__mark--line" aria-hidden="true" />
          1× (exact)
        </li>
        <li>
          <span class="latency-legend__mark latency-legend__mark--band" aria-hidden="true" />
          within ±25%
        </li>
      </ul>
      <p class="cost-hint latency-readout" aria-live="polite" data-testid="latency-readout">
        {readout || (drawn ? 'Point at a marker to read its measurement.' : '')}
      </p>
    </>
  );
}

/** Square and triangle markers (uPlot draws circles by default). */
function shapePaths(shape: 'square' | 'triangle'): uPlot.Series.Points.PathBuilder {
  return (u, seriesIdx, idx0, idx1) => {
    const s = u.series[seriesIdx];
    const size = ((s.points?.size ?? 9) * (devicePixelRatio || 1)) / 2;
    const path = new Path2D();
    const xs = u.data[0];
    const ys = u.data[seriesIdx];
    for (let i = idx0; i <= idx1; i++) {
      const y = ys[i];
      if (y == null) continue;
      const cx = u.valToPos(xs[i] as number, 'x', true);
      const cy = u.valToPos(y, 'y', true);
      if (shape === 'square') path.rect(cx - size * 0.8, cy - size * 0.8, size * 1.6, size * 1.6);
      else {
        path.moveTo(cx, cy - size);
        path.lineTo(cx + size, cy + size * 0.8);
        path.lineTo(cx - size, cy + size * 0.8);
        path.closePath();
      }
    }
    return { stroke: path, fill: path };
  };
}
