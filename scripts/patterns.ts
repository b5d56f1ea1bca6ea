/** The four reference patterns written by `npm run demos`, shared with the snapshot tests. */
import type { PatternResult } from '../src/lib/index.ts';
import { checkerboard, gradient, randomNoise, smoothNoise } from '../src/lib/index.ts';

export interface PatternJob {
  file: string;
  run: () => PatternResult;
}

export function patternJobs(size: number, seed: number): PatternJob[] {
  const shape = { width: size, height: size, channels: 3 as const };
  return [
    { file: '01_random_noise.png', run: () => randomNoise({ ...shape, seed }) },
    { file: '02_smooth_noise.png', run: () => smoothNoise({ ...shape, seed, sigma: 8 }) },
    { file: '03_gradient.png', run: () => gradient({ ...shape }) },
    { file: '04_checkerboard.png', run: () => checkerboard({ ...shape }) },
  ];
}
