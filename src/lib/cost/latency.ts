/**
 * The latency model: seconds for one image (or one batch) from the work each stage of the
 * pipeline asks of a card, with a handful of physical parameters fitted once to published
 * measurements (`scripts/fit-latency.ts`, parameters in `latency-params.ts`).
 *
 * For each stage (text encoders once, the denoiser once per step, the VAE decoder once):
 *
 *   gpu  = max(F / (η · P), (W + A_mm) / BW) + φ · A_ew / BW + K · t₀
 *   host = K · τ
 *   t    = max(gpu, host)
 *
 * F FLOPs, P the card's dense peak for the format, η the fraction of it that large matmul, conv
 * and attention kernels reach; W weight bytes, A_mm the activations those kernels read and write,
 * BW the memory bandwidth (the roofline of the matmul kernels); A_ew the activation traffic of the
 * elementwise kernels (norms, activations, residual adds: always memory-bound); K kernels launched,
 * t₀ the least time any kernel takes on the GPU (launch latency plus one wave of work), τ the time
 * the host spends issuing one kernel (Python and PyTorch's dispatcher when eager, next to nothing
 * when a graph is replayed). φ is the share of elementwise kernels and traffic left after a
 * compiler fuses them into their neighbours: 1 for eager PyTorch, fitted for the two compiled
 * stacks. The host issues kernels while the GPU runs earlier ones, so the slower of the two binds:
 * a small step on a fast card is host-bound, which is why an H100 is far less than six times
 * faster than an RTX 4090 on a batch-1 image in plain diffusers.
 *
 * Achieved throughput therefore depends on the work per call: F / t rises towards η · P as F grows,
 * reaching half of it at F½ ≈ η · P · (K · t₀ + …), so a bigger chip needs more work to fill it.
 */
import { checkInteger, checkOneOf, checkOptions } from '../validate.ts';
import type { Dtype } from './dtype.ts';
import { ACTIVATION_BYTES, BYTES_PER_ELEMENT } from './dtype.ts';
import type { LayerWork } from './forward-cost.ts';
import type { HardwareProfile } from './hardware.ts';
import type { ImageCost } from './image-cost.ts';
import { getModel } from './models.ts';
import { VAE_CONFIGS } from './vae.ts';

/** How the pipeline is run: plain PyTorch + diffusers, compiled (torch.compile, CUDA graphs), or TensorRT. */
export const SOFTWARE_STACKS = ['eager', 'compiled', 'tensorrt'] as const;
export type Software = (typeof SOFTWARE_STACKS)[number];
export const DEFAULT_SOFTWARE: Software = 'eager';

/** Human-readable names for the stacks. */
export const SOFTWARE_LABELS: Readonly<Record<Software, string>> = {
  eager: 'PyTorch eager (diffusers)',
  compiled: 'compiled (torch.compile, CUDA graphs)',
  tensorrt: 'TensorRT',
};

/** GPU generations whose eager kernels reach different shares of their peak. */
export const GPU_ARCHITECTURES = ['hopper', 'ampere', 'ada'] as const;
export type GpuArchitecture = (typeof GPU_ARCHITECTURES)[number];

/** The fitted constants of the latency model (see the module comment). */
export interface LatencyParams {
  /**
   * η: fraction of the dense peak that large matmul, conv and attention kernels reach in eager
   * PyTorch, per GPU generation (library kernels are tuned differently for each).
   */
  readonly matmulEfficiency: Readonly<Record<GpuArchitecture, number>>;
  /** How much a stack's own kernels change η (eager is 1): TensorRT's tuned convs and attention. */
  readonly stackEfficiency: Readonly<Record<Software, number>>;
  /** t₀: least GPU time of one kernel, seconds. */
  readonly kernelSeconds: number;
  /** τ: host time to issue one kernel, seconds, per stack. */
  readonly hostSecondsPerKernel: Readonly<Record<Software, number>>;
  /** φ: share of the elementwise kernels and traffic left after fusion, per stack (eager is 1). */
  readonly elementwiseShare: Readonly<Record<Software, number>>;
}

export function checkSoftware(value: unknown): Software {
  return checkOneOf('software', value, SOFTWARE_STACKS);
}

/** The time of one stage and where it went. */
export interface StageSeconds {
  seconds: number;
  /** F / (η · P): the matmul kernels at their compute roof. */
  computeSeconds: number;
  /** (W + A_mm) / BW + φ · A_ew / BW: weight and activation traffic. */
  memorySeconds: number;
  /** K · t₀: the fixed per-kernel cost on the GPU. */
  kernelSeconds: number;
  /** K · τ: the host's time to issue the kernels. */
  hostSeconds: number;
  bound: 'compute' | 'memory' | 'host';
  kernels: number;
  flops: number;
  bytes: number;
}

export interface StageInput {
  work: LayerWork;
  /** Samples per call (a CFG step is a batch of 2 per image). */
  batch: number;
  /** Elementwise kernels outside the network (the guidance combination, the scheduler update). */
  extraElementwise?: { kernels: number; elements: number };
}

