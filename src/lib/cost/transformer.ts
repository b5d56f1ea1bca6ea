/**
 * Cost counters for the diffusion transformers, built from each model's published
 * hyperparameters rather than typed-in totals: DiT (adaLN-Zero), PixArt-α (DiT-XL/2 backbone +
 * cross-attention, adaLN-single), MMDiT (SD3 / SD3.5, joint attention over image + text tokens)
 * and FLUX.1 (double-stream MMDiT blocks followed by single-stream blocks).
 *
 * Every counter takes the latent grid (height × width in latent pixels, i.e. image pixels / 8)
 * and returns the cost of one forward pass for one sample. Modulation MLPs (adaLN) act on one
 * conditioning vector per sample, so they count as 1 row, not one per token. The LayerNorms in
 * these blocks have no affine weights (`elementwise_affine=False`), so they add no parameters.
 */

import type { LayerCount } from './layer-count.ts';
import {
  countAttentionMatmuls,
  countConv2d,
  countElementwise,
  countLinear,
  countParams,
  createLayerCount,
} from './layer-count.ts';

/** Sinusoidal timestep features fed to every timestep MLP (DiT `frequency_embedding_size`, diffusers `Timesteps(256)`). */
const TIMESTEP_FREQUENCY_DIM = 256;

/** Linear(inDim → dim), SiLU, Linear(dim → dim): DiT's TimestepEmbedder and diffusers' TimestepEmbedding. */
function countEmbeddingMlp(c: LayerCount, rows: number, inDim: number, dim: number): void {
  countLinear(c, rows, inDim, dim);
  countLinear(c, rows, dim, dim);
}

/**
 * The elementwise kernels of one adaLN-modulated transformer stream over `rows` tokens (none of
 * them multiply-accumulates): SiLU of the conditioning vector; for the attention and the MLP
 * sublayer each a LayerNorm, the modulation (scale, shift), the gate and the residual add; the
 * MLP's GELU on the wider hidden state. Norms and binary ops read two tensors.
 */
function countModulatedStream(c: LayerCount, rows: number, d: number, mlpWidth: number): void {
  countElementwise(c, d);
  countElementwise(c, rows * d, 10, 2);
  countElementwise(c, rows * mlpWidth);
}

// ---------------------------------------------------------------------------------------------
// DiT
// ---------------------------------------------------------------------------------------------

/** DiT model sizes, Table 1 of Peebles & Xie (https://arxiv.org/abs/2212.09748) and `models.py`. */
export interface DitSize {
  readonly name: 'S' | 'B' | 'L' | 'XL';
  readonly depth: number;
  readonly hiddenSize: number;
  readonly heads: number;
}

export const DIT_SIZES: readonly DitSize[] = [
  { name: 'S', depth: 12, hiddenSize: 384, heads: 6 },
  { name: 'B', depth: 12, hiddenSize: 768, heads: 12 },
  { name: 'L', depth: 24, hiddenSize: 1024, heads: 16 },
  { name: 'XL', depth: 28, hiddenSize: 1152, heads: 16 },
];

export const DIT_PATCH_SIZES = [8, 4, 2] as const;

export interface DitConfig extends DitSize {
  readonly patchSize: number;
  /** SD-VAE latent channels. */
  readonly inChannels: number;
  /** 2 × inChannels: DiT predicts noise and a learned variance (`learn_sigma=True`). */
  readonly outChannels: number;
  /** ImageNet classes; the label table has one extra row for the CFG null class. */
  readonly classes: number;
}

/** Source of the DiT architecture (block layout, adaLN-Zero, final layer). */
export const DIT_CONFIG_URL = 'https://github.com/facebookresearch/DiT/blob/main/models.py';

export function ditConfig(size: DitSize, patchSize: number): DitConfig {
  return { ...size, patchSize, inChannels: 4, outChannels: 8, classes: 1000 };
}

/**
 * One DiT forward pass (facebookresearch/DiT `models.py`):
 * PatchEmbed conv p×p (4 → d); TimestepEmbedder 256 → d → d; LabelEmbedder table (no MACs);
 * N × DiTBlock { adaLN Linear(d, 6d) per sample; qkv Linear(d, 3d); attention; proj Linear(d, d);
 * MLP d → 4d → d }; FinalLayer { adaLN Linear(d, 2d); Linear(d, p²·8) }.
 * The fixed sin-cos position table is a frozen buffer, not counted as a parameter.
 */
