/**
 * The compute for one whole image: text encoders once, then `steps` denoiser passes (two per
 * step when classifier-free guidance runs as a doubled batch), then one VAE decode.
 */
import { checkInteger, checkNumber, checkOptions } from '../validate.ts';
import type { ForwardCost, LayerWork } from './forward-cost.ts';
import { forwardCost, layerWork } from './forward-cost.ts';
import { addLayerCount, createLayerCount } from './layer-count.ts';
import type { ModelId, ModelSpec } from './models.ts';
import { getModel } from './models.ts';
import { countTextEncoder, TEXT_ENCODERS } from './text-encoder.ts';
import { countVaeDecoder, VAE_CONFIGS } from './vae.ts';

export const MAX_STEPS = 1000;
export const MAX_GUIDANCE_SCALE = 100;

export interface ImageCostOptions {
  model: string;
  /** Pixels; default: the model's default resolution. */
  width?: number;
  height?: number;
  /** Denoising steps, an integer 1 … 1000; default: the pipeline default. */
  steps?: number;
  /**
   * Classifier-free guidance. `true`/`false` switch it on/off; a number is a guidance scale,
   * and, as in diffusers, CFG runs when the scale is > 1. Default: the pipeline's default scale.
   * Guidance only doubles the batch for models whose `guidanceMode` is 'cfg-batch'; FLUX.1-dev
   * embeds guidance and FLUX.1-schnell has none, so for them it never changes the cost.
   */
  guidance?: boolean | number;
}

export interface MacsFlops {
  macs: number;
  flops: number;
}

export interface ImageCost {
  model: ModelId;
  width: number;
  height: number;
  steps: number;
  /** The guidance scale used, or null when `guidance` was given as a boolean. */
  guidanceScale: number | null;
  /** Whether the denoiser runs twice per step (conditional + unconditional). */
  cfg: boolean;
  /** Per-sample denoiser passes: steps × (2 with CFG, else 1). */
  denoiserCalls: number;
  /** One denoiser pass. */
  perCall: ForwardCost;
  perStepMacs: number;
  perStepFlops: number;
  breakdown: { textEncoder: MacsFlops; denoiser: MacsFlops; vae: MacsFlops };
  macs: number;
  flops: number;
  /** Attention-matmul MACs summed over every part of the pipeline. */
  attentionMacs: number;
  /** Parameters of each part, for the weight-traffic estimate. */
  params: { textEncoders: number; denoiser: number; vaeDecoder: number };
  /** Kernels and activation traffic of each part (one prompt, one denoiser call, one decode). */
  work: { textEncoders: LayerWork; denoiserCall: LayerWork; vaeDecoder: LayerWork };
}

function macsFlops(macs: number): MacsFlops {
  return { macs, flops: 2 * macs };
}

/** Whether `guidance` (as documented on ImageCostOptions) doubles the batch for `model`. */
export function cfgDoublesBatch(model: ModelSpec, options?: { guidance?: boolean | number }): boolean {
  const { guidance } = checkOptions('cfgDoublesBatch options', options);
  if (model.guidanceMode !== 'cfg-batch') return false;
  if (guidance === undefined) return model.defaultGuidanceScale > 1;
  if (typeof guidance === 'boolean') return guidance;
  return guidance > 1;
}

/** Text-encoder MACs and parameters for one prompt (zero for class-conditional DiT). */
export function textEncoderCost(model: ModelSpec): {
  macs: number;
  attentionMacs: number;
  params: number;
  work: LayerWork;
} {
  const total = createLayerCount();
  for (const use of model.textEncoders) addLayerCount(total, countTextEncoder(TEXT_ENCODERS[use.id], use.tokens));
  return { macs: total.macs, attentionMacs: total.attentionMacs, params: total.params, work: layerWork(total) };
}

interface Parts {
  perCall: ForwardCost;
  text: ReturnType<typeof textEncoderCost>;
  vae: ReturnType<typeof countVaeDecoder>;
}

/** The step-independent parts of recent images (a chart asks for 100 step counts of one image). */
const partsCache = new Map<string, Parts>();
const PARTS_CACHE_SIZE = 32;

function partsOf(model: ModelSpec, width: unknown, height: unknown): Parts {
  const key = `${model.id}|${String(width)}|${String(height)}`;
  let parts = partsCache.get(key);
  if (parts === undefined) {
    const perCall = forwardCost({ model: model.id, width: width as number, height: height as number });
    parts = {
      perCall,
      text: textEncoderCost(model),
      vae: countVaeDecoder(VAE_CONFIGS[model.vae], perCall.latentHeight, perCall.latentWidth),
    };
    if (partsCache.size >= PARTS_CACHE_SIZE) partsCache.clear();
    partsCache.set(key, parts);
  }
  return parts;
}

export function imageCost(options: ImageCostOptions): ImageCost {
  const o = checkOptions('options', options);
  const model = getModel(o.model);
  const steps = checkInteger('steps', o.steps ?? model.defaultSteps, 1, MAX_STEPS);
  const guidance = o.guidance;
  if (guidance !== undefined && typeof guidance !== 'boolean') {
    checkNumber('guidance', guidance, 0, MAX_GUIDANCE_SCALE);
  }
  const { perCall, text, vae } = partsOf(model, o.width, o.height);
  const cfg = cfgDoublesBatch(model, { guidance });
  const denoiserCalls = steps * (cfg ? 2 : 1);
  const perStepMacs = (cfg ? 2 : 1) * perCall.macs;

  const denoiserMacs = denoiserCalls * perCall.macs;
  const macs = text.macs + denoiserMacs + vae.macs;
  return {
    model: model.id,
    width: perCall.width,
    height: perCall.height,
    steps,
    guidanceScale: typeof guidance === 'boolean' ? null : (guidance ?? model.defaultGuidanceScale),
    cfg,
    denoiserCalls,
    perCall,
    perStepMacs,
    perStepFlops: 2 * perStepMacs,
    breakdown: { textEncoder: macsFlops(text.macs), denoiser: macsFlops(denoiserMacs), vae: macsFlops(vae.macs) },
    macs,
    flops: 2 * macs,
    attentionMacs: text.attentionMacs + denoiserCalls * perCall.attentionMacs + vae.attentionMacs,
    params: { textEncoders: text.params, denoiser: perCall.params, vaeDecoder: vae.params },
    work: { textEncoders: text.work, denoiserCall: perCall.work, vaeDecoder: layerWork(vae) },
  };
}
