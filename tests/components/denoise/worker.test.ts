/**
 * The denoise worker's protocol, run in Node: a fake `self` collects what it posts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSampler, type SamplerOptions, toPixelMap, toRGBA } from '../../../src/lib/index.ts';
import type { DenoiseFrame, DenoiseRequest, DenoiseResponse } from '../../../src/workers/denoise-protocol.ts';
import { runKey } from '../../../src/workers/denoise-protocol.ts';

const posted: { message: DenoiseResponse; transfer: Transferable[] }[] = [];
let handle: (req: DenoiseRequest) => DenoiseResponse;

beforeAll(async () => {
  const fake = {
    postMessage: (message: DenoiseResponse, transfer: Transferable[] = []) => posted.push({ message, transfer }),
    onmessage: null as null | ((e: { data: DenoiseRequest }) => void),
  };
  (globalThis as unknown as { self: typeof fake }).self = fake;
  await import('../../../src/workers/denoise.worker.ts');
  handle = (req) => {
    fake.onmessage?.({ data: req });
    return (posted.at(-1) as { message: DenoiseResponse }).message;
  };
});

const options: SamplerOptions = { steps: 10, sampler: 'ddim', seed: 1, targets: 'all', schedule: 'linear', quality: 1 };

function frame(res: DenoiseResponse): DenoiseFrame {
  if (!res.ok) throw new Error(res.message);
  return res;
}

describe('denoise worker', () => {
  it('step 0 is x_T with no prediction; the series starts with the setup FLOPs', () => {
    const f = frame(handle({ id: 1, options, toStep: 0, seriesFrom: 0 }));
    expect([f.step, f.steps, f.t, f.x0hat]).toEqual([0, 10, 1000, null]);
    expect(f.xt.byteLength).toBe(64 * 64 * 4);
    expect(f.flops).toHaveLength(1);
    expect(f.flops[0]).toBe(f.setupFlops);
    expect(f.key).toBe(runKey(options));
  });

  it('advancing sends only the new series entries, frames equal to a direct run, buffers transferred', () => {
    const f = frame(handle({ id: 2, options, toStep: 4, seriesFrom: 1 }));
    expect(f.step).toBe(4);
    expect(f.seriesFrom).toBe(1);
    expect(f.flops).toHaveLength(4);
    for (let i = 1; i < f.flops.length; i++) expect(f.flops[i] - f.flops[i - 1]).toBe(f.flopsPerStep);
    const s = createSampler(options);
    for (let k = 0; k < 4; k++) s.step();
    expect(new Uint8ClampedArray(f.xt)).toEqual(toRGBA(toPixelMap(s.xt, 64, 64)));
    expect(new Uint8ClampedArray(f.x0hat as ArrayBuffer)).toEqual(toRGBA(toPixelMap(s.x0hat, 64, 64)));
    const { transfer } = posted.at(-1) as { transfer: Transferable[] };
    expect(transfer).toContain(f.xt);
    expect(transfer).toContain(f.x0hat);
  });

  it('a step behind the run, or other options, rebuilds the run from the seed (series from 0)', () => {
    const back = frame(handle({ id: 3, options, toStep: 2, seriesFrom: 5 }));
    expect([back.step, back.seriesFrom, back.flops.length]).toEqual([2, 0, 3]);
    const other = frame(handle({ id: 4, options: { ...options, seed: 2 }, toStep: 1, seriesFrom: 3 }));
    expect(other.seriesFrom).toBe(0);
    expect(other.key).not.toBe(back.key);
  });

  it('reuses buffers handed back, and clamps toStep to the run', () => {
    const spare = new ArrayBuffer(64 * 64 * 4);
    const f = frame(handle({ id: 5, options, toStep: 99, seriesFrom: 0, reuse: [spare] }));
    expect(f.step).toBe(10);
    expect(f.t).toBe(0);
    expect(f.xt).toBe(spare);
    expect(f.totalFlops).toBe(f.flops[f.flops.length - 1]);
  });

  it('answers invalid options with ok: false and the engine message', () => {
    const res = handle({ id: 6, options: { ...options, sampler: 'direct', steps: 3 }, toStep: 1, seriesFrom: 0 });
    expect(res.ok).toBe(false);
    expect(res.ok === false && res.message).toMatch(/steps must be 1 for sampler "direct"/);
  });
});
