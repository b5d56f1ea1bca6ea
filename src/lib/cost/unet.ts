/**
 * Cost counter for the Stable Diffusion UNets (diffusers `UNet2DConditionModel`), built block by
 * block from the diffusers configuration: conv_in; down blocks (2 resnets, an optional
 * Transformer2DModel after each, a stride-2 downsampler except on the last level); a mid block
 * (resnet, transformer, resnet); up blocks (3 resnets each, whose inputs concatenate the skip
 * connections saved on the way down, optional transformers, a nearest ×2 upsampler + 3×3 conv
 * except on the last level); conv_out; and the per-sample time (and SDXL add-) embeddings.
 *
 * Conv MACs = H_out · W_out · C_in · C_out · k². Transformer blocks: self-attention (q, k, v, out:
 * 4C² per token, plus the two attention matmuls), cross-attention (q and out per image token, k and
 * v from the 77 text tokens of width `crossAttentionDim`), GEGLU feed-forward (Linear(C, 2·4C) then
 * Linear(4C, C) = 12C² per token). proj_in / proj_out are 1×1 convs (SD 1.x) or linears (SD 2.x,
 * SDXL): the MACs are the same, only the conv-layer count differs.
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

export interface UNetConfig {
  readonly name: string;
  readonly configUrl: string;
  readonly inChannels: number;
  readonly outChannels: number;
  /** diffusers `block_out_channels`, one per resolution level. */
  readonly blockOutChannels: readonly number[];
  /** Transformer depth after each down-block resnet, per level; 0 = DownBlock2D (no attention). */
  readonly downTransformerDepth: readonly number[];
  /** Transformer depth in the mid block. */
  readonly midTransformerDepth: number;
  /** diffusers `layers_per_block`; up blocks have one more resnet than this. */
  readonly layersPerBlock: number;
  /** Width of the text-encoder hidden states that cross-attention reads. */
  readonly crossAttentionDim: number;
  /** Text tokens (CLIP's fixed 77). */
  readonly textTokens: number;
  /** Attention heads per level (for display; the head split does not change MACs). */
  readonly heads: readonly number[];
  /** true: proj_in/proj_out are Linear (SD 2.x, SDXL); false: 1×1 Conv2d (SD 1.x). */
  readonly linearProjection: boolean;
  /** SDXL's `addition_embed_type: "text_time"`: pooled text + size/crop conditions, 2816 wide. */
  readonly addEmbeddingInputDim: number | null;
}

/** SD 1.5 (https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5/blob/main/unet/config.json). */
export const SD15_UNET: UNetConfig = {
  name: 'SD 1.5 UNet',
  configUrl: 'https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5/blob/main/unet/config.json',
  inChannels: 4,
  outChannels: 4,
  blockOutChannels: [320, 640, 1280, 1280],
  downTransformerDepth: [1, 1, 1, 0],
  midTransformerDepth: 1,
  layersPerBlock: 2,
  crossAttentionDim: 768,
  textTokens: 77,
  // The config's `attention_head_dim: 8` is really the head count (a known diffusers misnomer).
  heads: [8, 8, 8, 8],
  linearProjection: false,
  addEmbeddingInputDim: null,
};

/** SD 2.1, the UNet that SD-Turbo distils (https://huggingface.co/stabilityai/sd-turbo/blob/main/unet/config.json). */
export const SD21_UNET: UNetConfig = {
  name: 'SD 2.1 UNet',
  configUrl: 'https://huggingface.co/stabilityai/sd-turbo/blob/main/unet/config.json',
  inChannels: 4,
  outChannels: 4,
  blockOutChannels: [320, 640, 1280, 1280],
  downTransformerDepth: [1, 1, 1, 0],
  midTransformerDepth: 1,
  layersPerBlock: 2,
  crossAttentionDim: 1024,
  textTokens: 77,
  // `attention_head_dim: [5, 10, 20, 20]` heads of width 64.
  heads: [5, 10, 20, 20],
  linearProjection: true,
  addEmbeddingInputDim: null,
};

