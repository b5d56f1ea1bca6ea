/** Plain-text tables for the command-line scripts. */

import { formatInteger, formatSI } from '../src/lib/format.ts';

/** 3145728 → "3,145,728 (3.15 M)". */
export function formatCount(value: number): string {
  return Math.abs(value) < 1e4 ? formatInteger(value) : `${formatInteger(value)} (${formatSI(value)})`;
}

export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
