/**
 * Numbers for /try-it/: the engine's predicted time for one 512², 1-step image from SDXL-Turbo
 * and SD-Turbo on a few GPUs (`imageEstimate` at each profile's defaults), the measured data
 * points that exist for the same settings (`realityChecks`), and the fp16 weight footprint.
 * Pure; runs at build time and in the tests.
 */
import type { Dtype, ImageEstimate, ImageEstimateOptions, RealityCheck } from '../../lib/index.ts';
import { BYTES_PER_ELEMENT, imageCost, imageEstimate, realityChecks } from '../../lib/index.ts';

/** The two models of the page, in the settings their model cards recommend. */
export const TRY_IT_MODELS = ['sdxl-turbo', 'sd-turbo'] as const;
export type TryItModel = (typeof TRY_IT_MODELS)[number];

/** Consumer cards first, then the data-centre cards; the A100 is here for its measured point. */
export const TRY_IT_HARDWARE = ['rtx-3060', 'rtx-4090', 'h100-sxm', 'a100-sxm'] as const;

/** One image: 512 × 512, one step, guidance off (guidance_scale=0.0). */
export function tryItSetting(model: TryItModel): Omit<ImageEstimateOptions, 'hardware'> {
  return { model, width: 512, height: 512, steps: 1, guidance: false };
}

export interface TryItRow {
  hardware: string;
  /** `imageEstimate` at the profile's default dtype, plain PyTorch + diffusers (eager), per model. */
  estimates: Record<TryItModel, ImageEstimate>;
  /** The same, compiled (torch.compile with CUDA graphs), per model. */
  compiled: Record<TryItModel, ImageEstimate>;
  /** Measured end-to-end points for the same model, setting and hardware, per model. */
  measured: Partial<Record<TryItModel, RealityCheck>>;
}

/** Whole-image reality checks (not the UNet-only one) that match a row's model and setting. */
function matchingChecks(hardware: string, model: TryItModel, checks: RealityCheck[]): RealityCheck | undefined {
  return checks.find(
    (c) =>
      c.quantity === 'seconds' &&
      c.hardware === hardware &&
      c.setting.model === model &&
      c.setting.width === 512 &&
      c.setting.height === 512 &&
      c.setting.steps === 1 &&
      !c.setting.cfg &&
      !c.id.includes('unet'),
  );
}

export function tryItPredictions(hardwareIds: readonly string[] = TRY_IT_HARDWARE): TryItRow[] {
  const checks = realityChecks();
  return hardwareIds.map((hardware) => {
    const estimates = {} as Record<TryItModel, ImageEstimate>;
    const compiled = {} as Record<TryItModel, ImageEstimate>;
    const measured: Partial<Record<TryItModel, RealityCheck>> = {};
    for (const model of TRY_IT_MODELS) {
      estimates[model] = imageEstimate({ ...tryItSetting(model), hardware });
      compiled[model] = imageEstimate({ ...tryItSetting(model), hardware, software: 'compiled' });
      const check = matchingChecks(hardware, model, checks);
      if (check) measured[model] = check;
    }
    return { hardware, estimates, compiled, measured };
  });
}

export interface WeightFootprint {
  /** Parameters of the text encoders, the denoiser and the VAE decoder. */
  params: { textEncoders: number; denoiser: number; vaeDecoder: number; total: number };
  /** total × bytes per parameter for `dtype`. */
  bytes: number;
}

/**
 * The weights a pipeline must hold in GPU memory: the engine's parameter counts × the dtype's
 * size. The VAE encoder is not counted (text-to-image never runs it) and activations come on top.
 */
export function weightFootprint(model: TryItModel, dtype: Dtype = 'fp16'): WeightFootprint {
  const p = imageCost(tryItSetting(model)).params;
  const total = p.textEncoders + p.denoiser + p.vaeDecoder;
  return { params: { ...p, total }, bytes: total * BYTES_PER_ELEMENT[dtype] };
}
