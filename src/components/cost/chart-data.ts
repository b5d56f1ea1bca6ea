/**
 * The cost chart's data: for steps 1 … 100, the FLOPs of one image and, for each chosen hardware
 * profile, the latency model's seconds and the board-power joules (an upper bound). Columnar, indexed
 * by step (index i is i + 1 steps), the shape uPlot takes. Pure: runs at build time for the
 * prerendered chart and in the browser.
 */

import { DEVICE_PROFILE_ID } from '../../lib/device/index.ts';
import type { Dtype, HardwareProfile, MemoryFit, ModelSpec, Software } from '../../lib/index.ts';
import { getModel, imageCost, imageEstimate, resolveHardware } from '../../lib/index.ts';

export const CHART_MAX_STEPS = 100;
/** Step counts marked on the chart: 1 (distilled), 4 (FLUX-schnell, Turbo), 20 (MLPerf), 28 (SD3/FLUX-dev), 50 (SD/SDXL). */
export const MARKER_STEPS = [1, 4, 20, 28, 50] as const;

export type ChartMetric = 'seconds' | 'joules' | 'flops';

export interface ChartSettings {
  model: string;
  /** Square image side, pixels. */
  res: number;
  guidance: 'on' | 'off' | string;
  /** Built-in ids, or profiles (the reader's measured `your-device`). */
  hardware: readonly (string | HardwareProfile)[];
  /** The software stack (default 'eager', plain PyTorch + diffusers). */
  software?: Software;
}

export interface HardwareSeries {
  hardware: HardwareProfile;
  dtype: Dtype;
  utilisation: number;
  /** Whether the job fits the card's memory; when it does not, the columns hold NaN (no line). */
  memory: MemoryFit;
  /** Latency-model seconds per image, indexed by step − 1. */
  secondsByStep: Float64Array;
  /** Board power × seconds, an upper bound, indexed by step − 1. */
  joulesByStep: Float64Array;
}

export interface ChartData {
  model: ModelSpec;
  width: number;
  height: number;
  /** Whether each step runs the denoiser twice (classifier-free guidance as a doubled batch). */
  cfg: boolean;
  /** 1 … CHART_MAX_STEPS. */
  steps: Float64Array;
  /** FLOPs per image, indexed by step − 1. */
  flopsByStep: Float64Array;
  series: HardwareSeries[];
  software: Software;
}

/** Computes the chart's columns with the engine (imageCost, then estimateSeconds/estimateJoules per profile). */
export function buildChartData(settings: ChartSettings): ChartData {
  const model = getModel(settings.model);
  const software = settings.software ?? 'eager';
  const profiles = settings.hardware.map((h) => resolveHardware(h));
  const steps = new Float64Array(CHART_MAX_STEPS);
  const flopsByStep = new Float64Array(CHART_MAX_STEPS);
  const guidance = settings.guidance === 'on';
  const size = { model: model.id, width: settings.res, height: settings.res, guidance };
  const series: HardwareSeries[] = profiles.map((hardware) => {
    // Seconds are exactly linear in steps: the stages run once (text, decode) plus steps × one step.
    const one = imageEstimate({ ...size, steps: 1, hardware, software });
    const once = one.latency.textEncoder.seconds + one.latency.vaeDecoder.seconds;
    const perStep = one.latency.step.seconds;
    const fits = one.memory.verdict === 'fits';
    const secondsByStep = new Float64Array(CHART_MAX_STEPS);
    const joulesByStep = new Float64Array(CHART_MAX_STEPS);
    for (let i = 0; i < CHART_MAX_STEPS; i++) {
      const seconds = once + (i + 1) * perStep;
      secondsByStep[i] = fits ? seconds : Number.NaN;
      joulesByStep[i] = fits ? seconds * hardware.boardWatts : Number.NaN;
    }
    return {
      hardware,
      dtype: one.time.dtype,
      utilisation: one.time.utilisation,
      memory: one.memory,
      secondsByStep,
      joulesByStep,
    };
  });
  let cfg = false;
  for (let i = 0; i < CHART_MAX_STEPS; i++) {
    const cost = imageCost({ ...size, steps: i + 1 });
    cfg = cost.cfg;
    steps[i] = i + 1;
    flopsByStep[i] = cost.flops;
  }
  return { model, width: settings.res, height: settings.res, cfg, steps, flopsByStep, series, software };
}

/** The y columns the chart draws for a metric: one FLOPs line, or one line per hardware profile. */
export function metricColumns(
  data: ChartData,
  metric: ChartMetric,
): { label: string; key: string; values: Float64Array }[] {
  if (metric === 'flops') return [{ label: 'FLOPs per image (any hardware)', key: 'flops', values: data.flopsByStep }];
  return data.series.map((s) => ({
    label: shortName(s.hardware),
    key: s.hardware.id,
    values: metric === 'seconds' ? s.secondsByStep : s.joulesByStep,
  }));
}

/** "NVIDIA H100 SXM5 80 GB" → "H100 SXM5 80 GB", the measured profile → "Your device"; shorter labels for legends. */
export function shortName(hardware: HardwareProfile): string {
  if (hardware.id === DEVICE_PROFILE_ID) return 'Your device';
  return hardware.name.replace(/^NVIDIA (GeForce )?/, '');
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The chart's data as CSV: one row per step count, raw numbers (FLOPs, seconds, joules), with a
 * header naming each column's unit and hardware. RFC 4180 quoting, CRLF line ends.
 */
export function buildCsv(data: ChartData): string {
  const header = ['steps', 'flops'];
  for (const s of data.series) header.push(`seconds ${s.hardware.id}`);
  for (const s of data.series) header.push(`joules_upper_bound ${s.hardware.id}`);
  const rows = [header.map(csvField).join(',')];
  for (let i = 0; i < data.steps.length; i++) {
    const row = [String(data.steps[i]), String(data.flopsByStep[i])];
    // An empty cell where the job does not fit the card's memory.
    const cell = (x: number) => (Number.isNaN(x) ? '' : String(x));
    for (const s of data.series) row.push(cell(s.secondsByStep[i]));
    for (const s of data.series) row.push(cell(s.joulesByStep[i]));
    rows.push(row.join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** A file name that records the settings: `cost-sdxl-1024x1024-guidance-on-h100-sxm+rtx-4090.csv`. */
export function csvFilename(data: ChartData, guidance: string): string {
  const hw = data.series.map((s) => s.hardware.id).join('+');
  return `cost-${data.model.id}-${data.width}x${data.height}-guidance-${guidance}-${data.software}-${hw}.csv`;
}