export function countDit(config: DitConfig, latentHeight: number, latentWidth: number): LayerCount {
  const c = createLayerCount();
  const d = config.hiddenSize;
  const p = config.patchSize;
  const tokens = (latentHeight / p) * (latentWidth / p);
  countConv2d(c, latentHeight / p, latentWidth / p, config.inChannels, d, p);
  countEmbeddingMlp(c, 1, TIMESTEP_FREQUENCY_DIM, d);
  countParams(c, (config.classes + 1) * d);
  for (let layer = 0; layer < config.depth; layer++) {
    countLinear(c, 1, d, 6 * d);
    countLinear(c, tokens, d, 3 * d);
    countAttentionMatmuls(c, tokens, tokens, d);
    countLinear(c, tokens, d, d);
    countLinear(c, tokens, d, 4 * d);
    countLinear(c, tokens, 4 * d, d);
    countModulatedStream(c, tokens, d, 4 * d);
  }
  countLinear(c, 1, d, 2 * d);
  countElementwise(c, tokens * d, 3, 2);
  countLinear(c, tokens, d, p * p * config.outChannels);
  return c;
}

// ---------------------------------------------------------------------------------------------
// PixArt-α
// ---------------------------------------------------------------------------------------------

export interface PixArtConfig {
  readonly depth: number;
  readonly hiddenSize: number;
  readonly heads: number;
  readonly patchSize: number;
  readonly inChannels: number;
  readonly outChannels: number;
  /** T5-XXL width that the caption projection maps from. */
  readonly captionChannels: number;
  /** T5 tokens attended to by cross-attention (PixArtAlphaPipeline max_sequence_length). */
  readonly textTokens: number;
  /** The 1024² checkpoints embed (height, width) and aspect ratio as extra conditions. */
  readonly additionalConditions: boolean;
}

/** diffusers config of the 1024² PixArt-α checkpoint; paper https://arxiv.org/abs/2310.00426. */
export const PIXART_ALPHA_CONFIG_URL =
  'https://huggingface.co/PixArt-alpha/PixArt-XL-2-1024-MS/blob/main/transformer/config.json';

export const PIXART_ALPHA: PixArtConfig = {
  depth: 28,
  hiddenSize: 1152,
  heads: 16,
  patchSize: 2,
  inChannels: 4,
  outChannels: 8,
  captionChannels: 4096,
  textTokens: 120,
  additionalConditions: true,
};

/**
 * One PixArt-α forward pass (diffusers `PixArtTransformer2DModel`, norm_type "ada_norm_single"):
 * PatchEmbed; caption projection 4096 → d → d on the T5 tokens; one shared adaLN-single
 * Linear(d, 6d) (each block only adds its learned 6d table); N × { self-attention; cross-attention
 * (queries from image tokens, keys/values from caption tokens); MLP d → 4d → d }; final Linear.
 */
export function countPixArt(config: PixArtConfig, latentHeight: number, latentWidth: number): LayerCount {
  const c = createLayerCount();
  const d = config.hiddenSize;
  const p = config.patchSize;
  const tokens = (latentHeight / p) * (latentWidth / p);
  const textTokens = config.textTokens;
  countConv2d(c, latentHeight / p, latentWidth / p, config.inChannels, d, p);
  countLinear(c, textTokens, config.captionChannels, d);
  countLinear(c, textTokens, d, d);
  countEmbeddingMlp(c, 1, TIMESTEP_FREQUENCY_DIM, d);
  if (config.additionalConditions) {
    // Resolution (2 values) and aspect ratio (1 value) each go through 256 → d/3 → d/3.
    const sizeDim = d / 3;
    countEmbeddingMlp(c, 2, TIMESTEP_FREQUENCY_DIM, sizeDim);
    countEmbeddingMlp(c, 1, TIMESTEP_FREQUENCY_DIM, sizeDim);
  }
  countLinear(c, 1, d, 6 * d);
  for (let layer = 0; layer < config.depth; layer++) {
    countParams(c, 6 * d);
    countLinear(c, tokens, d, 3 * d);
    countAttentionMatmuls(c, tokens, tokens, d);
    countLinear(c, tokens, d, d);
    countLinear(c, tokens, d, d);
    countLinear(c, textTokens, d, 2 * d);
    countAttentionMatmuls(c, tokens, textTokens, d);
    countLinear(c, tokens, d, d);
    countLinear(c, tokens, d, 4 * d);
    countLinear(c, tokens, 4 * d, d);
    countModulatedStream(c, tokens, d, 4 * d);
    // The cross-attention's residual add.
    countElementwise(c, tokens * d, 1, 2);
  }
  countParams(c, 2 * d);
  countLinear(c, tokens, d, p * p * config.outChannels);
  return c;
}

// ---------------------------------------------------------------------------------------------
// MMDiT (Stable Diffusion 3 / 3.5)
// ---------------------------------------------------------------------------------------------

