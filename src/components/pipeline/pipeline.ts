/**
 * The stages of one text-to-image pipeline (prompt → text encoders → denoiser × calls → VAE
 * decoder → image) with each stage's FLOPs and share of the image, from the engine's
 * `imageCost(…).breakdown`. Pure: PipelineDiagram.astro renders it at build time.
 */

import type { ImageCost } from '../../lib/index.ts';
import { formatCount, formatPercent, formatSI, getModel, imageCost } from '../../lib/index.ts';

export interface PipelineOptions {
  /** A model id (default 'sdxl'). */
  model?: string;
  /** Pixels (default 1024; height defaults to width). */
  width?: number;
  height?: number;
  /** Denoising steps (default 20, MLPerf's SDXL setting). */
  steps?: number;
  /** As in imageCost (default true: classifier-free guidance where the model runs it). */
  guidance?: boolean | number;
}

export type StageId = 'prompt' | 'textEncoder' | 'denoiser' | 'vae' | 'image';

export interface PipelineStage {
  id: StageId;
  label: string;
  /** How often it runs per image: "once", "× 40 calls", or what it is for the ends. */
  runs: string;
  /** Where the count comes from ("20 steps × 2 for guidance"), or ''. */
  detail: string;
  /** FLOPs of this stage for the whole image; null for the prompt and the image. */
  flops: number | null;
  /** Fraction of the image's FLOPs, 0…1; null for the prompt and the image. */
  share: number | null;
  flopsText: string;
  shareText: string;
}

export interface Pipeline {
  cost: ImageCost;
  modelName: string;
  stages: PipelineStage[];
  /** One sentence naming the setting and the total. */
  summary: string;
}

export const PIPELINE_DEFAULTS = { model: 'sdxl', width: 1024, steps: 20, guidance: true } as const;

export function pipeline(options: PipelineOptions = {}): Pipeline {
  const width = options.width ?? options.height ?? PIPELINE_DEFAULTS.width;
  const cost = imageCost({
    model: options.model ?? PIPELINE_DEFAULTS.model,
    width,
    height: options.height ?? width,
    steps: options.steps ?? PIPELINE_DEFAULTS.steps,
    guidance: options.guidance ?? PIPELINE_DEFAULTS.guidance,
  });
  const model = getModel(cost.model);
  const b = cost.breakdown;
  const part = (flops: number) => ({
    flops,
    share: flops / cost.flops,
    flopsText: formatSI(flops, { unit: 'FLOP' }),
    shareText: formatPercent(flops / cost.flops),
  });
  const calls = `× ${formatCount(cost.denoiserCalls, { noun: 'call' })}`;
  const perStep = `${formatCount(cost.steps, { noun: 'step' })}${cost.cfg ? ' × 2 for guidance' : ''}`;
  const ends = { flops: null, share: null, flopsText: '', shareText: '' };
  const stages: PipelineStage[] = [
    { id: 'prompt', label: 'Prompt', runs: 'text in', detail: '', ...ends },
    {
      id: 'textEncoder',
      label: model.textEncoders.length === 0 ? 'Class label (no text encoder)' : 'Text encoders',
      runs: 'once',
      detail: '',
      ...part(b.textEncoder.flops),
    },
    { id: 'denoiser', label: 'Denoiser', runs: calls, detail: perStep, ...part(b.denoiser.flops) },
    { id: 'vae', label: 'VAE decoder', runs: 'once', detail: '', ...part(b.vae.flops) },
    { id: 'image', label: 'Image', runs: `${cost.width} × ${cost.height} pixels`, detail: '', ...ends },
  ];
  const summary =
    `${model.name} at ${cost.width} × ${cost.height}, ${formatCount(cost.steps, { noun: 'step' })}` +
    `${cost.cfg ? ' with classifier-free guidance' : ''}: ${formatSI(cost.flops, { unit: 'FLOP' })} per image.`;
  return { cost, modelName: model.name, stages, summary };
}
