/**
 * The model catalog: each entry names a denoiser architecture (counted from its hyperparameters
 * by transformer.ts / unet.ts), the text encoders and VAE the pipeline runs around it, and the
 * pipeline's defaults (resolution, steps, guidance). Defaults are the diffusers pipeline defaults
 * read in huggingface/diffusers at commit 58eb52c (https://github.com/huggingface/diffusers/tree/58eb52c/src/diffusers/pipelines/<pipeline>/pipeline_*.py)
 * unless the note says otherwise.
 */
import { checkInteger, checkOneOf } from '../validate.ts';
import type { LayerCount } from './layer-count.ts';
import type { TextEncoderId } from './text-encoder.ts';
import type { DitConfig, FluxConfig, MmditConfig, PixArtConfig } from './transformer.ts';
import {
  countDit,
  countFlux,
  countMmdit,
  countPixArt,
  DIT_CONFIG_URL,
  DIT_PATCH_SIZES,
  DIT_SIZES,
  ditConfig,
  FLUX_DEV,
  FLUX_DEV_CONFIG_URL,
  FLUX_SCHNELL,
  FLUX_SCHNELL_CONFIG_URL,
  PIXART_ALPHA,
  PIXART_ALPHA_CONFIG_URL,
  SD3_MEDIUM,
  SD3_MEDIUM_CONFIG_URL,
  SD35_LARGE,
  SD35_LARGE_CONFIG_URL,
} from './transformer.ts';
import type { UNetConfig } from './unet.ts';
import { countUNet, SD15_UNET, SD21_UNET, SDXL_UNET, unetLatentMultiple } from './unet.ts';
import type { VaeId } from './vae.ts';
import { VAE_CONFIGS, VAE_DOWNSAMPLE } from './vae.ts';

export const DIT_IDS = [
  'dit-s-8',
  'dit-s-4',
  'dit-s-2',
  'dit-b-8',
  'dit-b-4',
  'dit-b-2',
  'dit-l-8',
  'dit-l-4',
  'dit-l-2',
  'dit-xl-8',
  'dit-xl-4',
  'dit-xl-2',
] as const;

export const TEXT_TO_IMAGE_IDS = [
  'sd15',
  'sd-turbo',
  'sdxl',
  'sdxl-turbo',
  'sd3-medium',
  'sd35-large',
  'flux-dev',
  'flux-schnell',
  'pixart-alpha',
] as const;

export const MODEL_IDS = [...DIT_IDS, ...TEXT_TO_IMAGE_IDS] as const;
export type DitId = (typeof DIT_IDS)[number];
export type ModelId = (typeof MODEL_IDS)[number];

export type Denoiser =
  | { readonly kind: 'dit'; readonly config: DitConfig }
  | { readonly kind: 'pixart'; readonly config: PixArtConfig }
  | { readonly kind: 'mmdit'; readonly config: MmditConfig }
  | { readonly kind: 'flux'; readonly config: FluxConfig }
  | { readonly kind: 'unet'; readonly config: UNetConfig };

/**
 * How the pipeline applies guidance (diffusers at commit 58eb52c, e.g. https://github.com/huggingface/diffusers/blob/58eb52c/src/diffusers/pipelines/stable_diffusion/pipeline_stable_diffusion.py:
 * `torch.cat([latents] * 2)` when guidance_scale > 1 and the UNet has no `time_cond_proj_dim`):
 * - 'cfg-batch': classifier-free guidance, run as a doubled batch (conditional + unconditional)
 *   whenever guidance_scale > 1 (diffusers `do_classifier_free_guidance`);
 * - 'embedded': the guidance value is an input embedding (FLUX.1-dev is guidance-distilled), one pass;
 * - 'none': the model takes no guidance (FLUX.1-schnell).
 */
export type GuidanceMode = 'cfg-batch' | 'embedded' | 'none';

export interface TextEncoderUse {
  readonly id: TextEncoderId;
  /** Tokens the pipeline feeds (padded length). */
  readonly tokens: number;
}

