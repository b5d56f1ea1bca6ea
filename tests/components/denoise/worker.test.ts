/**
 * The denoise worker's protocol, run in Node: a fake `self` collects what it posts. Every test
 * loads a fresh copy of the worker (vi.resetModules), so none depends on the run another left
 * behind: each runs alone and in any order.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createSampler, type SamplerOptions, toPixelMap, toRGBA } from '../../../src/lib/index.ts';
import type { DenoiseFrame, DenoiseRequest, DenoiseResponse } from '../../../src/workers/denoise-protocol.ts';
import { runKey } from '../../../src/workers/denoise-protocol.ts';
import { loadWorker, type Posted } from '../worker-harness.ts';

let posted: Posted<DenoiseResponse>[];
let handle: (req: DenoiseRequest) => Promise<DenoiseResponse>;

beforeEach(async () => {
  ({ posted, handle } = await loadWorker<DenoiseRequest, DenoiseResponse>(
    () => import('../../../src/workers/denoise.worker.ts'),
  ));
});

const options: SamplerOptions = { steps: 10, sampler: 'ddim', seed: 1, targets: 'all', schedule: 'linear', quality: 1 };

function frame(res: DenoiseResponse): DenoiseFrame {
  if (!res.ok) throw new Error(res.message);
  return res;
}

describe('denoise worker', () => {
  it('step 0 is x_T with no prediction; the series starts with the setup FLOPs', async () => {
    const f = frame(await handle({ options, toStep: 0, seriesFrom: 0 }));
    expect([f.step, f.steps, f.t, f.x0hat]).toEqual([0, 10, 1000, null]);
    expect(f.xt.byteLength).toBe(64 * 64 * 4);
    expect(f.flops).toHaveLength(1);
    expect(f.flops[0]).toBe(f.setupFlops);
    expect(f.key).toBe(runKey(options));
    expect(posted).toHaveLength(1);
  });

  it('advancing sends only the new series entries, frames equal to a direct run, buffers transferred', async () => {
    await handle({ options, toStep: 0, seriesFrom: 0 });
    const f = frame(await handle({ options, toStep: 4, seriesFrom: 1 }));
    expect(f.step).toBe(4);
    expect(f.seriesFrom).toBe(1);
    expect(f.flops).toHaveLength(4);
    for (let i = 1; i < f.flops.length; i++) expect(f.flops[i] - f.flops[i - 1]).toBe(f.flopsPerStep);
    const s = createSampler(options);
    for (let k = 0; k < 4; k++) s.step();
    expect(new Uint8ClampedArray(f.xt)).toEqual(toRGBA(toPixelMap(s.xt, { width: 64, height: 64 })));
    expect(new Uint8ClampedArray(f.x0hat as ArrayBuffer)).toEqual(
      toRGBA(toPixelMap(s.x0hat, { width: 64, height: 64 })),
    );
    const { transfer } = posted.at(-1) as Posted<DenoiseResponse>;
    expect(transfer).toContain(f.xt);
    expect(transfer).toContain(f.x0hat);
  });

  it('a fresh worker sends the series from 0 whatever the page says it holds', async () => {
    const f = frame(await handle({ options, toStep: 3, seriesFrom: 2 }));
    expect([f.step, f.seriesFrom, f.flops.length]).toEqual([3, 0, 4]);
  });

  it('a step behind the run, or other options, rebuilds the run from the seed (series from 0)', async () => {
    const ahead = frame(await handle({ options, toStep: 5, seriesFrom: 0 }));
    const back = frame(await handle({ options, toStep: 2, seriesFrom: 5 }));
    expect([back.step, back.seriesFrom, back.flops.length]).toEqual([2, 0, 3]);
    expect(back.key).toBe(ahead.key);
    const other = frame(await handle({ options: { ...options, seed: 2 }, toStep: 1, seriesFrom: 3 }));
    expect(other.seriesFrom).toBe(0);
    expect(other.key).not.toBe(back.key);
  });

  it('reuses buffers handed back, and clamps toStep to the run', async () => {
    const spare = new ArrayBuffer(64 * 64 * 4);
    const f = frame(await handle({ options, toStep: 99, seriesFrom: 0, reuse: [spare] }));
    expect(f.step).toBe(10);
    expect(f.t).toBe(0);
    expect(f.xt).toBe(spare);
    expect(f.totalFlops).toBe(f.flops[f.flops.length - 1]);
  });

  it('answers invalid options with ok: false and the engine message', async () => {
    const res = await handle({ options: { ...options, sampler: 'direct', steps: 3 }, toStep: 1, seriesFrom: 0 });
    expect(res.ok).toBe(false);
    expect(res.ok === false && res.message).toMatch(/steps must be 1 for sampler "direct"/);
  });
});
