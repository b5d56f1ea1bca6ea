/**
 * Engine-computed numbers for the chapters' prose, so MDX never types a number the engine can
 * compute. Each function returns display text; the Astro components in this folder render it.
 */
import type { Dtype, Software } from '../../lib/index.ts';
import {
  BYTES_PER_ELEMENT,
  formatParams,
  formatRatio,
  formatSeconds,
  formatSI,
  getHardware,
  getModel,
  imageCost,
  imageEstimate,
  JOULES_PER_WATT_HOUR,
  randomMapCost,
  ratioToRandomMap,
  realityChecks,
} from '../../lib/index.ts';
import { formatPercent, RANDOM_MAP_CHANNELS } from './calculator-model.ts';

export const MODEL_QUANTITIES = [
  'flops',
  'macs',
  'per-call-macs',
  'per-call-flops',
  'per-step-flops',
  'attention-share',
  'image-attention-share',
  'denoiser-share',
  'vae-share',
  'text-share',
  'vae-flops',
  'text-flops',
  'denoiser-flops',
  'vae-macs',
  'text-macs',
  'params',
  'latent',
  'tokens',
  'calls',
  'conv-layers',
  'default-steps',
  'default-size',
  'seconds',
  'denoiser-seconds',
  'achieved-share',
  'memory-advice',
  'joules',
  'wh',
  'images-per-kwh',
  'ratio-random',
  'intensity',
] as const;
export type ModelQuantity = (typeof MODEL_QUANTITIES)[number];

export interface ModelNumberOptions {
  model: string;
  width?: number;
  height?: number;
  steps?: number;
  guidance?: boolean | number;
  show: ModelQuantity;
  /** For seconds, joules, wh, images-per-kwh. Default h100-sxm. */
  hardware?: string;
  dtype?: Dtype;
  utilisation?: number;
  /** Software stack for times (default eager). */
  software?: Software;
}

/** Significant-figure number with an SI prefix and unit: 2.81e14 → "281 TFLOP". */
function si(value: number, unit: string): string {
  return formatSI(value, { unit });
}

export function modelNumber(o: ModelNumberOptions): string {
  const model = getModel(o.model);
  const width = o.width ?? (o.height === undefined ? model.defaultWidth : o.height);
  const height = o.height ?? width;
  const cost = imageCost({ model: model.id, width, height, steps: o.steps, guidance: o.guidance });
  const call = cost.perCall;
  switch (o.show) {
    case 'flops':
      return si(cost.flops, 'FLOP');
    case 'macs':
      return si(cost.macs, 'MAC');
    case 'per-call-macs':
      return si(call.macs, 'MAC');
    case 'per-call-flops':
      return si(call.flops, 'FLOP');
    case 'per-step-flops':
      return si(cost.perStepFlops, 'FLOP');
    case 'attention-share':
      return formatPercent(call.attentionShare);
    case 'image-attention-share':
      return formatPercent(cost.attentionMacs / cost.macs);
    case 'denoiser-share':
      return formatPercent(cost.breakdown.denoiser.macs / cost.macs);
    case 'vae-share':
      return formatPercent(cost.breakdown.vae.macs / cost.macs);
    case 'text-share':
      return formatPercent(cost.breakdown.textEncoder.macs / cost.macs);
    case 'vae-flops':
      return si(cost.breakdown.vae.flops, 'FLOP');
    case 'text-flops':
      return si(cost.breakdown.textEncoder.flops, 'FLOP');
    case 'vae-macs':
      return si(cost.breakdown.vae.macs, 'MAC');
    case 'text-macs':
      return si(cost.breakdown.textEncoder.macs, 'MAC');
    case 'denoiser-flops':
      return si(cost.breakdown.denoiser.flops, 'FLOP');
    case 'params':
      return formatParams(call.params);
    case 'latent':
      return `${call.latentWidth} × ${call.latentHeight} × ${model.latentChannels}`;
    case 'tokens': {
      if (model.patchSize <= 1) throw new RangeError(`tokens: ${model.id} is a UNet, not a patch transformer`);
      return ((call.latentWidth / model.patchSize) * (call.latentHeight / model.patchSize)).toLocaleString('en-US');
    }
    case 'calls':
      return String(cost.denoiserCalls);
    case 'conv-layers':
      return String(call.convLayers);
    case 'default-steps':
      return String(model.defaultSteps);
    case 'default-size':
      return `${model.defaultWidth} × ${model.defaultHeight}`;
    case 'intensity': {
      // One step's FLOPs over the denoiser weight bytes it must read (weights read once per step).
      const bytes = cost.params.denoiser * BYTES_PER_ELEMENT[o.dtype ?? 'fp16'];
      return `${formatSI(cost.perStepFlops / bytes)} FLOP/byte`;
    }
    case 'ratio-random':
      return formatRatio(
        ratioToRandomMap(cost.flops, { map: randomMapCost({ width, height, channels: RANDOM_MAP_CHANNELS }) }),
      );
    default: {
      const e = imageEstimate({
        model: model.id,
        width,
        height,
        steps: o.steps,
        guidance: o.guidance,
        hardware: o.hardware ?? 'h100-sxm',
        dtype: o.dtype,
        utilisation: o.utilisation,
        software: o.software,
      });
      if (o.show === 'seconds') return formatSeconds(e.seconds);
      if (o.show === 'denoiser-seconds') return formatSeconds(e.denoiserSeconds);
      if (o.show === 'achieved-share')
        return `${Math.round((100 * e.time.achievedFlopsPerSecond) / e.time.peakFlopsPerSecond)}%`;
      if (o.show === 'memory-advice') return e.memory.advice;
      if (o.show === 'joules') return si(e.joules, 'J');
      if (o.show === 'wh') return si(e.wattHours, 'Wh');
      if (o.show === 'images-per-kwh') return formatSI(e.imagesPerKWh);
      throw new RangeError(`show must be one of ${MODEL_QUANTITIES.join(', ')}; got "${String(o.show)}"`);
    }
  }
}

