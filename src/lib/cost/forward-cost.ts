/**
 * The cost of one denoiser forward pass for one sample, computed from the model's architecture.
 * DiT's published "Gflops" are this function's `macs` / 1e9 (the paper counts multiply-accumulates).
 */
import { checkOptions } from '../validate.ts';
import type { LayerCount } from './layer-count.ts';
import type { ModelId } from './models.ts';
import { checkImageSize, countDenoiser, getModel } from './models.ts';

export interface ImageSize {
  /** Pixels; a multiple of the model's `resolutionMultiple`. Defaults to the model's default. */
  width?: number;
  height?: number;
}

export interface ForwardCost {
  model: ModelId;
  width: number;
  height: number;
  latentWidth: number;
  latentHeight: number;
  /** Multiply-accumulates in one forward pass for one sample. */
  macs: number;
  /** 2 × macs. */
  flops: number;
  /** The part of `macs` in the attention matmuls QKᵀ and AV (quadratic in tokens). */
  attentionMacs: number;
  /** attentionMacs / macs. */
  attentionShare: number;
  /** Denoiser parameters. */
  params: number;
  /** Conv2d layers evaluated per pass. */
  convLayers: number;
  /** Kernels, activation traffic and the largest tensor of one pass, for the latency and memory models. */
  work: LayerWork;
}

/** What one network pass asks of a GPU besides its MACs (one sample; see `LayerCount`). */
export interface LayerWork {
  macs: number;
  params: number;
  kernels: number;
  elementwiseKernels: number;
  matmulTrafficElements: number;
  elementwiseTrafficElements: number;
  maxTensorElements: number;
}

/** The `LayerWork` fields of a finished count. */
export function layerWork(c: LayerCount): LayerWork {
  return {
    macs: c.macs,
    params: c.params,
    kernels: c.kernels,
    elementwiseKernels: c.elementwiseKernels,
    matmulTrafficElements: c.matmulTrafficElements,
    elementwiseTrafficElements: c.elementwiseTrafficElements,
    maxTensorElements: c.maxTensorElements,
  };
}

/** What forwardCost counts: a catalogued model, at its default size unless width or height is given. */
export interface ForwardCostOptions extends ImageSize {
  /** A catalogued model id (MODEL_IDS). */
  model: string;
}

/** One denoiser call of `options.model` at width × height pixels (batch 1, no guidance doubling). */
export function forwardCost(options: ForwardCostOptions): ForwardCost {
  const opts = checkOptions('options', options);
  const model = getModel(opts.model);
  const { width = model.defaultWidth, height = model.defaultHeight } = opts;
  const { latentWidth, latentHeight } = checkImageSize(model, width, height);
  const c = countDenoiser(model.denoiser, latentHeight, latentWidth);
  return {
    model: model.id,
    width,
    height,
    latentWidth,
    latentHeight,
    macs: c.macs,
    flops: 2 * c.macs,
    attentionMacs: c.attentionMacs,
    attentionShare: c.attentionMacs / c.macs,
    params: c.params,
    convLayers: c.convLayers,
    work: layerWork(c),
  };
}