export interface ModelSpec {
  readonly id: ModelId;
  readonly name: string;
  readonly family: 'DiT' | 'UNet' | 'MMDiT' | 'FLUX' | 'PixArt';
  /** Where the denoiser's hyperparameters come from. */
  readonly configUrl: string;
  /** Where the pipeline defaults come from. */
  readonly pipelineUrl: string;
  readonly denoiser: Denoiser;
  readonly latentChannels: number;
  /** VAE spatial downsampling (pixels per latent pixel). */
  readonly vaeDownsample: number;
  /** Transformer patch size (FLUX: the 2×2 packing); 1 for UNets. */
  readonly patchSize: number;
  /** Width and height must be multiples of this many pixels (VAE × patch, or VAE × UNet downsampling). */
  readonly resolutionMultiple: number;
  readonly resolutionRule: string;
  readonly defaultWidth: number;
  readonly defaultHeight: number;
  readonly defaultSteps: number;
  readonly defaultGuidanceScale: number;
  readonly guidanceMode: GuidanceMode;
  /** Whether the pipeline's default settings run classifier-free guidance as a doubled batch. */
  readonly cfgDoublesBatch: boolean;
  readonly textEncoders: readonly TextEncoderUse[];
  readonly vae: VaeId;
  /** Denoiser parameters, counted from the architecture. */
  readonly params: number;
  readonly note: string;
}

const DIFFUSERS = 'https://github.com/huggingface/diffusers/blob/main/src/diffusers/pipelines';
const PIPELINE_URLS = {
  dit: `${DIFFUSERS}/dit/pipeline_dit.py`,
  sd: `${DIFFUSERS}/stable_diffusion/pipeline_stable_diffusion.py`,
  sdxl: `${DIFFUSERS}/stable_diffusion_xl/pipeline_stable_diffusion_xl.py`,
  sdxlTurbo:
    'https://github.com/huggingface/diffusers/blob/main/docs/source/en/api/pipelines/stable_diffusion/sdxl_turbo.md',
  sdTurbo: 'https://huggingface.co/stabilityai/sd-turbo',
  sd3: `${DIFFUSERS}/stable_diffusion_3/pipeline_stable_diffusion_3.py`,
  flux: `${DIFFUSERS}/flux/pipeline_flux.py`,
  pixart: `${DIFFUSERS}/pixart_alpha/pipeline_pixart_alpha.py`,
} as const;

/** Counts one forward pass of a denoiser on a latent grid (no validation; see `forwardCost`). */
export function countDenoiser(denoiser: Denoiser, latentHeight: number, latentWidth: number): LayerCount {
  switch (denoiser.kind) {
    case 'dit':
      return countDit(denoiser.config, latentHeight, latentWidth);
    case 'pixart':
      return countPixArt(denoiser.config, latentHeight, latentWidth);
    case 'mmdit':
      return countMmdit(denoiser.config, latentHeight, latentWidth);
    case 'flux':
      return countFlux(denoiser.config, latentHeight, latentWidth);
    case 'unet':
      return countUNet(denoiser.config, latentHeight, latentWidth);
  }
}

type SpecInput = Omit<
  ModelSpec,
  'params' | 'resolutionMultiple' | 'resolutionRule' | 'cfgDoublesBatch' | 'latentChannels'
>;

function spec(input: SpecInput): ModelSpec {
  const vae = VAE_CONFIGS[input.vae];
  const d = input.denoiser;
  const latentMultiple = d.kind === 'unet' ? unetLatentMultiple(d.config) : input.patchSize;
  const resolutionMultiple = input.vaeDownsample * latentMultiple;
  const resolutionRule =
    d.kind === 'unet'
      ? `multiple of ${resolutionMultiple} px (VAE ${input.vaeDownsample}× × UNet ${latentMultiple}× downsampling)`
      : `multiple of ${resolutionMultiple} px (VAE ${input.vaeDownsample}× × patch ${input.patchSize})`;
  const params = countDenoiser(
    d,
    input.defaultHeight / input.vaeDownsample,
    input.defaultWidth / input.vaeDownsample,
  ).params;
  return {
    ...input,
    latentChannels: vae.latentChannels,
    resolutionMultiple,
    resolutionRule,
    cfgDoublesBatch: input.guidanceMode === 'cfg-batch' && input.defaultGuidanceScale > 1,
    params,
  };
}