export interface LatencyContext {
  profile: HardwareProfile;
  dtype: Dtype;
  software: Software;
  params: LatencyParams;
  /** η for this card (a fitted profile uses `params.matmulEfficiency`). */
  efficiency: number;
  peakFlopsPerSecond: number;
}

export function stageSeconds(input: StageInput, ctx: LatencyContext): StageSeconds {
  const { work, batch } = input;
  const { params, software, profile } = ctx;
  const share = params.elementwiseShare[software];
  const actBytes = ACTIVATION_BYTES[ctx.dtype];
  const extraKernels = input.extraElementwise?.kernels ?? 0;
  const extraTraffic = 2 * extraKernels * (input.extraElementwise?.elements ?? 0);
  const elementwiseKernels = work.elementwiseKernels + extraKernels;
  const kernels = work.kernels - work.elementwiseKernels + share * elementwiseKernels;
  const flops = 2 * work.macs * batch;
  const weightBytes = work.params * BYTES_PER_ELEMENT[ctx.dtype];
  const matmulBytes = work.matmulTrafficElements * batch * actBytes;
  const elementwiseBytes = share * (work.elementwiseTrafficElements * batch + extraTraffic) * actBytes;
  const bw = profile.memoryBytesPerSecond;
  const computeSeconds = flops / (ctx.efficiency * ctx.peakFlopsPerSecond);
  const matmulMemorySeconds = (weightBytes + matmulBytes) / bw;
  const elementwiseSeconds = elementwiseBytes / bw;
  const kernelSeconds = kernels * params.kernelSeconds;
  const gpu = Math.max(computeSeconds, matmulMemorySeconds) + elementwiseSeconds + kernelSeconds;
  const hostSeconds = kernels * params.hostSecondsPerKernel[software];
  const memorySeconds = matmulMemorySeconds + elementwiseSeconds;
  let bound: StageSeconds['bound'];
  if (hostSeconds > gpu) bound = 'host';
  else bound = computeSeconds >= memorySeconds ? 'compute' : 'memory';
  return {
    seconds: Math.max(gpu, hostSeconds),
    computeSeconds,
    memorySeconds,
    kernelSeconds,
    hostSeconds,
    bound,
    kernels,
    flops,
    bytes: weightBytes + matmulBytes + elementwiseBytes,
  };
}

/** Elementwise kernels per step outside the network: the scheduler's update of the latent. */
export const SCHEDULER_KERNELS_PER_STEP = 4;
/** With CFG: split the two predictions, subtract, scale, add. */
export const GUIDANCE_KERNELS_PER_STEP = 3;

export interface PipelineSeconds {
  /** The whole batch: text encoding, every step, the decode. */
  seconds: number;
  /** All denoising steps of the batch, no text encoding or decode. */
  denoiserSeconds: number;
  textEncoder: StageSeconds;
  /** One step of the batch (both CFG passes). */
  step: StageSeconds;
  vaeDecoder: StageSeconds;
  batch: number;
}

/**
 * Seconds for a batch of `batch` images of `cost` (one prompt each). Text encoders and the VAE
 * run once per batch at batch size `batch` (text encoders ×2 with CFG, for the negative prompt).
 */
export function pipelineSeconds(cost: ImageCost, ctx: LatencyContext, batch = 1): PipelineSeconds {
  checkInteger('batch', batch, 1, 1024);
  const cfgFactor = cost.cfg ? 2 : 1;
  const channels = VAE_CONFIGS[getModel(cost.model).vae].latentChannels;
  const latentElements = cost.perCall.latentWidth * cost.perCall.latentHeight * channels * batch;
  const textEncoder = stageSeconds({ work: cost.work.textEncoders, batch: batch * cfgFactor }, ctx);
  const step = stageSeconds(
    {
      work: cost.work.denoiserCall,
      batch: batch * cfgFactor,
      extraElementwise: {
        kernels: SCHEDULER_KERNELS_PER_STEP + (cost.cfg ? GUIDANCE_KERNELS_PER_STEP : 0),
        elements: latentElements,
      },
    },
    ctx,
  );
  const vaeDecoder = stageSeconds({ work: cost.work.vaeDecoder, batch }, ctx);
  const denoiserSeconds = cost.steps * step.seconds;
  return {
    seconds: textEncoder.seconds + denoiserSeconds + vaeDecoder.seconds,
    denoiserSeconds,
    textEncoder,
    step,
    vaeDecoder,
    batch,
  };
}

/**
 * Achieved FLOP/s of one call that does `flops` of matmul work in `kernels` kernels on an
 * otherwise idle, compute-bound card: the throughput curve F / (F / (η·P) + K·t₀). It approaches
 * η·P for large calls and falls for small ones, earlier on a faster card.
 */
export function achievedFlopsPerSecond(flops: number, options: { kernels: number; context: LatencyContext }): number {
  const { kernels, context: ctx } = checkOptions('achievedFlopsPerSecond options', options);
  const t = flops / (ctx.efficiency * ctx.peakFlopsPerSecond) + kernels * ctx.params.kernelSeconds;
  return flops / t;
}
