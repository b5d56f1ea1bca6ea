/**
 * Cost counter for the Stable Diffusion VAE decoder (diffusers `AutoencoderKL` → `Decoder`),
 * the one pass that turns the final latent into pixels. The decoder runs once per image.
 *
 * Layout (block_out_channels [128, 256, 512, 512], layers_per_block 2): optional 1×1
 * post_quant_conv; conv_in 3×3 latent → 512; mid block = resnet, single-head self-attention over
 * every latent position, resnet (all 512 wide, at the latent resolution); four up blocks with the
 * channels reversed (512, 512, 256, 128), each with layers_per_block + 1 = 3 resnets and, except
 * the last, a nearest ×2 upsample followed by a 3×3 conv; GroupNorm, conv_out 3×3 128 → 3.
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

export interface VaeConfig {
  readonly id: VaeId;
  readonly name: string;
  readonly configUrl: string;
  readonly latentChannels: number;
  readonly blockOutChannels: readonly number[];
  readonly layersPerBlock: number;
  readonly outChannels: number;
  /** SD 1.x/2.x/SDXL VAEs have a 1×1 post_quant_conv; the SD3 and FLUX VAEs do not. */
  readonly postQuantConv: boolean;
  readonly note: string;
}

export const VAE_IDS = ['sd-vae', 'sd3-vae', 'flux-vae'] as const;
export type VaeId = (typeof VAE_IDS)[number];

export const VAE_CONFIGS: Readonly<Record<VaeId, VaeConfig>> = {
  'sd-vae': {
    id: 'sd-vae',
    name: 'SD VAE decoder (4-channel)',
    configUrl: 'https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5/blob/main/vae/config.json',
    latentChannels: 4,
    blockOutChannels: [128, 256, 512, 512],
    layersPerBlock: 2,
    outChannels: 3,
    postQuantConv: true,
    note:
      'Used by SD 1.5, SD 2.1 / SD-Turbo, DiT (ft-MSE weights) and SDXL / SDXL-Turbo: SDXL retrained the ' +
      'weights (https://huggingface.co/stabilityai/sdxl-vae) but kept this architecture.',
  },
  'sd3-vae': {
    id: 'sd3-vae',
    name: 'SD3 VAE decoder (16-channel)',
    configUrl: 'https://huggingface.co/stabilityai/stable-diffusion-3-medium-diffusers/blob/main/vae/config.json',
    latentChannels: 16,
    blockOutChannels: [128, 256, 512, 512],
    layersPerBlock: 2,
    outChannels: 3,
    postQuantConv: false,
    note: 'Treated as the SD decoder with a 16-channel conv_in and no post_quant_conv.',
  },
  'flux-vae': {
    id: 'flux-vae',
    name: 'FLUX.1 VAE decoder (16-channel)',
    configUrl: 'https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/vae/config.json',
    latentChannels: 16,
    blockOutChannels: [128, 256, 512, 512],
    layersPerBlock: 2,
    outChannels: 3,
    postQuantConv: false,
    note: 'Treated as the SD decoder with a 16-channel conv_in and no post_quant_conv.',
  },
};

/** The 8× spatial downsampling of every VAE here: 2^(levels − 1) with four levels. */
export const VAE_DOWNSAMPLE = 8;

function countNorm(c: LayerCount, channels: number): void {
  countParams(c, 2 * channels);
}

/**
 * ResnetBlock2D without a time embedding (`temb_channels=None` in the VAE): GroupNorm, SiLU, conv,
 * GroupNorm, SiLU, conv, an optional 1×1 shortcut, the residual add and the output scaling.
 */
function countResnet(c: LayerCount, h: number, w: number, inC: number, outC: number): void {
  countNorm(c, inC);
  countElementwise(c, h * w * inC, 1, 2);
  countElementwise(c, h * w * inC);
  countConv2d(c, h, w, inC, outC, 3);
  countNorm(c, outC);
  countElementwise(c, h * w * outC, 1, 2);
  countElementwise(c, h * w * outC);
  countConv2d(c, h, w, outC, outC, 3);
  if (inC !== outC) countConv2d(c, h, w, inC, outC, 1);
  countElementwise(c, h * w * outC, 1, 2);
  countElementwise(c, h * w * outC);
}

/**
 * One decode of a latentHeight × latentWidth latent into an (8·latentHeight) × (8·latentWidth)
 * RGB image. The mid-block attention is quadratic in latent positions (16,384 at 1024²), which is
 * why the decoder's cost grows faster than the pixel count.
 */
export function countVaeDecoder(config: VaeConfig, latentHeight: number, latentWidth: number): LayerCount {
  const c = createLayerCount();
  const reversed = [...config.blockOutChannels].reverse();
  let h = latentHeight;
  let w = latentWidth;
  if (config.postQuantConv) countConv2d(c, h, w, config.latentChannels, config.latentChannels, 1);
  countConv2d(c, h, w, config.latentChannels, reversed[0], 3);

  const mid = reversed[0];
  const tokens = h * w;
  countResnet(c, h, w, mid, mid);
  countNorm(c, mid);
  countElementwise(c, tokens * mid, 1, 2);
  countElementwise(c, tokens * mid);
  countLinear(c, tokens, mid, 3 * mid);
  countAttentionMatmuls(c, tokens, tokens, mid);
  countLinear(c, tokens, mid, mid);
  countElementwise(c, tokens * mid);
  countElementwise(c, tokens * mid, 1, 2);
  countResnet(c, h, w, mid, mid);

  let current = mid;
  for (let i = 0; i < reversed.length; i++) {
    const outC = reversed[i];
    for (let j = 0; j < config.layersPerBlock + 1; j++) {
      countResnet(c, h, w, current, outC);
      current = outC;
    }
    if (i < reversed.length - 1) {
      h *= 2;
      w *= 2;
      // Nearest-neighbour ×2 upsampling writes a 4× larger map, then a 3×3 conv.
      countElementwise(c, h * w * outC);
      countConv2d(c, h, w, outC, outC, 3);
    }
  }
  countNorm(c, current);
  countElementwise(c, h * w * current, 1, 2);
  countElementwise(c, h * w * current);
  countConv2d(c, h, w, current, config.outChannels, 3);
  return c;
}