/**
 * SDXL base 1.0 (https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/blob/main/unet/config.json):
 * three levels, `transformer_layers_per_block` [1, 2, 10] with a plain DownBlock2D first (so
 * depths [0, 2, 10], SDXL paper §2.1, https://arxiv.org/abs/2307.01952), mid-block depth 10.
 */
export const SDXL_UNET: UNetConfig = {
  name: 'SDXL base UNet',
  configUrl: 'https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/blob/main/unet/config.json',
  inChannels: 4,
  outChannels: 4,
  blockOutChannels: [320, 640, 1280],
  downTransformerDepth: [0, 2, 10],
  midTransformerDepth: 10,
  layersPerBlock: 2,
  crossAttentionDim: 2048,
  textTokens: 77,
  heads: [5, 10, 20],
  linearProjection: true,
  // 1280 pooled OpenCLIP-bigG + 6 size/crop values × 256 Fourier features.
  addEmbeddingInputDim: 2816,
};

/** GroupNorm / LayerNorm affine weight and bias. */
function countNorm(c: LayerCount, channels: number): void {
  countParams(c, 2 * channels);
}

/**
 * ResnetBlock2D: GroupNorm, SiLU, conv 3×3 in → out, per-sample time projection Linear(temb, out)
 * added to every position, GroupNorm, SiLU, conv 3×3 out → out, a 1×1 shortcut conv when in ≠ out,
 * then the residual add and the division by `output_scale_factor`.
 */
function countResnet(c: LayerCount, h: number, w: number, inC: number, outC: number, timeEmbedDim: number): void {
  const inElements = h * w * inC;
  const outElements = h * w * outC;
  countNorm(c, inC);
  countElementwise(c, inElements, 1, 2);
  countElementwise(c, inElements);
  countConv2d(c, h, w, inC, outC, 3);
  countElementwise(c, timeEmbedDim);
  countLinear(c, 1, timeEmbedDim, outC);
  countElementwise(c, outElements);
  countNorm(c, outC);
  countElementwise(c, outElements, 1, 2);
  countElementwise(c, outElements);
  countConv2d(c, h, w, outC, outC, 3);
  if (inC !== outC) countConv2d(c, h, w, inC, outC, 1);
  countElementwise(c, outElements, 1, 2);
  countElementwise(c, outElements);
}

/** Transformer2DModel with `depth` BasicTransformerBlocks at channel width C over h·w tokens. */
function countSpatialTransformer(
  c: LayerCount,
  h: number,
  w: number,
  C: number,
  depth: number,
  config: UNetConfig,
): void {
  const tokens = h * w;
  const text = config.textTokens;
  const elements = tokens * C;
  // GroupNorm, then the channels-last copy into token layout.
  countNorm(c, C);
  countElementwise(c, elements, 1, 2);
  countElementwise(c, elements);
  if (config.linearProjection) countLinear(c, tokens, C, C);
  else countConv2d(c, h, w, C, C, 1);
  for (let i = 0; i < depth; i++) {
    // Self-attention: LayerNorm; q, k, v without bias; output projection with bias; the
    // processor's rescale; the residual add.
    countNorm(c, C);
    countElementwise(c, elements, 1, 2);
    countLinear(c, tokens, C, 3 * C, false);
    countAttentionMatmuls(c, tokens, tokens, C);
    countLinear(c, tokens, C, C);
    countElementwise(c, elements);
    countElementwise(c, elements, 1, 2);
    // Cross-attention: queries from the image, keys and values from the text hidden states.
    countNorm(c, C);
    countElementwise(c, elements, 1, 2);
    countLinear(c, tokens, C, C, false);
    countLinear(c, text, config.crossAttentionDim, 2 * C, false);
    countAttentionMatmuls(c, tokens, text, C);
    countLinear(c, tokens, C, C);
    countElementwise(c, elements);
    countElementwise(c, elements, 1, 2);
    // GEGLU feed-forward: inner width 4C, the first projection doubled for the gate; GELU of the
    // gate, the product, the residual add.
    countNorm(c, C);
    countElementwise(c, elements, 1, 2);
    countLinear(c, tokens, C, 2 * 4 * C);
    countElementwise(c, 4 * elements);
    countElementwise(c, 4 * elements, 1, 2);
    countLinear(c, tokens, 4 * C, C);
    countElementwise(c, elements, 1, 2);
  }
  if (config.linearProjection) countLinear(c, tokens, C, C);
  else countConv2d(c, h, w, C, C, 1);
  // Back to channels-first, then the block's residual add.
  countElementwise(c, elements);
  countElementwise(c, elements, 1, 2);
}