export interface MmditConfig {
  readonly name: string;
  readonly depth: number;
  readonly hiddenSize: number;
  readonly heads: number;
  readonly patchSize: number;
  readonly inChannels: number;
  readonly outChannels: number;
  /** Width of the text-token sequence (T5-XXL 4096; CLIP features are zero-padded to it). */
  readonly jointAttentionDim: number;
  /** Width of the pooled CLIP-L + CLIP-G vector. */
  readonly pooledProjectionDim: number;
  /** Text tokens in the joint sequence: 77 CLIP + 256 T5 (StableDiffusion3Pipeline max_sequence_length 256). */
  readonly textTokens: number;
}

/** SD3 Medium `transformer/config.json` (a gated repo: the values were read in public re-uploads of this file). */
export const SD3_MEDIUM_CONFIG_URL =
  'https://huggingface.co/stabilityai/stable-diffusion-3-medium-diffusers/blob/main/transformer/config.json';
/** SD3.5 Large `transformer/config.json` (a gated repo: the values were read in a public copy of this file). */
export const SD35_LARGE_CONFIG_URL =
  'https://huggingface.co/stabilityai/stable-diffusion-3.5-large/blob/main/transformer/config.json';

export const SD3_MEDIUM: MmditConfig = {
  name: 'SD3 Medium',
  depth: 24,
  hiddenSize: 1536,
  heads: 24,
  patchSize: 2,
  inChannels: 16,
  outChannels: 16,
  jointAttentionDim: 4096,
  pooledProjectionDim: 2048,
  textTokens: 77 + 256,
};

export const SD35_LARGE: MmditConfig = { ...SD3_MEDIUM, name: 'SD3.5 Large', depth: 38, hiddenSize: 2432, heads: 38 };

/**
 * One MMDiT forward pass (diffusers `SD3Transformer2DModel` / `JointTransformerBlock`):
 * PatchEmbed; context embedder Linear(4096, d) on text tokens; timestep 256 → d → d and pooled
 * text 2048 → d → d; N blocks, each with separate weights for the image and text streams:
 * adaLN-Zero Linear(d, 6d) per stream; q, k, v per stream; one joint attention over image + text
 * tokens; output projection and MLP d → 4d → d per stream. The last block is "context pre-only":
 * its text stream has a Linear(d, 2d) modulation, q/k/v, and no output projection or MLP.
 * Final adaLN Linear(d, 2d) and Linear(d, p²·16). SD3.5's RMS qk-norm adds no MACs.
 */
export function countMmdit(config: MmditConfig, latentHeight: number, latentWidth: number): LayerCount {
  const c = createLayerCount();
  const d = config.hiddenSize;
  const p = config.patchSize;
  const tokens = (latentHeight / p) * (latentWidth / p);
  const textTokens = config.textTokens;
  countConv2d(c, latentHeight / p, latentWidth / p, config.inChannels, d, p);
  countLinear(c, textTokens, config.jointAttentionDim, d);
  countEmbeddingMlp(c, 1, TIMESTEP_FREQUENCY_DIM, d);
  countEmbeddingMlp(c, 1, config.pooledProjectionDim, d);
  for (let layer = 0; layer < config.depth; layer++) {
    const contextPreOnly = layer === config.depth - 1;
    countLinear(c, 1, d, 6 * d);
    countLinear(c, 1, d, contextPreOnly ? 2 * d : 6 * d);
    countLinear(c, tokens, d, 3 * d);
    countLinear(c, textTokens, d, 3 * d);
    // q, k and v of the two streams are concatenated into one sequence, and the output split.
    countElementwise(c, (tokens + textTokens) * d, 4);
    countAttentionMatmuls(c, tokens + textTokens, tokens + textTokens, d);
    countLinear(c, tokens, d, d);
    countLinear(c, tokens, d, 4 * d);
    countLinear(c, tokens, 4 * d, d);
    countModulatedStream(c, tokens, d, 4 * d);
    if (!contextPreOnly) {
      countLinear(c, textTokens, d, d);
      countLinear(c, textTokens, d, 4 * d);
      countLinear(c, textTokens, 4 * d, d);
      countModulatedStream(c, textTokens, d, 4 * d);
    }
  }
  countLinear(c, 1, d, 2 * d);
  countLinear(c, tokens, d, p * p * config.outChannels);
  return c;
}

// ---------------------------------------------------------------------------------------------
// FLUX.1
// ---------------------------------------------------------------------------------------------

export interface FluxConfig {
  readonly name: string;
  readonly hiddenSize: number;
  readonly heads: number;
  readonly doubleBlocks: number;
  readonly singleBlocks: number;
  readonly mlpRatio: number;
  /** 16 latent channels packed 2×2 into 64-wide tokens. */
  readonly latentChannels: number;
  readonly packSize: number;
  readonly jointAttentionDim: number;
  readonly pooledProjectionDim: number;
  /** T5 tokens: 512 for dev, 256 for schnell (FluxPipeline max_sequence_length). */
  readonly textTokens: number;
  /** dev is guidance-distilled: guidance enters through its own embedding MLP. */
  readonly guidanceEmbeds: boolean;
}