export const HARDWARE_QUANTITIES = [
  'dense',
  'sparse',
  'bandwidth',
  'memory',
  'watts',
  'ridge',
  'utilisation',
  'fp16-accumulate',
  'fp32-accumulate',
  'name',
] as const;
export type HardwareQuantity = (typeof HARDWARE_QUANTITIES)[number];

/** Ridge point of the roofline: dense peak / bandwidth, FLOP per byte. */
export function ridgePoint(hardware: string, dtype?: Dtype): number {
  const h = getHardware(hardware);
  const peak = h.denseFlopsPerSecond[dtype ?? h.defaultDtype];
  if (peak === undefined) throw new RangeError(`dtype ${dtype} is not available on ${h.id}`);
  return peak / h.memoryBytesPerSecond;
}

export function hardwareNumber(o: { hardware: string; show: HardwareQuantity; dtype?: Dtype }): string {
  const h = getHardware(o.hardware);
  const dtype = o.dtype ?? h.defaultDtype;
  const need = (v: number | undefined, what: string) => {
    if (v === undefined) throw new RangeError(`${what} for ${dtype} is not in the ${h.id} profile`);
    return v;
  };
  switch (o.show) {
    case 'dense':
      return si(need(h.denseFlopsPerSecond[dtype], 'dense peak'), 'FLOP/s');
    case 'sparse':
      return si(need(h.sparseHeadlineFlopsPerSecond[dtype], 'sparse headline'), 'FLOP/s');
    case 'bandwidth':
      return si(h.memoryBytesPerSecond, 'B/s');
    case 'memory':
      return si(h.memoryBytes, 'B');
    case 'watts':
      return si(h.boardWatts, 'W');
    case 'ridge':
      return `${Math.round(ridgePoint(h.id, dtype))} FLOP/byte`;
    case 'utilisation':
      return formatPercent(h.defaultUtilisation);
    case 'fp16-accumulate':
      return si(need(h.accumulateVariants[dtype]?.fp16AccumulateFlopsPerSecond, 'FP16-accumulate rate'), 'FLOP/s');
    case 'fp32-accumulate':
      return si(need(h.accumulateVariants[dtype]?.fp32AccumulateFlopsPerSecond, 'FP32-accumulate rate'), 'FLOP/s');
    case 'name':
      return h.name;
    default:
      throw new RangeError(`show must be one of ${HARDWARE_QUANTITIES.join(', ')}; got "${String(o.show)}"`);
  }
}

export const REALITY_QUANTITIES = ['measured', 'predicted', 'ratio', 'factor', 'measured-wh', 'predicted-wh'] as const;
export type RealityQuantity = (typeof REALITY_QUANTITIES)[number];

/** A number from one reality check: measured or predicted value, their ratio, or how many times too fast the engine is. */
export function realityNumber(o: { id: string; show: RealityQuantity }): string {
  const checks = realityChecks();
  const c = checks.find((x) => x.id === o.id);
  if (!c) throw new RangeError(`id must be one of ${checks.map((x) => x.id).join(', ')}; got "${o.id}"`);
  const fmt = (v: number) => (c.quantity === 'seconds' ? formatSeconds(v) : si(v, 'J'));
  switch (o.show) {
    case 'measured':
      return fmt(c.measured);
    case 'predicted':
      return fmt(c.predicted);
    case 'ratio':
      return c.ratio.toFixed(2);
    case 'factor':
      return `${(1 / c.ratio).toPrecision(2)}×`;
    case 'measured-wh':
    case 'predicted-wh': {
      if (c.quantity !== 'joules') throw new RangeError(`${o.id} is not an energy data point`);
      return si((o.show === 'measured-wh' ? c.measured : c.predicted) / JOULES_PER_WATT_HOUR, 'Wh');
    }
    default:
      throw new RangeError(`show must be one of ${REALITY_QUANTITIES.join(', ')}; got "${String(o.show)}"`);
  }
}

/** How many times more FLOPs image `a` takes than image `b` (both ImageCost settings). */
export function flopsRatio(
  a: { model: string; width?: number; height?: number; steps?: number; guidance?: boolean | number },
  b: { model: string; width?: number; height?: number; steps?: number; guidance?: boolean | number },
): number {
  const square = <T extends { width?: number; height?: number }>(s: T): T => ({
    ...s,
    width: s.width ?? s.height,
    height: s.height ?? s.width,
  });
  return imageCost(square(a)).flops / imageCost(square(b)).flops;
}
