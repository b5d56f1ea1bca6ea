/**
 * Engine-computed numbers for the prose of /efficient-methods/ and /try-it/ that the shared
 * components in ../cost do not cover. Each returns display text; MethodsNum.astro renders it.
 */
import { formatParams, formatSI, forwardCost, imageCost } from '../../lib/index.ts';
import { formatTimes } from './compute-by-method.ts';
import type { TryItModel } from './try-it.ts';
import { TRY_IT_MODELS, weightFootprint } from './try-it.ts';

export const METHODS_QUANTITIES = [
  'weights',
  'params-total',
  'params-text',
  'sd-vae-256-macs',
  'vit-b-256-macs',
  'sd-vae-over-vit-b',
] as const;
export type MethodsQuantity = (typeof METHODS_QUANTITIES)[number];

/**
 * The RAE comparison (https://rae-dit.github.io/: its ViT-B decoder "outperforms SD-VAE while
 * being 14× more efficient in GFLOPs"; Zheng et al., arXiv 2510.11690): the SD-VAE decoder at 256² against a ViT-B-sized
 * transformer over 256 tokens. DiT-B/2 at 256² has exactly that shape (12 layers, width 768,
 * (32/2)² = 256 tokens), so its per-call MACs stand in for RAE's ViT-B decoder.
 */
export function vaeVersusVitB(): { sdVaeMacs: number; vitBMacs: number; ratio: number } {
  const sdVaeMacs = imageCost({ model: 'dit-b-2', width: 256, height: 256 }).breakdown.vae.macs;
  const vitBMacs = forwardCost({ model: 'dit-b-2', width: 256, height: 256 }).macs;
  return { sdVaeMacs, vitBMacs, ratio: sdVaeMacs / vitBMacs };
}

function tryItModel(model: string | undefined): TryItModel {
  if (!(TRY_IT_MODELS as readonly string[]).includes(model ?? '')) {
    throw new RangeError(`model must be one of ${TRY_IT_MODELS.join(', ')}; got "${String(model)}"`);
  }
  return model as TryItModel;
}

export function methodsNumber(o: { show: MethodsQuantity; model?: string }): string {
  switch (o.show) {
    case 'weights':
      return formatSI(weightFootprint(tryItModel(o.model)).bytes, { unit: 'B' });
    case 'params-total':
      return formatParams(weightFootprint(tryItModel(o.model)).params.total);
    case 'params-text':
      return formatParams(weightFootprint(tryItModel(o.model)).params.textEncoders);
    case 'sd-vae-256-macs':
      return formatSI(vaeVersusVitB().sdVaeMacs, { unit: 'MAC' });
    case 'vit-b-256-macs':
      return formatSI(vaeVersusVitB().vitBMacs, { unit: 'MAC' });
    case 'sd-vae-over-vit-b':
      return formatTimes(vaeVersusVitB().ratio);
    default:
      throw new RangeError(`show must be one of ${METHODS_QUANTITIES.join(', ')}; got "${String(o.show)}"`);
  }
}
