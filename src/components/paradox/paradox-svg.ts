/**
 * The paradox scale as SVG markup: for each measure, two bars on a shared logarithmic axis
 * (powers of ten), so a ratio of 10⁸ and one of 10² are both readable. The same function draws
 * the prerendered figure and the live one.
 */
import { formatRatio, formatSeconds, formatSI } from '../../lib/index.ts';
import type { Paradox } from './paradox-model.ts';

const W = 640;
const ROW = 92;
const LEFT = 150;
const RIGHT = 20;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 10^-3 → "10⁻³". */
export function powerOfTen(exp: number): string {
  const digits = String(Math.abs(exp))
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
  return `10${exp < 0 ? '⁻' : ''}${digits}`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function paradoxRows(p: Paradox) {
  return [
    {
      name: 'Operations',
      a: p.random.operations,
      b: p.image.operations,
      aText: `${formatSI(p.random.operations)} int ops, 0 FLOPs`,
      bText: `${formatSI(p.image.operations)} FLOPs`,
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
      aText: `${formatSI(p.random.joules, 'J')}`,
      bText: `${formatSI(p.image.joules, 'J')}`,
      ratio: p.ratios.joules,
    },
  ];
}

/** SVG markup (a string) of the scale; colours come from CSS classes. */
export function paradoxSvg(p: Paradox, title: string): string {
  const rows = paradoxRows(p);
  const height = rows.length * ROW + 10;
  const parts: string[] = [];
  rows.forEach((row, i) => {
    const lo = Math.floor(Math.log10(Math.min(row.a, row.b))) - 1;
    const hi = Math.ceil(Math.log10(Math.max(row.a, row.b)));
    const x = (v: number) => LEFT + ((Math.log10(v) - lo) / (hi - lo)) * (W - LEFT - RIGHT);
    const y = i * ROW + 8;
    parts.push(`<text x="0" y="${y + 22}" class="paradox__label">${esc(row.name)}</text>`);
    parts.push(`<text x="0" y="${y + 42}" class="paradox__ratio">× ${esc(formatRatio(row.ratio))}</text>`);
    for (let d = lo; d <= hi; d++) {
      const gx = x(10 ** d);
      parts.push(`<line x1="${gx}" x2="${gx}" y1="${y}" y2="${y + 62}" class="paradox__grid"/>`);
    }
    parts.push(`<text x="${LEFT}" y="${y + 78}" class="paradox__tick">${powerOfTen(lo)}</text>`);
    parts.push(`<text x="${W - RIGHT}" y="${y + 78}" class="paradox__tick" text-anchor="end">${powerOfTen(hi)}</text>`);
    const xa = x(row.a);
    const xb = x(row.b);
    parts.push(
      `<rect x="${LEFT}" y="${y + 6}" width="${Math.max(2, xa - LEFT)}" height="22" class="paradox__bar paradox__bar--random"/>`,
    );
    parts.push(
      `<rect x="${LEFT}" y="${y + 34}" width="${Math.max(2, xb - LEFT)}" height="22" class="paradox__bar paradox__bar--image"/>`,
    );
    const labelA =
      xa + 6 > W - 180
        ? `<text x="${xa - 6}" y="${y + 22}" text-anchor="end" class="paradox__value paradox__value--inside">`
        : `<text x="${xa + 6}" y="${y + 22}" class="paradox__value">`;
    const labelB =
      xb + 6 > W - 180
        ? `<text x="${xb - 6}" y="${y + 50}" text-anchor="end" class="paradox__value paradox__value--inside">`
        : `<text x="${xb + 6}" y="${y + 50}" class="paradox__value">`;
    parts.push(`${labelA}${esc(row.aText)}</text>`);
    parts.push(`${labelB}${esc(row.bText)}</text>`);
  });
  return `<svg viewBox="0 0 ${W} ${height}" width="100%" role="img" aria-label="${esc(title)}" class="paradox__svg" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
