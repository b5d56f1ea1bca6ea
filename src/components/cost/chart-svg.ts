/**
 * Geometry of the static line chart that stands in for uPlot before hydration and without
 * JavaScript: polyline paths, axis ticks and step markers in SVG user units. Pure.
 */

export interface Tick {
  value: number;
  /** Position along the axis, SVG units. */
  pos: number;
}

export interface SvgChartGeometry {
  width: number;
  height: number;
  /** Plot area: left, top, right, bottom. */
  plot: { left: number; top: number; right: number; bottom: number };
  paths: string[];
  xTicks: Tick[];
  yTicks: Tick[];
  markers: Tick[];
}

export interface SvgChartOptions {
  width?: number;
  height?: number;
  log?: boolean;
  markers?: readonly number[];
}

/** About `count` round ticks covering [min, max] (1, 2 or 5 × 10ⁿ apart). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** Powers of ten covering [min, max] (both > 0). */
export function logTicks(min: number, max: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) out.push(10 ** e);
  return out;
}

/**
 * Lays out `ys` (each indexed like `xs`) on linear axes from 0, or on log–log axes. x values
 * must be > 0 for log axes; so must y values.
 */
export function svgChart(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>[],
  options: SvgChartOptions = {},
): SvgChartGeometry {
  const width = options.width ?? 640;
  const height = options.height ?? 300;
  const log = options.log ?? false;
  const plot = { left: 72, top: 12, right: width - 12, bottom: height - 40 };
  let yMax = 0;
  let yMin = Number.POSITIVE_INFINITY;
  for (const col of ys) {
    for (let i = 0; i < col.length; i++) {
      if (col[i] > yMax) yMax = col[i];
      if (col[i] < yMin) yMin = col[i];
    }
  }
  const xMin = xs[0];
  const xMax = xs[xs.length - 1];
  let xTickValues: number[];
  let yTickValues: number[];
  let fx: (v: number) => number;
  let fy: (v: number) => number;
  if (log) {
    yTickValues = logTicks(yMin, yMax);
    const y0 = Math.log10(yTickValues[0]);
    const y1 = Math.log10(yTickValues[yTickValues.length - 1]);
    const x0 = Math.log10(xMin);
    const x1 = Math.log10(xMax);
    fx = (v) => plot.left + ((Math.log10(v) - x0) / (x1 - x0)) * (plot.right - plot.left);
    fy = (v) => plot.bottom - ((Math.log10(v) - y0) / (y1 - y0 || 1)) * (plot.bottom - plot.top);
    xTickValues = [1, 2, 5, 10, 20, 50, 100].filter((v) => v >= xMin && v <= xMax);
  } else {
    yTickValues = niceTicks(0, yMax);
    const top = Math.max(yMax, yTickValues[yTickValues.length - 1]);
    fx = (v) => plot.left + ((v - 0) / (xMax - 0)) * (plot.right - plot.left);
    fy = (v) => plot.bottom - (v / (top || 1)) * (plot.bottom - plot.top);
    xTickValues = niceTicks(0, xMax);
  }
  const paths = ys.map((col) => {
    // NaN (a job that does not fit the card) leaves a gap: no line for those points.
    let d = '';
    let pen = false;
    for (let i = 0; i < col.length; i++) {
      if (Number.isNaN(col[i])) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${fx(xs[i]).toFixed(1)} ${fy(col[i]).toFixed(1)}`;
      pen = true;
    }
    return d;
  });
  return {
    width,
    height,
    plot,
    paths,
    xTicks: xTickValues.map((value) => ({ value, pos: fx(value) })),
    yTicks: yTickValues.map((value) => ({ value, pos: fy(value) })),
    markers: (options.markers ?? []).filter((v) => v >= xMin && v <= xMax).map((value) => ({ value, pos: fx(value) })),
  };
}
