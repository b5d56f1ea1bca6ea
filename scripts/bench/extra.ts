/** Benchmarks of the diffusion sampler and the cost model, appended to `npm run bench`. */
import { benchCost } from './cost.ts';
import { benchDiffusion } from './diffusion.ts';

export async function extraBenchmarks(runs: number): Promise<{ lines: string[]; json: Record<string, unknown> }> {
  const parts = [await benchDiffusion(runs), await benchCost(runs)];
  return { lines: parts.flatMap((p) => p.lines), json: Object.assign({}, ...parts.map((p) => p.json)) };
}
