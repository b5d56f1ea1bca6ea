/**
 * The site's one number formatter (plain English, SI prefixes), shared by prose, demos and
 * scripts. Its rules, each tested in tests/lib/format.test.ts:
 *
 * - Units are written one way: FLOP (a count; never "FLOPs" after a number), FLOP/s, J, Wh, W,
 *   B/s; a prefix joins the unit ("281 TFLOP", "4.08 s", "1.20 mJ").
 * - Three significant figures by default (parameters: two, "2.6 B").
 * - Rounding happens before the prefix is chosen, so it carries: 999.7 G is "1.00 T", 0.9997 s
 *   is "1.00 s", and 9.96 × 10⁹ is "1.0 × 10¹⁰", never "10.0 × 10⁹" or "1000 ms".
 * - Counts of things agree in number: "1 step", "20 steps".
 */

import { checkOptions } from './validate.ts';

const PREFIXES = ['p', 'n', 'µ', 'm', '', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];
const UNIT_INDEX = PREFIXES.indexOf('');
/** Units read with a decimal below 1 rather than a sub-unit prefix: "0.137 Wh", not "137 mWh". */
const NO_SUB_UNIT = new Set(['Wh']);

/** Significant figures: how many digits a formatted number keeps (1..15). */
export interface SigOptions {
  /** Significant figures, an integer in 1..15. */
  sig?: number;
}

/** Options of `formatSI`. */
export interface FormatSIOptions extends SigOptions {
  /** The unit after the prefix ('FLOP', 'J', 'Wh', …); none by default. */
  unit?: string;
}

/** Options of `formatCount`. */
export interface FormatCountOptions {
  /** The noun for one ("step"). */
  noun: string;
  /** The noun for any other count; the noun plus "s" by default. */
  plural?: string;
}

/** `value` rounded to `sig` significant figures (default 3), as a number (1234.5 → 1230). */
export function roundSignificant(value: number, options?: SigOptions): number {
  const { sig = 3 } = checkOptions('roundSignificant options', options);
  if (!Number.isFinite(value) || value === 0) return value;
  if (!Number.isInteger(sig) || sig < 1 || sig > 15)
    throw new RangeError(`sig must be an integer in 1..15; got ${sig}`);
  return Number(value.toPrecision(sig));
}

/** A mantissa in [1, 1000) with `sig` significant figures, without exponent notation. */
function mantissa(v: number, sig: number): string {
  const a = Math.abs(v);
  const intDigits = a >= 100 ? 3 : a >= 10 ? 2 : 1;
  return v.toFixed(Math.max(0, sig - intDigits));
}

/**
 * A number with an SI prefix and unit, three significant figures unless `sig` says otherwise:
 * 2.81e14, { unit: 'FLOP' } → "281 TFLOP"; 3145728 → "3.15 M"; 0.00123, { unit: 'J' } →
 * "1.23 mJ"; 950 → "950". Non-finite values are returned as text.
 */
export function formatSI(value: number, options?: FormatSIOptions): string {
  const { unit = '', sig = 3 } = checkOptions('formatSI options', options);
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return `0${unit ? ` ${unit}` : ''}`;
  const rounded = roundSignificant(value, { sig });
  let i = Math.floor(Math.log10(Math.abs(rounded)) / 3);
  i = Math.min(Math.max(i, NO_SUB_UNIT.has(unit) ? 0 : -UNIT_INDEX), PREFIXES.length - 1 - UNIT_INDEX);
  if (i === 0 && Math.abs(rounded) < 1) return `${Number(rounded.toPrecision(sig)).toPrecision(sig)} ${unit}`.trim();
  const v = rounded / 1000 ** i;
  const digits = Math.abs(v) >= 1000 ? String(Math.round(v)) : mantissa(v, sig);
  const suffix = `${PREFIXES[i + UNIT_INDEX]}${unit}`;
  return suffix ? `${digits} ${suffix}` : digits;
}

