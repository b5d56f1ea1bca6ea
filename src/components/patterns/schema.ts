/** The pattern explorer's settings: URL keys `patterns.*`, their ranges and defaults. */
import { MAX_SIGMA } from '../../lib/index.ts';
import type { Schema } from '../demo/params.ts';

export const PATTERNS_ID = 'patterns';

export const PATTERN_LABELS: Record<string, string> = {
  random: 'Random noise',
  smooth: 'Smooth noise',
  gradient: 'Gradient',
  checkerboard: 'Checkerboard',
};

export const patternsSchema = {
  pattern: { type: 'enum', values: ['random', 'smooth', 'gradient', 'checkerboard'], default: 'random' },
  size: { type: 'choice', values: [16, 32, 64, 128, 256, 512, 1024], default: 256 },
  channels: { type: 'choice', values: [1, 3, 4], default: 3 },
  seed: { type: 'int', min: 0, max: 4294967295, default: 1 },
  sigma: { type: 'number', min: 0, max: MAX_SIGMA, step: 0.5, default: 4 },
  angle: { type: 'int', min: -180, max: 180, default: 45 },
  kind: { type: 'enum', values: ['linear', 'radial'], default: 'linear' },
  cell: { type: 'int', min: 1, max: 256, default: 32 },
} as const satisfies Schema;
