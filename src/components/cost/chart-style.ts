/** How the cost chart names, formats and draws its series: labels, number formats, colours and dashes. Pure. */
import { DEVICE_PROFILE_ID } from '../../lib/device/index.ts';
import { formatCount, formatSeconds, formatSI, HARDWARE_IDS, SOFTWARE_LABELS } from '../../lib/index.ts';
import type { Values } from '../demo/params.ts';
import type { ChartData, ChartMetric } from './chart-data.ts';
import { metricColumns } from './chart-data.ts';
import type { chartSchema } from './schema.ts';

type ChartValues = Values<typeof chartSchema>;

/** Line dashes per hardware (index in HARDWARE_IDS), so lines differ by more than colour. */
export const DASHES: number[][] = [[], [10, 5], [3, 3], [14, 4, 3, 4], [6, 6], [1, 3], [12, 3, 3, 3, 3, 3]];
/** The measured `your-device` line: long dash, two dots. */
export const DEVICE_DASH = [8, 3, 2, 3, 2, 3];

export const METRIC_LABELS: Record<ChartMetric, string> = {
  seconds: 'Time per image',
  joules: 'Energy per image (upper bound)',
  flops: 'FLOPs per image',
};

export function formatMetric(metric: string, value: number): string {
  if (value === 0) return '0';
  if (metric === 'seconds') return formatSeconds(value);
  if (metric === 'joules') return formatSI(value, { unit: 'J' });
  return formatSI(value, { unit: 'FLOP' });
}

/** The CSS variable holding a series colour: per hardware profile, or the FLOPs line. */
export function colourVar(key: string): string {
  if (key === DEVICE_PROFILE_ID) return '--cost-series-device';
  const i = (HARDWARE_IDS as readonly string[]).indexOf(key);
  return i >= 0 ? `--cost-series-${i + 1}` : '--cost-series-flops';
}

export function dashFor(key: string): number[] {
  if (key === DEVICE_PROFILE_ID) return DEVICE_DASH;
  const i = (HARDWARE_IDS as readonly string[]).indexOf(key);
  return i >= 0 ? DASHES[i] : [];
}

/**
 * Rows for the step markers' labels, left to right: each label goes in the first row where it
 * clears the label before it by `gap`, so on a narrow chart close markers (1 and 4, 20 and 28)
 * are stacked instead of drawn over each other or dropped. `x` is where a label starts.
 */
export function markerLabelRows(labels: readonly { x: number; width: number }[], gap: number): number[] {
  const ends: number[] = [];
  return labels.map(({ x, width }) => {
    let row = ends.findIndex((end) => x >= end + gap);
    if (row < 0) row = ends.length;
    ends[row] = x + width;
    return row;
  });
}

export function describeSettings(v: ChartValues, data: ChartData): string {
  return `${data.model.name}, ${data.width}×${data.height}, guidance ${v.guidance}${data.cfg ? ' (2 passes per step)' : ' (1 pass per step)'}, ${SOFTWARE_LABELS[data.software]}`;
}

export function readoutText(data: ChartData, metric: ChartMetric, step: number): string {
  const i = Math.min(Math.max(step, 1), data.steps.length) - 1;
  const cols = metricColumns(data, metric);
  const parts = cols.map(
    (c) => `${c.label} ${Number.isNaN(c.values[i]) ? 'does not fit in memory' : formatMetric(metric, c.values[i])}`,
  );
  if (metric !== 'flops') parts.unshift(`${formatSI(data.flopsByStep[i], { unit: 'FLOP' })}`);
  return `At ${formatCount(i + 1, { noun: 'step' })}: ${parts.join(' · ')}`;
}
