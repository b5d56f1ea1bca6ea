/**
 * Layout of a horizontal bar chart on a logarithmic axis, as fractions of the plot width, so
 * the SVG can use percentages and keep its text at CSS size on any screen width. Pure.
 */

export interface LogAxis {
  /** Decade exponents covering the data: the axis runs from 10^minExp to 10^maxExp. */
  minExp: number;
  maxExp: number;
  /** One tick per power of ten, with its position in [0, 1]. */
  ticks: { value: number; fraction: number }[];
}

/** The smallest whole-decade axis that holds every value (all finite and > 0). */
export function logAxis(values: readonly number[]): LogAxis {
  if (values.length === 0) throw new RangeError('values must not be empty');
  for (const v of values) {
    if (!(Number.isFinite(v) && v > 0)) throw new RangeError(`values must be finite and > 0; got ${v}`);
  }
  const minExp = Math.floor(Math.log10(Math.min(...values)));
  let maxExp = Math.ceil(Math.log10(Math.max(...values)));
  if (maxExp === minExp) maxExp += 1;
  const ticks = [];
  for (let e = minExp; e <= maxExp; e++) ticks.push({ value: 10 ** e, fraction: (e - minExp) / (maxExp - minExp) });
  return { minExp, maxExp, ticks };
}

/** Where `value` lies on `axis`, in [0, 1]: the length of its bar as a fraction of the plot. */
export function logFraction(axis: LogAxis, value: number): number {
  const f = (Math.log10(value) - axis.minExp) / (axis.maxExp - axis.minExp);
  return Math.min(1, Math.max(0, f));
}

/** A fraction as an SVG percentage with two decimals: 0.41234 → "41.23%". */
export function percent(fraction: number): string {
  return `${(100 * fraction).toFixed(2)}%`;
}
