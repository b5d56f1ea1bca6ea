/**
 * The "How good is this model?" figure and table: the committed validation
 * (src/data/latency-validation.ts) joined with the measurement records, its summary, and the
 * log–log scatter's geometry. Pure; the page renders it at build time and a unit test
 * recomputes the same summary from the data.
 */
import { LATENCY_VALIDATION } from '../../data/latency-validation.ts';
import { MEASUREMENTS } from '../../data/measurements.ts';
import type { Measurement, ValidationRow, ValidationSummary } from '../../lib/index.ts';
import { errorFactor, formatCount, getModel, measurementHardware, summariseValidation } from '../../lib/index.ts';

export interface ValidationView {
  rows: ValidationRow[];
  summary: ValidationSummary;
}

/** The committed validation as engine rows (the same shape `validateLatency` returns). */
export function committedValidation(): ValidationView {
  const byId = new Map(MEASUREMENTS.map((m) => [m.id, m]));
  const rows: ValidationRow[] = LATENCY_VALIDATION.map((r) => {
    const measurement = byId.get(r.id);
    if (!measurement)
      throw new Error(`latency-validation.ts names ${r.id}, which measurements.ts lacks: run npm run fit`);
    return { measurement, measured: r.measured, predicted: r.predicted, leaveOneOut: r.leaveOneOut };
  });
  return { rows, summary: summariseValidation(rows) };
}

/** "SDXL 1024², 25 steps, CFG, batch 8" */
export function describeSetting(m: Measurement): string {
  const model = getModel(m.model).name;
  const steps =
    m.scope === 'step' ? 'one step' : m.steps === null ? 'steps not stated' : formatCount(m.steps, { noun: 'step' });
  const batch = m.batch === null ? 'batch not stated' : m.batch === 1 ? 'batch 1' : `batch ${m.batch}`;
  return `${model} ${m.width}², ${steps}, ${m.cfg ? 'CFG' : 'no CFG'}, ${batch}, ${m.precision}`;
}

export function scopeLabel(m: Measurement): string {
  return m.scope === 'pipeline' ? 'whole call' : m.scope === 'step' ? 'one step' : 'denoising loop';
}

export function hardwareName(m: Measurement): string {
  return measurementHardware(m.hardware).name.replace(/^NVIDIA (GeForce )?/, '');
}

export interface ScatterPoint {
  id: string;
  x: number;
  y: number;
  /** Seconds: measured, and predicted leave-one-out. */
  measured: number;
  predicted: number;
  software: string;
  factor: number;
  title: string;
}

export interface Scatter {
  size: number;
  pad: number;
  /** The axes' range, seconds (whole decades). */
  lo: number;
  hi: number;
  ticks: { value: number; pos: number }[];
  points: ScatterPoint[];
  /** The 1× line and the ±25% band, as SVG path data. */
  diagonal: string;
  band: string;
}

/** Log–log geometry: measured (x) against leave-one-out predicted (y) seconds, fitted points only. */
export function scatter(rows: readonly ValidationRow[], size = 420, pad = 56): Scatter {
  const fitted = rows.filter((r) => r.leaveOneOut !== null);
  const values = fitted.flatMap((r) => [r.measured, r.leaveOneOut as number]);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values) / 1.25));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values) * 1.25));
  const span = Math.log10(hi) - Math.log10(lo);
  const inner = size - 2 * pad;
  const fx = (v: number) => pad + ((Math.log10(v) - Math.log10(lo)) / span) * inner;
  const fy = (v: number) => size - pad - ((Math.log10(v) - Math.log10(lo)) / span) * inner;
  const ticks = [];
  for (let v = lo; v <= hi * 1.0001; v *= 10) ticks.push({ value: v, pos: fx(v) });
  const f = (x: number, y: number) => `${x.toFixed(1)} ${y.toFixed(1)}`;
  const diagonal = `M${f(fx(lo), fy(lo))}L${f(fx(hi), fy(hi))}`;
  const band =
    `M${f(fx(lo), fy(lo * 1.25))}L${f(fx(hi / 1.25), fy(hi))}L${f(fx(hi), fy(hi))}` +
    `L${f(fx(hi), fy(hi / 1.25))}L${f(fx(lo * 1.25), fy(lo))}L${f(fx(lo), fy(lo))}Z`;
  return {
    size,
    pad,
    lo,
    hi,
    ticks,
    diagonal,
    band,
    points: fitted.map((r) => {
      const loo = r.leaveOneOut as number;
      return {
        id: r.measurement.id,
        x: fx(r.measured),
        y: fy(loo),
        measured: r.measured,
        predicted: loo,
        software: r.measurement.software,
        factor: errorFactor({ predicted: loo, measured: r.measured }),
        title: `${describeSetting(r.measurement)} on ${hardwareName(r.measurement)} (${r.measurement.software}): measured ${r.measured.toPrecision(3)} s, predicted ${loo.toPrecision(3)} s`,
      };
    }),
  };
}

/** A piece of a source note: plain text, or a link. */
export type NotePart = { text: string } | { text: string; href: string };

/**
 * A measurement's provenance note, set for reading: ASCII arrows as → and ⇒, "1024x1024" as
 * "1024 × 1024", and web addresses as links (a trailing ")", "." or "," stays text). The words
 * are kept as written: the notes say what a source states and what was assumed.
 */
export function noteParts(notes: string): NotePart[] {
  const text = notes
    .replace(/\s*->\s*/g, ' → ')
    .replace(/\s*=>\s*/g, ' ⇒ ')
    .replace(/\b(\d{3,4})x(\d{3,4})\b/g, '$1 × $2');
  const parts: NotePart[] = [];
  const url = /\b(?:https?:\/\/|(?:huggingface\.co|github\.com)\/)[^\s'"]+/g;
  let last = 0;
  for (const m of text.matchAll(url)) {
    let href = m[0];
    const trail = /[).,;:]+$/.exec(href)?.[0] ?? '';
    href = href.slice(0, href.length - trail.length);
    const start = m.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: href, href: href.startsWith('http') ? href : `https://${href}` });
    last = start + href.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
