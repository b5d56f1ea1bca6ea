/**
 * Diffusion benchmarks for `npm run bench`: the toy model's denoiser and sampler steps at
 * 64 × 64 × 3 with 8 targets (medians after warm-up), with the FLOPs each counts and the rate
 * that implies. The browser figures (frame rate, longest main-thread task during a 1000-step
 * run) come from the e2e test tests/e2e/denoise.spec.ts, which prints them.
 */

// An internal of the sampler, benchmarked on its own.
import { drawNormals } from '../../src/lib/diffusion/noise.ts';
import {
  createDataset,
  createIdealDenoiser,
  createRng,
  createSampler,
  createTally,
  NUM_TIMESTEPS,
  sample,
  TARGET_IDS,
} from '../../src/lib/index.ts';
import { measure, type Timing } from './measure.ts';

const SIZE = 64;
const TARGETS = TARGET_IDS.slice(0, 8);

interface Row {
  name: string;
  timing: Timing;
  flops: number;
}

export async function benchDiffusion(runs: number): Promise<{ lines: string[]; json: Record<string, unknown> }> {
  const rows: Row[] = [];
  const dataset = createDataset({ targets: TARGETS, width: SIZE });
  const denoiser = createIdealDenoiser(dataset);
  const xt = new Float32Array(dataset.valuesPerImage);
  drawNormals(createRng(1), xt, createTally());
  const out = new Float32Array(dataset.valuesPerImage);
  const once = createTally();
  denoiser.denoise(xt, 0.5, out, once);
  rows.push({
    name: `ideal denoiser, one call (${SIZE}²×3, ${TARGETS.length} targets)`,
    timing: measure(() => denoiser.denoise(xt, 0.5, out, createTally()), { runs }),
    flops: once.flops,
  });

  // One sampler step (denoiser + update): a 1000-step sampler stepped once per timed call.
  for (const sampler of ['ddim', 'ddpm'] as const) {
    const s = createSampler({ steps: NUM_TIMESTEPS, sampler, seed: 1, targets: TARGETS, width: SIZE });
    const before = s.tally.flops;
    s.step();
    const flops = s.tally.flops - before;
    rows.push({
      name: `${sampler.toUpperCase()} step (denoiser + update)`,
      timing: measure(() => s.step(), { runs }),
      flops,
    });
  }

  const opts = { steps: 20, sampler: 'ddim' as const, seed: 1, targets: TARGETS, width: SIZE };
  rows.push({
    name: '20-step DDIM run (sample())',
    timing: measure(() => sample(opts), { runs }),
    flops: sample(opts).tally.flops,
  });

  const fmt = (ms: number) => (ms < 0.1 ? ms.toFixed(3) : ms.toFixed(2));
  const lines = [
    '',
    `Toy diffusion model (${SIZE}×${SIZE}×3, ${TARGETS.length} targets; median of ${runs} after warm-up):`,
    ...rows.map(
      (r) =>
        `  ${r.name.padEnd(52)} ${fmt(r.timing.medianMs).padStart(8)} ms  (min ${fmt(r.timing.minMs)})  ` +
        `${r.flops.toLocaleString('en-US')} FLOPs, ${(r.flops / (r.timing.medianMs / 1000) / 1e9).toFixed(2)} GFLOP/s`,
    ),
  ];
  return {
    lines,
    json: {
      diffusion: {
        width: SIZE,
        targets: TARGETS,
        rows: rows.map((r) => ({
          name: r.name,
          medianMs: r.timing.medianMs,
          minMs: r.timing.minMs,
          runs: r.timing.runs,
          flops: r.flops,
        })),
      },
    },
  };
}
