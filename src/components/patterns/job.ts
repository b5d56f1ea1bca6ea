/** The worker request for the explorer's settings: the shape and only the chosen pattern's options. */
import type { GradientKind } from '../../lib/index.ts';
import type { PatternJob } from '../../workers/patterns-protocol.ts';
import type { Values } from '../demo/params.ts';
import type { patternsSchema } from './schema.ts';

export function patternJob(v: Values<typeof patternsSchema>): PatternJob {
  const shape = { width: v.size, height: v.size, channels: v.channels };
  switch (v.pattern) {
    case 'random':
      return { ...shape, pattern: 'random', seed: v.seed };
    case 'smooth':
      return { ...shape, pattern: 'smooth', seed: v.seed, sigma: v.sigma };
    case 'gradient':
      return { ...shape, pattern: 'gradient', angle: v.angle, kind: v.kind as GradientKind };
    case 'checkerboard':
      return { ...shape, pattern: 'checkerboard', cell: v.cell };
    default:
      throw new RangeError(`pattern must be random, smooth, gradient or checkerboard; got ${v.pattern}`);
  }
}