/** FLUX.1 [dev] `transformer/config.json` (a gated repo: the values were read in a public copy of this file). */
export const FLUX_DEV_CONFIG_URL =
  'https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/transformer/config.json';
/** FLUX.1 [schnell] `transformer/config.json`. */
export const FLUX_SCHNELL_CONFIG_URL =
  'https://huggingface.co/black-forest-labs/FLUX.1-schnell/blob/main/transformer/config.json';

export const FLUX_DEV: FluxConfig = {
  name: 'FLUX.1 [dev]',
  hiddenSize: 3072,
  heads: 24,
  doubleBlocks: 19,
  singleBlocks: 38,
  mlpRatio: 4,
  latentChannels: 16,
  packSize: 2,
  jointAttentionDim: 4096,
  pooledProjectionDim: 768,
  textTokens: 512,
  guidanceEmbeds: true,
};

export const FLUX_SCHNELL: FluxConfig = {
  ...FLUX_DEV,
  name: 'FLUX.1 [schnell]',
  textTokens: 256,
  guidanceEmbeds: false,
};

/**
 * FLUX's RMS norms on q and k (about four kernels each in eager PyTorch: square-mean, rsqrt,
 * two products) and its rotary position embedding on q and k (about six each), over the joint
 * sequence; plus the concatenation of the two streams' q, k and v.
 */
function countQkNormRope(c: LayerCount, sequence: number, d: number): void {
  countElementwise(c, sequence * d, 8, 2);
  countElementwise(c, sequence * d, 12, 2);
  countElementwise(c, sequence * d, 3);
}

/**
 * One FLUX.1 forward pass (diffusers `FluxTransformer2DModel`):
 * x_embedder Linear(64, d) on packed latents; context_embedder Linear(4096, d) on T5 tokens;
 * timestep, (dev only) guidance, and pooled CLIP 768 embedding MLPs;
 * 19 double-stream blocks (MMDiT-style: per-stream adaLN Linear(d, 6d), q/k/v, output projection
 * and MLP d → r·d → d, joint attention over image + text);
 * 38 single-stream blocks over the concatenated sequence: adaLN Linear(d, 3d), q/k/v Linear(d, 3d)
 * and MLP-in Linear(d, r·d) in parallel, attention, then one Linear((1 + r)·d, d) that fuses the
 * attention output and the MLP; final adaLN Linear(d, 2d) and Linear(d, 64).
 */
export function countFlux(config: FluxConfig, latentHeight: number, latentWidth: number): LayerCount {
  const c = createLayerCount();
  const d = config.hiddenSize;
  const mlp = config.mlpRatio * d;
  const packedChannels = config.latentChannels * config.packSize * config.packSize;
  const tokens = (latentHeight / config.packSize) * (latentWidth / config.packSize);
  const textTokens = config.textTokens;
  const sequence = tokens + textTokens;
  countLinear(c, tokens, packedChannels, d);
  countLinear(c, textTokens, config.jointAttentionDim, d);
  countEmbeddingMlp(c, 1, TIMESTEP_FREQUENCY_DIM, d);
  if (config.guidanceEmbeds) countEmbeddingMlp(c, 1, TIMESTEP_FREQUENCY_DIM, d);
  countEmbeddingMlp(c, 1, config.pooledProjectionDim, d);
  for (let block = 0; block < config.doubleBlocks; block++) {
    for (const rows of [tokens, textTokens]) {
      countLinear(c, 1, d, 6 * d);
      countLinear(c, rows, d, 3 * d);
      countLinear(c, rows, d, d);
      countLinear(c, rows, d, mlp);
      countLinear(c, rows, mlp, d);
      countModulatedStream(c, rows, d, mlp);
    }
    countQkNormRope(c, sequence, d);
    countAttentionMatmuls(c, sequence, sequence, d);
  }
  for (let block = 0; block < config.singleBlocks; block++) {
    countLinear(c, 1, d, 3 * d);
    countLinear(c, sequence, d, 3 * d);
    countLinear(c, sequence, d, mlp);
    // LayerNorm + modulation, GELU on the MLP branch, q/k norms and rotary embedding.
    countElementwise(c, d);
    countElementwise(c, sequence * d, 3, 2);
    countElementwise(c, sequence * mlp);
    countQkNormRope(c, sequence, d);
    countAttentionMatmuls(c, sequence, sequence, d);
    // The attention output and the MLP branch are concatenated for the fused output projection,
    // then gated and added to the residual.
    countElementwise(c, sequence * (d + mlp));
    countLinear(c, sequence, d + mlp, d);
    countElementwise(c, sequence * d, 2, 2);
  }
  countLinear(c, 1, d, 2 * d);
  countLinear(c, tokens, d, packedChannels);
  return c;
}
