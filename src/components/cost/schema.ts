/**
 * Settings of the two cost demos: URL keys `cost-chart.*` and `calculator.*`, their ranges and
 * defaults. The defaults are SDXL's pipeline defaults (1024², 50 steps, guidance on) on the
 * H100 SXM in plain PyTorch + diffusers ('eager'), at its fitted kernel efficiency.
 */
import { DEVICE_PROFILE_ID } from '../../lib/device/index.ts';
import {
  DTYPES,
  getHardware,
  HARDWARE_IDS,
  MAX_IMAGE_SIDE,
  MAX_STEPS,
  MODEL_IDS,
  SOFTWARE_STACKS,
} from '../../lib/index.ts';
import type { Schema } from '../demo/params.ts';

export const CHART_ID = 'cost-chart';
export const CALCULATOR_ID = 'calculator';

/** Square sides the chart offers; all are multiples of 64 px, the largest multiple any model needs. */
export const CHART_RESOLUTIONS = [256, 512, 768, 1024, 1536, 2048] as const;

/** Hardware shown on the chart by default: the H100 SXM (bit 0) and the RTX 4090 (bit 2). */
export const DEFAULT_CHART_HARDWARE = ['h100-sxm', 'rtx-4090'] as const;

/**
 * The chart's hardware selection travels in the URL as one integer: bit i set means
 * HARDWARE_IDS[i] is shown (h100-sxm = 1, h100-pcie = 2, rtx-4090 = 4, a100-sxm = 8, l4 = 16,
 * rtx-3060 = 32, laptop-cpu = 64; your-device = 128, see DEVICE_HARDWARE_BIT). At least one bit is set.
 */
export function hardwareMask(ids: readonly string[]): number {
  let mask = 0;
  for (const id of ids) {
    const i = (HARDWARE_IDS as readonly string[]).indexOf(id);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

/** The hardware ids a mask selects, in HARDWARE_IDS order. */
export function hardwareFromMask(mask: number): string[] {
  return HARDWARE_IDS.filter((_, i) => (mask & (1 << i)) !== 0);
}

/** Every built-in profile's bit. */
export const MAX_HARDWARE_MASK = (1 << HARDWARE_IDS.length) - 1;

/**
 * The bit after the built-ins (128) selects the reader's measured `your-device` profile. It is
 * valid in a URL whether or not a measurement is stored; without one the chart drops it with a
 * notice.
 */
export const DEVICE_HARDWARE_BIT = 1 << HARDWARE_IDS.length;

/** Whether a chart mask selects `your-device`. */
export function maskHasDevice(mask: number): boolean {
  return (mask & DEVICE_HARDWARE_BIT) !== 0;
}

/** The calculator's hardware choices: the built-ins, then the measured `your-device`. */
export const CALCULATOR_HARDWARE = [...HARDWARE_IDS, DEVICE_PROFILE_ID] as const;
/** The hardware the cost demos fall back to (with a notice) when `your-device` is not stored. */
export const DEFAULT_HARDWARE = 'h100-sxm';

export const chartSchema = {
  model: { type: 'enum', values: MODEL_IDS, default: 'sdxl' },
  res: { type: 'choice', values: CHART_RESOLUTIONS, default: 1024 },
  guidance: { type: 'enum', values: ['on', 'off'], default: 'on' },
  software: { type: 'enum', values: SOFTWARE_STACKS, default: 'eager' },
  hw: {
    type: 'int',
    min: 1,
    max: MAX_HARDWARE_MASK | DEVICE_HARDWARE_BIT,
    default: hardwareMask(DEFAULT_CHART_HARDWARE),
  },
  metric: { type: 'enum', values: ['seconds', 'joules', 'flops'], default: 'seconds' },
  scale: { type: 'enum', values: ['linear', 'log'], default: 'linear' },
} as const satisfies Schema;

export const calculatorSchema = {
  model: { type: 'enum', values: MODEL_IDS, default: 'sdxl' },
  width: { type: 'int', min: 16, max: MAX_IMAGE_SIDE, default: 1024 },
  height: { type: 'int', min: 16, max: MAX_IMAGE_SIDE, default: 1024 },
  steps: { type: 'int', min: 1, max: MAX_STEPS, default: 50 },
  guidance: { type: 'enum', values: ['on', 'off'], default: 'on' },
  hw: { type: 'enum', values: CALCULATOR_HARDWARE, default: DEFAULT_HARDWARE },
  dtype: { type: 'enum', values: DTYPES, default: 'fp16' },
  software: { type: 'enum', values: SOFTWARE_STACKS, default: 'eager' },
  /** η in percent of the dense peak, 1 … 100; default: the H100 SXM's fitted efficiency. */
  util: { type: 'int', min: 1, max: 100, default: Math.round(getHardware('h100-sxm').defaultUtilisation * 100) },
} as const satisfies Schema;

/** 'on' when the model's pipeline uses guidance by default (FLUX.1-schnell and the Turbo models do not). */
export function defaultGuidance(model: { guidanceMode: string; defaultGuidanceScale: number }): 'on' | 'off' {
  return model.guidanceMode !== 'none' && model.defaultGuidanceScale > 1 ? 'on' : 'off';
}

/** A readable line on what the guidance switch does for this model. */
export function guidanceNote(model: { name: string; guidanceMode: string; defaultGuidanceScale: number }): string {
  switch (model.guidanceMode) {
    case 'none':
      return `${model.name} takes no guidance, so the switch does not change its cost: one denoiser pass per step.`;
    case 'embedded':
      return `${model.name} takes its guidance value as an input (it is guidance-distilled), so it runs one pass per step either way.`;
    default:
      return model.defaultGuidanceScale > 1
        ? `Classifier-free guidance runs the denoiser twice per step (with and without the prompt) as a batch of 2.`
        : `${model.name} was trained without guidance (pipeline default scale ${model.defaultGuidanceScale}); switching it on doubles the batch, as diffusers would, but is not recommended.`;
  }
}