/** 3145728 → "3,145,728". */
export function formatInteger(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Bytes in binary units: 3145728 → "3.00 MiB"; 1023.9 KiB carries to "1.00 MiB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return String(bytes);
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = bytes;
  let i = 0;
  while (Math.abs(v) >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  if (i === 0) return `${formatInteger(v)} bytes`;
  // Three significant figures, as every other number; 1000 or more of a unit reads as the next.
  if (roundSignificant(v) >= 1000 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${mantissa(roundSignificant(v), 3)} ${units[i]}`;
}

/** Seconds with a unit that fits: 0.0012 → "1.20 ms", 5.93 → "5.93 s", 300 → "5.00 min". */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  const s = roundSignificant(seconds);
  const a = Math.abs(s);
  if (a === 0) return '0 s';
  if (a < 1) return formatSI(s, { unit: 's' });
  if (a < 120) return `${mantissa(s, 3)} s`;
  const min = roundSignificant(seconds / 60, { sig: 3 });
  if (Math.abs(min) < 120) return `${mantissa(min, 3)} min`;
  const h = roundSignificant(seconds / 3600, { sig: 3 });
  return Math.abs(h) >= 1000 ? `${formatInteger(h)} h` : `${mantissa(h, 3)} h`;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An integer exponent in superscript digits: -3 → "⁻³". */
export function superscript(exp: number): string {
  return String(exp)
    .split('')
    .map((d) => (d === '-' ? '⁻' : SUPERSCRIPT[Number(d)]))
    .join('');
}

/** Scientific notation, two significant figures unless `sig` says otherwise: 9.96e9 → "1.0 × 10¹⁰". */
export function formatScientific(value: number, options?: SigOptions): string {
  const { sig = 2 } = checkOptions('formatScientific options', options);
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const rounded = roundSignificant(value, { sig });
  const exp = Math.floor(Math.log10(Math.abs(rounded)));
  const mant = rounded / 10 ** exp;
  return `${mant.toFixed(sig - 1)} × 10${superscript(exp)}`;
}

/** A ratio as "1.7 × 10⁹" (or plain below 10⁴: "3.14", "42.0", "1,234"). */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return String(ratio);
  const r = roundSignificant(ratio);
  if (r >= 1e4) return formatScientific(ratio);
  return r >= 100 ? formatInteger(r) : r.toPrecision(3);
}

/** 0.1234 → "12.3%"; 0.5 → "50%"; 0.0123 → "1.2%". */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return String(fraction);
  const p = fraction * 100;
  if (p === 0) return '0%';
  if (Math.abs(p) < 10) return `${Number(p.toPrecision(2))}%`;
  return `${Number(p.toFixed(1))}%`;
}

/**
 * A parameter count the way papers quote it, two significant figures: 2.567e9 → "2.6 B",
 * 8.6e8 → "860 M", 1.19e10 → "12 B", 999.7e6 → "1.0 B".
 */
export function formatParams(count: number): string {
  if (!Number.isFinite(count)) return String(count);
  const r = roundSignificant(count, { sig: 2 });
  const units: Array<[number, string]> = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [scale, name] of units) {
    if (Math.abs(r) >= scale) return `${mantissa(r / scale, 2)} ${name}`;
  }
  return formatInteger(r);
}

/**
 * A count with its noun in agreement: 1, { noun: 'step' } → "1 step"; 20 → "20 steps";
 * 2, { noun: 'pass', plural: 'passes' } → "2 passes". Integers get thousands separators.
 */
export function formatCount(count: number, options: FormatCountOptions): string {
  const { noun, plural = `${noun}s` } = checkOptions('formatCount options', options);
  if (typeof noun !== 'string' || noun === '')
    throw new TypeError(`formatCount options.noun must be a word; got ${String(noun)}`);
  const n = Number.isInteger(count) ? formatInteger(count) : String(count);
  return `${n} ${count === 1 ? noun : plural}`;
}
