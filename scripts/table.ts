/** Plain-text tables for the command-line scripts. */

/** 3145728 → "3,145,728"; large values also get an SI form: "3.15 M". */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const plain = Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) < 1e4) return plain;
  const units = ['k', 'M', 'G', 'T', 'P', 'E'];
  let v = value;
  let i = -1;
  while (Math.abs(v) >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${plain} (${v.toPrecision(3)} ${units[i]})`;
}

export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
