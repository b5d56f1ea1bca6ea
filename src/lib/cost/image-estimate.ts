/**
 * Time, energy and memory fit for one whole image on one device: imageCost → the latency model
 * (latency.ts: per stage, FLOPs at a fitted efficiency, weight and activation traffic, per-kernel
 * and per-launch costs, for a software stack) → board-power energy and the memory-fit verdict.
 */
import { checkOneOf, checkOptions } from '../validate.ts';
import type { Dtype } from './dtype.ts';
import { DTYPES } from './dtype.ts';
import type { JoulesEstimate } from './estimate-joules.ts';
import { estimateJoules, JOULES_PER_WATT_HOUR } from './estimate-joules.ts';
import type { HardwareProfile } from './hardware.ts';
import { resolveHardware } from './hardware.ts';
import type { ImageCost, ImageCostOptions } from './image-cost.ts';
import { imageCost } from './image-cost.ts';
import type { PipelineSeconds, Software } from './latency.ts';
import { checkSoftware, DEFAULT_SOFTWARE, pipelineSeconds } from './latency.ts';
import { latencyContext } from './latency-context.ts';
import type { MemoryFit } from './memory-fit.ts';
import { memoryFit } from './memory-fit.ts';

export interface BytesMoved {
  bytes: number;
  /** Weights and activations of every denoising step. */
  denoiserBytes: number;
  /** Text encoders and VAE decoder, once per image. */
  onceBytes: number;
}

export interface ImageEstimateOptions extends ImageCostOptions {
  hardware: string | HardwareProfile;
  dtype?: Dtype;
  /** Overrides the fitted matmul efficiency η, in (0, 1]. */
  utilisation?: number;
  /** 'eager' (default), 'compiled' or 'tensorrt'. */
  software?: Software;
}

/** The image's time, summed over its stages, in the shape of a roofline estimate. */
export interface TimeBreakdown {
  seconds: number;
  /** FLOPs at η × peak, every stage. */
  computeSeconds: number;
  /** Weight and activation traffic, every stage. */
  memorySeconds: number;
  /** Fixed GPU time per kernel, every stage. */
  kernelSeconds: number;
  /** Host time to issue the kernels, every stage. */
  hostSeconds: number;
  /** What binds one denoising step. */
  bound: 'compute' | 'memory' | 'host';
  hardware: string;
  dtype: Dtype;
  software: Software;
  peakFlopsPerSecond: number;
  /** peak × η. */
  effectiveFlopsPerSecond: number;
  memoryBytesPerSecond: number;
  /** η, the fraction of the peak large kernels reach. */
  utilisation: number;
  /** FLOPs / seconds for the whole image: what share of the peak the image really gets. */
  achievedFlopsPerSecond: number;
}

export interface ImageEstimate {
  cost: ImageCost;
  bytesMoved: BytesMoved;
  time: TimeBreakdown;
  latency: PipelineSeconds;
  energy: JoulesEstimate;
  memory: MemoryFit;
  software: Software;
  /** The whole image: text encoding, every step, the decode. */
  seconds: number;
  /** All denoising steps, without text encoding or decode. */
  denoiserSeconds: number;
  imagesPerSecond: number;
  /** Upper bound (board power × time). */
  joules: number;
  wattHours: number;
  /** Lower bound that follows from the joules upper bound. */
  imagesPerKWh: number;
}

export function imageEstimate(options: ImageEstimateOptions): ImageEstimate {
  const o = checkOptions('options', options);
  const profile = resolveHardware(o.hardware);
  const dtype = checkOneOf('dtype', o.dtype ?? profile.defaultDtype, DTYPES);
  const software = checkSoftware(o.software ?? DEFAULT_SOFTWARE);
  const cost = imageCost(o);
  const ctx = latencyContext(profile, dtype, software, undefined, o.utilisation);
  const latency = pipelineSeconds(cost, ctx);
  const stages = [latency.textEncoder, latency.vaeDecoder];
  const sum = (f: (s: (typeof stages)[number]) => number) =>
    stages.reduce((acc, s) => acc + f(s), 0) + cost.steps * f(latency.step);
  const seconds = latency.seconds;
  const time: TimeBreakdown = {
    seconds,
    computeSeconds: sum((s) => s.computeSeconds),
    memorySeconds: sum((s) => s.memorySeconds),
    kernelSeconds: sum((s) => s.kernelSeconds),
    hostSeconds: sum((s) => s.hostSeconds),
    bound: latency.step.bound,
    hardware: profile.id,
    dtype,
    software,
    peakFlopsPerSecond: ctx.peakFlopsPerSecond,
    effectiveFlopsPerSecond: ctx.peakFlopsPerSecond * ctx.efficiency,
    memoryBytesPerSecond: profile.memoryBytesPerSecond,
    utilisation: ctx.efficiency,
    achievedFlopsPerSecond: cost.flops / seconds,
  };
  const denoiserBytes = cost.steps * latency.step.bytes;
  const onceBytes = latency.textEncoder.bytes + latency.vaeDecoder.bytes;
  const energy = estimateJoules({ seconds, hardware: profile });
  return {
    cost,
    bytesMoved: { bytes: denoiserBytes + onceBytes, denoiserBytes, onceBytes },
    time,
    latency,
    energy,
    memory: memoryFit({ cost, hardware: profile, dtype }),
    software,
    seconds,
    denoiserSeconds: latency.denoiserSeconds,
    imagesPerSecond: 1 / seconds,
    joules: energy.joules,
    wattHours: energy.wattHours,
    imagesPerKWh: (1000 * JOULES_PER_WATT_HOUR) / energy.joules,
  };
}
