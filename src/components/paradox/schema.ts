/** The paradox scale's settings: URL keys `paradox.*`. Default: SDXL, 20 steps with guidance
 * (the MLPerf setting), 1024², on an H100 SXM in plain PyTorch + diffusers. */
import { HARDWARE_IDS, SOFTWARE_STACKS, TEXT_TO_IMAGE_IDS } from '../../lib/index.ts';
import type { Schema } from '../demo/params.ts';

export const PARADOX_ID = 'paradox';

export const paradoxSchema = {
  model: { type: 'enum', values: TEXT_TO_IMAGE_IDS, default: 'sdxl' },
  res: { type: 'choice', values: [512, 1024], default: 1024 },
  steps: { type: 'int', min: 1, max: 100, default: 20 },
  guidance: { type: 'enum', values: ['on', 'off'], default: 'on' },
  hw: { type: 'enum', values: [...HARDWARE_IDS, 'your-device'], default: 'h100-sxm' },
  software: { type: 'enum', values: SOFTWARE_STACKS, default: 'eager' },
} as const satisfies Schema;