function ditSpec(id: DitId): ModelSpec {
  const [, sizeName, patch] = id.split('-');
  const size = DIT_SIZES.find((s) => s.name.toLowerCase() === sizeName);
  const patchSize = Number(patch);
  if (size === undefined || !(DIT_PATCH_SIZES as readonly number[]).includes(patchSize)) {
    throw new Error(`internal: bad DiT id ${id}`);
  }
  return spec({
    id,
    name: `DiT-${size.name}/${patchSize}`,
    family: 'DiT',
    configUrl: DIT_CONFIG_URL,
    pipelineUrl: PIPELINE_URLS.dit,
    denoiser: { kind: 'dit', config: ditConfig(size, patchSize) },
    vaeDownsample: VAE_DOWNSAMPLE,
    patchSize,
    defaultWidth: 256,
    defaultHeight: 256,
    defaultSteps: 50,
    defaultGuidanceScale: 4,
    guidanceMode: 'cfg-batch',
    textEncoders: [],
    vae: 'sd-vae',
    note: 'Class-conditional ImageNet model (no text encoder). DiTPipeline defaults: 50 steps, guidance 4.0.',
  });
}

const CLIP_L: TextEncoderUse = { id: 'clip-l', tokens: 77 };
const CLIP_BIGG: TextEncoderUse = { id: 'openclip-bigg', tokens: 77 };

