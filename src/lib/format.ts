/** Number formatting shared by the site and the scripts (plain English, SI prefixes). */

const SI = ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z'];

/** 3145728 → "3.15 M"; 950 → "950". Three significant digits. */
export function formatSI(value: number, unit = ''): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return `0${unit ? ` ${unit}` : ''}`;
  let v = value;
  let i = 0;
  while (Math.abs(v) >= 1000 && i < SI.length - 1) {
    v /= 1000;
    i++;
  }
  const digits = Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3);
  const suffix = `${SI[i]}${unit}`;
  return suffix ? `${digits} ${suffix}` : digits;
}

/** 3145728 → "3,145,728". */
export function formatInteger(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Bytes in binary units: 3145728 → "3.00 MiB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${formatInteger(v)} bytes` : `${v.toFixed(2)} ${units[i]}`;
}

/** Seconds with a unit that fits: 0.0012 → "1.20 ms", 5.93 → "5.93 s", 300 → "5.0 min". */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  const a = Math.abs(seconds);
  if (a < 1e-6) return `${(seconds * 1e9).toPrecision(3)} ns`;
  if (a < 1e-3) return `${(seconds * 1e6).toPrecision(3)} µs`;
  if (a < 1) return `${(seconds * 1e3).toPrecision(3)} ms`;
  if (a < 120) return `${seconds.toPrecision(3)} s`;
  if (a < 7200) return `${(seconds / 60).toPrecision(3)} min`;
  return `${(seconds / 3600).toPrecision(3)} h`;
}

/** A ratio as "1.7 × 10⁹" (or plain below 10⁴). */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return String(ratio);
  if (ratio < 1e4) return ratio >= 100 ? formatInteger(ratio) : ratio.toPrecision(3);
  const exp = Math.floor(Math.log10(ratio));
  const mant = ratio / 10 ** exp;
  const sup = String(exp)
    .split('')
    .map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)])
    .join('');
  return `${mant.toFixed(1)} × 10${sup}`;
}