/**
 * One UNet forward pass for one sample on a latentHeight × latentWidth latent. Both sizes must be
 * divisible by 2^(levels − 1) (the caller validates), so every downsampler halves exactly.
 */
export function countUNet(config: UNetConfig, latentHeight: number, latentWidth: number): LayerCount {
  const c = createLayerCount();
  const channels = config.blockOutChannels;
  const levels = channels.length;
  const timeEmbedDim = 4 * channels[0];
  let h = latentHeight;
  let w = latentWidth;

  // Time embedding 320 → 1280 → 1280 (and SDXL's add embedding 2816 → 1280 → 1280), per sample.
  countLinear(c, 1, channels[0], timeEmbedDim);
  countLinear(c, 1, timeEmbedDim, timeEmbedDim);
  if (config.addEmbeddingInputDim !== null) {
    countLinear(c, 1, config.addEmbeddingInputDim, timeEmbedDim);
    countLinear(c, 1, timeEmbedDim, timeEmbedDim);
  }

  countConv2d(c, h, w, config.inChannels, channels[0], 3);
  // Channel counts of the activations saved for the skip connections, in order of creation.
  const skipChannels: number[] = [channels[0]];
  let current = channels[0];
  for (let level = 0; level < levels; level++) {
    const outC = channels[level];
    for (let i = 0; i < config.layersPerBlock; i++) {
      countResnet(c, h, w, current, outC, timeEmbedDim);
      current = outC;
      const depth = config.downTransformerDepth[level];
      if (depth > 0) countSpatialTransformer(c, h, w, outC, depth, config);
      skipChannels.push(outC);
    }
    if (level < levels - 1) {
      h /= 2;
      w /= 2;
      countConv2d(c, h, w, outC, outC, 3);
      skipChannels.push(outC);
    }
  }

  const bottom = channels[levels - 1];
  countResnet(c, h, w, bottom, bottom, timeEmbedDim);
  countSpatialTransformer(c, h, w, bottom, config.midTransformerDepth, config);
  countResnet(c, h, w, bottom, bottom, timeEmbedDim);

  for (let level = levels - 1; level >= 0; level--) {
    const outC = channels[level];
    for (let i = 0; i < config.layersPerBlock + 1; i++) {
      const skip = skipChannels.pop() as number;
      countElementwise(c, h * w * (current + skip));
      countResnet(c, h, w, current + skip, outC, timeEmbedDim);
      current = outC;
      const depth = config.downTransformerDepth[level];
      if (depth > 0) countSpatialTransformer(c, h, w, outC, depth, config);
    }
    if (level > 0) {
      h *= 2;
      w *= 2;
      countElementwise(c, h * w * outC);
      countConv2d(c, h, w, outC, outC, 3);
    }
  }

  countNorm(c, channels[0]);
  countElementwise(c, h * w * channels[0], 1, 2);
  countElementwise(c, h * w * channels[0]);
  countConv2d(c, h, w, channels[0], config.outChannels, 3);
  return c;
}

/** The latent-size multiple the UNet needs: one halving per downsampler. */
export function unetLatentMultiple(config: UNetConfig): number {
  return 2 ** (config.blockOutChannels.length - 1);
}