const TEXT_TO_IMAGE: Readonly<Record<(typeof TEXT_TO_IMAGE_IDS)[number], () => ModelSpec>> = {
  sd15: () =>
    spec({
      id: 'sd15',
      name: 'Stable Diffusion 1.5',
      family: 'UNet',
      configUrl: SD15_UNET.configUrl,
      pipelineUrl: PIPELINE_URLS.sd,
      denoiser: { kind: 'unet', config: SD15_UNET },
      vaeDownsample: VAE_DOWNSAMPLE,
      patchSize: 1,
      defaultWidth: 512,
      defaultHeight: 512,
      defaultSteps: 50,
      defaultGuidanceScale: 7.5,
      guidanceMode: 'cfg-batch',
      textEncoders: [CLIP_L],
      vae: 'sd-vae',
      note: 'StableDiffusionPipeline defaults: 50 steps (PNDM), guidance 7.5.',
    }),
  'sd-turbo': () =>
    spec({
      id: 'sd-turbo',
      name: 'SD-Turbo',
      family: 'UNet',
      configUrl: SD21_UNET.configUrl,
      pipelineUrl: PIPELINE_URLS.sdTurbo,
      denoiser: { kind: 'unet', config: SD21_UNET },
      vaeDownsample: VAE_DOWNSAMPLE,
      patchSize: 1,
      defaultWidth: 512,
      defaultHeight: 512,
      defaultSteps: 1,
      defaultGuidanceScale: 0,
      guidanceMode: 'cfg-batch',
      textEncoders: [{ id: 'openclip-h', tokens: 77 }],
      vae: 'sd-vae',
      note:
        'Adversarially distilled SD 2.1 (https://arxiv.org/abs/2311.17042): 1 step, guidance_scale 0 because it was ' +
        'trained without guidance. The pipeline would still double the batch if a scale > 1 were passed.',
    }),
  sdxl: () =>
    spec({
      id: 'sdxl',
      name: 'SDXL base 1.0',
      family: 'UNet',
      configUrl: SDXL_UNET.configUrl,
      pipelineUrl: PIPELINE_URLS.sdxl,
      denoiser: { kind: 'unet', config: SDXL_UNET },
      vaeDownsample: VAE_DOWNSAMPLE,
      patchSize: 1,
      defaultWidth: 1024,
      defaultHeight: 1024,
      defaultSteps: 50,
      defaultGuidanceScale: 5,
      guidanceMode: 'cfg-batch',
      textEncoders: [CLIP_L, CLIP_BIGG],
      vae: 'sd-vae',
      note: 'StableDiffusionXLPipeline defaults: 50 steps (EulerDiscrete), guidance 5.0. MLPerf uses 20 steps, guidance 8.',
    }),
  'sdxl-turbo': () =>
    spec({
      id: 'sdxl-turbo',
      name: 'SDXL-Turbo',
      family: 'UNet',
      configUrl: 'https://huggingface.co/stabilityai/sdxl-turbo/blob/main/unet/config.json',
      pipelineUrl: PIPELINE_URLS.sdxlTurbo,
      denoiser: { kind: 'unet', config: SDXL_UNET },
      vaeDownsample: VAE_DOWNSAMPLE,
      patchSize: 1,
      defaultWidth: 512,
      defaultHeight: 512,
      defaultSteps: 1,
      defaultGuidanceScale: 0,
      guidanceMode: 'cfg-batch',
      textEncoders: [CLIP_L, CLIP_BIGG],
      vae: 'sd-vae',
      note:
        'The SDXL UNet after adversarial diffusion distillation: 512², 1 step (1–4), guidance_scale 0 "as the model ' +
        'was trained without it". The pipeline would still double the batch if a scale > 1 were passed.',
    }),
  'sd3-medium': () =>
    spec({
      id: 'sd3-medium',
      name: 'Stable Diffusion 3 Medium',
      family: 'MMDiT',
      configUrl: SD3_MEDIUM_CONFIG_URL,
      pipelineUrl: PIPELINE_URLS.sd3,
      denoiser: { kind: 'mmdit', config: SD3_MEDIUM },
      vaeDownsample: VAE_DOWNSAMPLE,
      patchSize: SD3_MEDIUM.patchSize,
      defaultWidth: 1024,
      defaultHeight: 1024,
      defaultSteps: 28,
      defaultGuidanceScale: 7,
      guidanceMode: 'cfg-batch',
      textEncoders: [CLIP_L, CLIP_BIGG, { id: 't5-xxl', tokens: 256 }],
      vae: 'sd3-vae',
      note: 'StableDiffusion3Pipeline defaults: 28 steps, guidance 7.0, T5 max_sequence_length 256.',
    }),
  'sd35-large': () =>
    spec({
      id: 'sd35-large',
      name: 'Stable Diffusion 3.5 Large',
      family: 'MMDiT',
      configUrl: SD35_LARGE_CONFIG_URL,
      pipelineUrl: PIPELINE_URLS.sd3,
      denoiser: { kind: 'mmdit', config: SD35_LARGE },
      vaeDownsample: VAE_DOWNSAMPLE,
      patchSize: SD35_LARGE.patchSize,
      defaultWidth: 1024,
      defaultHeight: 1024,
      defaultSteps: 28,
      defaultGuidanceScale: 7,
      guidanceMode: 'cfg-batch',
      textEncoders: [CLIP_L, CLIP_BIGG, { id: 't5-xxl', tokens: 256 }],
      vae: 'sd3-vae',
      note: 'Same pipeline defaults as SD3 (28 steps, guidance 7.0); the model card suggests other guidance values.',
    }),
  'flux-dev': () =>
    spec({
      id: 'flux-dev',
      name: 'FLUX.1 [dev]',
      family: 'FLUX',
      configUrl: FLUX_DEV_CONFIG_URL,
      pipelineUrl: PIPELINE_URLS.flux,
      denoiser: { kind: 'flux', config: FLUX_DEV },
      vaeDownsample: VAE_DOWNSAMPLE,
      patchSize: FLUX_DEV.packSize,
      defaultWidth: 1024,
      defaultHeight: 1024,
      defaultSteps: 28,
      defaultGuidanceScale: 3.5,
      guidanceMode: 'embedded',
      textEncoders: [CLIP_L, { id: 't5-xxl', tokens: FLUX_DEV.textTokens }],
      vae: 'flux-vae',
      note:
        'FluxPipeline defaults: 28 steps (about 50 recommended in docs), guidance 3.5 fed in as an embedding ' +
        '(guidance-distilled), so no doubled batch; 512 T5 tokens.',
    }),
  'flux-schnell': () =>
    spec({
      id: 'flux-schnell',
      name: 'FLUX.1 [schnell]',
      family: 'FLUX',
      configUrl: FLUX_SCHNELL_CONFIG_URL,
      pipelineUrl: PIPELINE_URLS.flux,
      denoiser: { kind: 'flux', config: FLUX_SCHNELL },
      vaeDownsample: VAE_DOWNSAMPLE,
      patchSize: FLUX_SCHNELL.packSize,
      defaultWidth: 1024,
      defaultHeight: 1024,
      defaultSteps: 4,
      defaultGuidanceScale: 0,
      guidanceMode: 'none',
      textEncoders: [CLIP_L, { id: 't5-xxl', tokens: FLUX_SCHNELL.textTokens }],
      vae: 'flux-vae',
      note: 'Timestep-distilled: 1–4 steps (typically 4), guidance 0, at most 256 T5 tokens.',
    }),
  'pixart-alpha': () =>
    spec({
      id: 'pixart-alpha',
      name: 'PixArt-α (1024)',
      family: 'PixArt',
      configUrl: PIXART_ALPHA_CONFIG_URL,
      pipelineUrl: PIPELINE_URLS.pixart,
      denoiser: { kind: 'pixart', config: PIXART_ALPHA },
      vaeDownsample: VAE_DOWNSAMPLE,
      patchSize: PIXART_ALPHA.patchSize,
      defaultWidth: 1024,
      defaultHeight: 1024,
      defaultSteps: 20,
      defaultGuidanceScale: 4.5,
      guidanceMode: 'cfg-batch',
      textEncoders: [{ id: 't5-xxl', tokens: PIXART_ALPHA.textTokens }],
      vae: 'sd-vae',
      note: 'PixArtAlphaPipeline defaults: 20 steps, guidance 4.5, 120 T5 tokens.',
    }),
};

