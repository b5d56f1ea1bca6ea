/**
 * Data for the "compute per image by method" chart on /efficient-methods/: one whole-image
 * setting per row (model, size, steps, guidance), each costed by the engine's `imageCost`.
 * Pure; runs at build time in the Astro component and in the tests.
 */
import type { ImageCost, ImageCostOptions } from '../../lib/index.ts';
import { imageCost } from '../../lib/index.ts';

/** 'many-step': a pipeline's usual sampler; 'few-step': a distilled 1–4-step setting. */
export type MethodKind = 'many-step' | 'few-step';

export interface MethodSetting {
  /** Stable id, used for `data-method` in the chart and table. */
  readonly id: string;
  /** Short label: model and sampler. */
  readonly label: string;
  readonly kind: MethodKind;
  /** What the row assumes, in words (shown in the table). */
  readonly assumes: string;
  /** Passed to `imageCost` as it is. */
  readonly setting: Readonly<ImageCostOptions> & { readonly width: number; readonly height: number };
}

/** The reference row that ratios are taken against: SDXL-Turbo, one step, 512², no guidance. */
export const REFERENCE_METHOD = 'sdxl-turbo-1';

/**
 * The settings compared. Sizes are explicit so that every comparison states its resolution;
 * steps and guidance are the diffusers pipeline defaults (commit 58eb52c,
 * https://github.com/huggingface/diffusers/tree/58eb52c/src/diffusers/pipelines) unless the label says otherwise.
 */
export const METHOD_SETTINGS: readonly MethodSetting[] = [
  {
    id: 'sd15-50',
    label: 'SD 1.5, 50 steps + CFG',
    kind: 'many-step',
    assumes: 'StableDiffusionPipeline defaults: guidance 7.5, two passes per step',
    setting: { model: 'sd15', width: 512, height: 512, steps: 50, guidance: true },
  },
  {
    id: 'sdxl-50',
    label: 'SDXL, 50 steps + CFG',
    kind: 'many-step',
    assumes: 'StableDiffusionXLPipeline defaults: guidance 5.0, two passes per step',
    setting: { model: 'sdxl', width: 1024, height: 1024, steps: 50, guidance: true },
  },
  {
    id: 'sdxl-20',
    label: 'SDXL, 20 steps + CFG',
    kind: 'many-step',
    assumes: 'the MLPerf setting (guidance 8)',
    setting: { model: 'sdxl', width: 1024, height: 1024, steps: 20, guidance: true },
  },
  {
    id: 'sdxl-512-50',
    label: 'SDXL, 50 steps + CFG',
    kind: 'many-step',
    assumes: 'SDXL run at SDXL-Turbo’s 512², for a same-size comparison',
    setting: { model: 'sdxl', width: 512, height: 512, steps: 50, guidance: true },
  },
  {
    id: 'sdxl-512-20',
    label: 'SDXL, 20 steps + CFG',
    kind: 'many-step',
    assumes: 'SDXL run at SDXL-Turbo’s 512², for a same-size comparison',
    setting: { model: 'sdxl', width: 512, height: 512, steps: 20, guidance: true },
  },
  {
    id: 'lcm-sdxl-4',
    label: 'LCM-style SDXL, 4 steps',
    kind: 'few-step',
    assumes: 'the SDXL UNet, 4 passes, guidance embedded (no doubled batch), LoRA merged',
    setting: { model: 'sdxl', width: 1024, height: 1024, steps: 4, guidance: false },
  },
  {
    id: 'sdxl-turbo-4',
    label: 'SDXL-Turbo, 4 steps',
    kind: 'few-step',
    assumes: 'guidance_scale 0, one pass per step',
    setting: { model: 'sdxl-turbo', width: 512, height: 512, steps: 4, guidance: false },
  },
  {
    id: REFERENCE_METHOD,
    label: 'SDXL-Turbo, 1 step',
    kind: 'few-step',
    assumes: 'guidance_scale 0, one pass',
    setting: { model: 'sdxl-turbo', width: 512, height: 512, steps: 1, guidance: false },
  },
  {
    id: 'sd-turbo-1',
    label: 'SD-Turbo, 1 step',
    kind: 'few-step',
    assumes: 'guidance_scale 0, one pass',
    setting: { model: 'sd-turbo', width: 512, height: 512, steps: 1, guidance: false },
  },
  {
    id: 'flux-dev-28',
    label: 'FLUX.1 [dev], 28 steps',
    kind: 'many-step',
    assumes: 'FluxPipeline default; guidance embedded, one pass per step',
    setting: { model: 'flux-dev', width: 1024, height: 1024, steps: 28 },
  },
  {
    id: 'flux-schnell-4',
    label: 'FLUX.1 [schnell], 4 steps',
    kind: 'few-step',
    assumes: 'no guidance, one pass per step',
    setting: { model: 'flux-schnell', width: 1024, height: 1024, steps: 4 },
  },
  {
    id: 'sd3-medium-28',
    label: 'SD3 Medium, 28 steps + CFG',
    kind: 'many-step',
    assumes: 'StableDiffusion3Pipeline defaults: guidance 7.0, two passes per step',
    setting: { model: 'sd3-medium', width: 1024, height: 1024, steps: 28, guidance: true },
  },
  {
    id: 'pixart-20',
    label: 'PixArt-α, 20 steps + CFG',
    kind: 'many-step',
    assumes: 'PixArtAlphaPipeline defaults: guidance 4.5, two passes per step',
    setting: { model: 'pixart-alpha', width: 1024, height: 1024, steps: 20, guidance: true },
  },
];

export interface MethodComputeRow {
  readonly method: MethodSetting;
  readonly cost: ImageCost;
  /** FLOPs per image, exactly `imageCost(method.setting).flops`. */
  readonly flops: number;
  /** The VAE decode's share of the image's FLOPs, in [0, 1]. */
  readonly vaeShare: number;
  /** flops ÷ the reference row's flops (SDXL-Turbo, 1 step, 512²). */
  readonly timesReference: number;
}

/**
 * Costs every setting with `imageCost` and sorts the rows by FLOPs per image, largest first.
 * `settings` must contain the reference row (`REFERENCE_METHOD`).
 */
export function computeByMethod(settings: readonly MethodSetting[] = METHOD_SETTINGS): MethodComputeRow[] {
  const reference = settings.find((s) => s.id === REFERENCE_METHOD);
  if (reference === undefined) throw new RangeError(`settings must include the reference row "${REFERENCE_METHOD}"`);
  const referenceFlops = imageCost(reference.setting).flops;
  return settings
    .map((method) => {
      const cost = imageCost(method.setting);
      return {
        method,
        cost,
        flops: cost.flops,
        vaeShare: cost.breakdown.vae.flops / cost.flops,
        timesReference: cost.flops / referenceFlops,
      };
    })
    .sort((a, b) => b.flops - a.flops);
}

/** A ratio as the site's ratio components print it: 38.3 → "38×", 2.13 → "2.1×", 0.797 → "0.80×". */
export function formatTimes(ratio: number): string {
  if (!(Number.isFinite(ratio) && ratio > 0)) throw new RangeError(`ratio must be finite and > 0; got ${ratio}`);
  return `${ratio >= 10 ? Math.round(ratio) : ratio.toPrecision(2)}×`;
}

/** "512²" for a square image, "768 × 512" otherwise. */
export function formatSize(width: number, height: number): string {
  return width === height ? `${width}²` : `${width} × ${height}`;
}
