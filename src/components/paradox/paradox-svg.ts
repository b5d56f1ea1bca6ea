/**
 * The paradox scale's picture, as HTML markup (a string, so the prerendered page and the live
 * demo draw it with the same function). One row per measure (operations, time, energy), each
 * with its own logarithmic axis: a tick and a label at every power of ten, both bars measured
 * from the same origin, and the ratio printed large beside the row's name. On a log axis a
 * ratio of 300 is two and a half decades between the bar ends, and the ticks let a reader count
 * them; a ratio of 3 is half a decade. Text is HTML (not a scaled SVG), so it keeps its size on
 * a phone; where decades are crowded every other label is dropped by a container query in
 * custom.css, never the ticks.
 */
import { formatRatio, formatSeconds, formatSI, superscript } from '../../lib/index.ts';
import type { Paradox } from './paradox-model.ts';

/** 10^-3 → "10⁻³". */
export function powerOfTen(exp: number): string {
  return `10${superscript(exp)}`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface ParadoxRow {
  name: 'Operations' | 'Time' | 'Energy';
  /** The random map's value and the image's, in the row's unit. */
  a: number;
  b: number;
  aText: string;
  bText: string;
  ratio: number;
}

export function paradoxRows(p: Paradox): ParadoxRow[] {
  return [
    {
      name: 'Operations',
      a: p.random.operations,
      b: p.image.operations,
      aText: `${formatSI(p.random.operations)} integer ops (0 FLOP)`,
      bText: formatSI(p.image.operations, { unit: 'FLOP' }),
      ratio: p.ratios.operations,
    },
    {
      name: 'Time',
      a: p.random.seconds,
      b: p.image.seconds,
      aText: formatSeconds(p.random.seconds),
      bText: formatSeconds(p.image.seconds),
      ratio: p.ratios.seconds,
    },
    {
      name: 'Energy',
      a: p.random.joules,
      b: p.image.joules,
      aText: formatSI(p.random.joules, { unit: 'J' }),
      bText: formatSI(p.image.joules, { unit: 'J' }),
      ratio: p.ratios.joules,
    },
  ];
}

/** The decades a row's axis spans: one below the smaller value to one above the larger. */
export function rowAxis(row: Pick<ParadoxRow, 'a' | 'b'>): { lo: number; hi: number } {
  const lo = Math.floor(Math.log10(Math.min(row.a, row.b))) - 1;
  const hi = Math.ceil(Math.log10(Math.max(row.a, row.b)));
  return { lo, hi: Math.max(hi, lo + 2) };
}

/** Where a value sits on a row's axis, in percent of the axis length. */
export function axisPercent(value: number, axis: { lo: number; hi: number }): number {
  return ((Math.log10(value) - axis.lo) / (axis.hi - axis.lo)) * 100;
}

const pct = (v: number) => `${Math.max(0, Math.min(100, v)).toFixed(2)}%`;

/** The scale as HTML markup; `summary` is the accessible name of the picture. */
export function paradoxScaleHtml(p: Paradox, summary: string): string {
  const rows = paradoxRows(p);
  const body = rows
    .map((row) => {
      const axis = rowAxis(row);
      const ticks: string[] = [];
      for (let d = axis.lo; d <= axis.hi; d++) {
        const odd = (d - axis.lo) % 2 === 1 ? ' paradox-axis__tick--odd' : '';
        ticks.push(
          `<span class="paradox-axis__tick${odd}" style="left:${pct(axisPercent(10 ** d, axis))}"><span class="paradox-axis__label">${powerOfTen(d)}</span></span>`,
        );
      }
      const xa = axisPercent(row.a, axis);
      const xb = axisPercent(row.b, axis);
      const bar = (x: number, text: string, kind: 'random' | 'image') => {
        // The value's label sits inside a long bar, or after a short one (wrapping below it
        // when the row is too narrow, never past the edge).
        const label = `<span class="paradox-bar__value">${esc(text)}</span>`;
        return x > 55
          ? `<div class="paradox-bar paradox-bar--${kind}"><span class="paradox-bar__fill paradox-bar__fill--label" style="width:${pct(x)}">${label}</span></div>`
          : `<div class="paradox-bar paradox-bar--${kind}"><span class="paradox-bar__fill" style="width:${pct(x)}"></span>${label}</div>`;
      };
      const decades = Math.log10(row.ratio);
      return `<div class="paradox-row" data-row="${row.name.toLowerCase()}">
<div class="paradox-row__head"><span class="paradox-row__name">${row.name}</span><span class="paradox-row__ratio"><span class="paradox-row__ratio-value">${esc(formatRatio(row.ratio))}</span> times</span></div>
<div class="paradox-row__plot">${bar(xa, row.aText, 'random')}${bar(xb, row.bText, 'image')}<div class="paradox-axis" aria-hidden="true">${ticks.join('')}</div></div>
<p class="paradox-row__gap">${decades >= 0.05 ? `${decades.toFixed(1)} decades apart` : 'about equal'}; each tick is 10 times the last.</p>
</div>`;
    })
    .join('');
  const legend = `<p class="paradox-legend"><span class="paradox-legend__item"><span class="paradox-legend__swatch paradox-legend__swatch--random"></span>${esc(p.random.label)}</span><span class="paradox-legend__item"><span class="paradox-legend__swatch paradox-legend__swatch--image"></span>${esc(p.image.label)}</span></p>`;
  return `<div class="paradox-scale" role="img" aria-label="${esc(summary)}">${legend}${body}</div>`;
}