const CATALOG: ReadonlyMap<ModelId, ModelSpec> = new Map<ModelId, ModelSpec>([
  ...DIT_IDS.map((id): [ModelId, ModelSpec] => [id, ditSpec(id)]),
  ...TEXT_TO_IMAGE_IDS.map((id): [ModelId, ModelSpec] => [id, TEXT_TO_IMAGE[id]()]),
]);

/** The catalog entry for `id`; throws a RangeError listing every valid id otherwise. */
export function getModel(id: string): ModelSpec {
  const valid = checkOneOf('model', id, MODEL_IDS);
  return CATALOG.get(valid) as ModelSpec;
}

/** Every catalog entry, in `MODEL_IDS` order. */
export function listModels(): ModelSpec[] {
  return MODEL_IDS.map((id) => CATALOG.get(id) as ModelSpec);
}

/** Largest accepted image side, in pixels. */
export const MAX_IMAGE_SIDE = 8192;

/**
 * Validates an image size for a model and returns the latent grid. Both sides must be integers
 * from the model's resolution multiple to MAX_IMAGE_SIDE and divisible by that multiple.
 */
export function checkImageSize(
  model: ModelSpec,
  width: unknown,
  height: unknown,
): { latentWidth: number; latentHeight: number } {
  const m = model.resolutionMultiple;
  for (const [name, value] of [
    ['width', width],
    ['height', height],
  ] as const) {
    checkInteger(name, value, m, MAX_IMAGE_SIDE);
    if ((value as number) % m !== 0) {
      throw new RangeError(
        `${name} must be a multiple of ${m} for model "${model.id}" (${model.resolutionRule}); got ${value}`,
      );
    }
  }
  return {
    latentWidth: (width as number) / model.vaeDownsample,
    latentHeight: (height as number) / model.vaeDownsample,
  };
}
