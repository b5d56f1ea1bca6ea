/**
 * Cost counters for the text encoders, which run once per image (not once per step): CLIP-style
 * pre-LN transformers (CLIP ViT-L/14 text, OpenCLIP ViT-H and ViT-bigG text) and the T5 v1.1
 * XXL encoder. Token counts are what the pipelines actually feed: CLIP always pads to 77, and
 * diffusers pads T5 prompts to `max_sequence_length`, so the padded length is the cost.
 */

import type { LayerCount } from './layer-count.ts';
import { countAttentionMatmuls, countElementwise, countLinear, countParams, createLayerCount } from './layer-count.ts';

export const TEXT_ENCODER_IDS = ['clip-l', 'openclip-h', 'openclip-bigg', 't5-xxl'] as const;
export type TextEncoderId = (typeof TEXT_ENCODER_IDS)[number];

export interface TextEncoderConfig {
  readonly id: TextEncoderId;
  readonly name: string;
  readonly configUrl: string;
  readonly layers: number;
  readonly width: number;
  /** Total width of q/k/v (heads × head dim). */
  readonly attentionWidth: number;
  readonly feedForwardWidth: number;
  /** T5 v1.1 uses a gated-GELU feed-forward: two input projections (wi_0, wi_1) instead of one. */
  readonly gatedFeedForward: boolean;
  /** CLIP layers carry biases and LayerNorm affines; T5 has no biases and an RMSNorm weight. */
  readonly biases: boolean;
  readonly vocabulary: number;
  /** Learned absolute positions (CLIP: 77); T5 uses relative-position buckets (32 × heads, layer 0 only). */
  readonly positionParams: number;
  /** Output projection to the pooled embedding (CLIPTextModelWithProjection), applied to one token. */
  readonly pooledProjection: number;
}

export const TEXT_ENCODERS: Readonly<Record<TextEncoderId, TextEncoderConfig>> = {
  'clip-l': {
    id: 'clip-l',
    name: 'CLIP ViT-L/14 text encoder',
    configUrl: 'https://huggingface.co/openai/clip-vit-large-patch14/blob/main/config.json',
    layers: 12,
    width: 768,
    attentionWidth: 768,
    feedForwardWidth: 3072,
    gatedFeedForward: false,
    biases: true,
    vocabulary: 49408,
    positionParams: 77 * 768,
    pooledProjection: 0,
  },
  'openclip-h': {
    id: 'openclip-h',
    name: 'OpenCLIP ViT-H/14 text encoder (23 of 24 layers)',
    // SD 2.x takes the penultimate layer's output, so diffusers ships 23 layers.
    configUrl: 'https://huggingface.co/stabilityai/sd-turbo/blob/main/text_encoder/config.json',
    layers: 23,
    width: 1024,
    attentionWidth: 1024,
    feedForwardWidth: 4096,
    gatedFeedForward: false,
    biases: true,
    vocabulary: 49408,
    positionParams: 77 * 1024,
    pooledProjection: 0,
  },
  'openclip-bigg': {
    id: 'openclip-bigg',
    name: 'OpenCLIP ViT-bigG/14 text encoder',
    configUrl: 'https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/blob/main/text_encoder_2/config.json',
    layers: 32,
    width: 1280,
    attentionWidth: 1280,
    feedForwardWidth: 5120,
    gatedFeedForward: false,
    biases: true,
    vocabulary: 49408,
    positionParams: 77 * 1280,
    pooledProjection: 1280,
  },
  't5-xxl': {
    id: 't5-xxl',
    name: 'T5 v1.1 XXL encoder',
    configUrl: 'https://huggingface.co/google/t5-v1_1-xxl/blob/main/config.json',
    layers: 24,
    width: 4096,
    attentionWidth: 64 * 64,
    feedForwardWidth: 10240,
    gatedFeedForward: true,
    biases: false,
    vocabulary: 32128,
    positionParams: 32 * 64,
    pooledProjection: 0,
  },
};

/** One encoder pass over `tokens` tokens. */
export function countTextEncoder(config: TextEncoderConfig, tokens: number): LayerCount {
  const c = createLayerCount();
  const d = config.width;
  const a = config.attentionWidth;
  const ff = config.feedForwardWidth;
  const bias = config.biases;
  const normParams = bias ? 2 * d : d;
  countParams(c, config.vocabulary * d + config.positionParams);
  for (let layer = 0; layer < config.layers; layer++) {
    countParams(c, 2 * normParams);
    // Pre-norm attention: norm, q/k/v, attention, output projection, residual add.
    countElementwise(c, tokens * d, 1, 2);
    countLinear(c, tokens, d, 3 * a, bias);
    countAttentionMatmuls(c, tokens, tokens, a);
    countLinear(c, tokens, a, d, bias);
    countElementwise(c, tokens * d, 1, 2);
    // Pre-norm feed-forward: norm, projection in, activation (and gate product), out, residual add.
    countElementwise(c, tokens * d, 1, 2);
    countLinear(c, tokens, d, config.gatedFeedForward ? 2 * ff : ff, bias);
    countElementwise(c, tokens * ff, config.gatedFeedForward ? 2 : 1);
    countLinear(c, tokens, ff, d, bias);
    countElementwise(c, tokens * d, 1, 2);
  }
  countParams(c, normParams);
  if (config.pooledProjection > 0) countLinear(c, 1, d, config.pooledProjection, false);
  return c;
}
