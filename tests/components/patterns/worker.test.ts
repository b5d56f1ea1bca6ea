/**
 * The patterns worker in Node, through the bridge's envelope: a fake `self` collects what it
 * posts. Each test loads a fresh copy of the worker, so none depends on another's state.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { checkerboard, gradient, randomNoise, smoothNoise, toRGBA } from '../../../src/lib/index.ts';
import type { PatternJob, PatternResponse } from '../../../src/workers/patterns-protocol.ts';
import { loadWorker, type Posted } from '../worker-harness.ts';

let posted: Posted<PatternResponse>[];
let handle: (job: PatternJob) => Promise<PatternResponse>;

beforeEach(async () => {
  ({ posted, handle } = await loadWorker<PatternJob, PatternResponse>(
    () => import('../../../src/workers/patterns.worker.ts'),
  ));
});

const shape = { width: 16, height: 8, channels: 3 as const };

function bytes(res: PatternResponse): Uint8ClampedArray {
  if (!res.ok) throw new Error(res.message);
  return new Uint8ClampedArray(res.buffer);
}

describe('patterns worker', () => {
  it('each pattern needs only its own options and gives the engine’s bytes', async () => {
    expect(bytes(await handle({ ...shape, pattern: 'random', seed: 7 }))).toEqual(
      randomNoise({ ...shape, seed: 7 }).map.data,
    );
    expect(bytes(await handle({ ...shape, pattern: 'smooth', seed: 7, sigma: 2 }))).toEqual(
      smoothNoise({ ...shape, seed: 7, sigma: 2 }).map.data,
    );
    expect(bytes(await handle({ ...shape, pattern: 'gradient', angle: 30, kind: 'radial' }))).toEqual(
      gradient({ ...shape, angle: 30, kind: 'radial' }).map.data,
    );
    expect(bytes(await handle({ ...shape, pattern: 'checkerboard', cell: 4 }))).toEqual(
      checkerboard({ ...shape, cell: 4 }).map.data,
    );
  });

  it('returns RGBA when asked, in the buffer handed back, and transfers it', async () => {
    const reuse = new ArrayBuffer(16 * 8 * 4);
    const res = await handle({ ...shape, pattern: 'random', seed: 1, output: 'rgba', reuse });
    if (!res.ok) throw new Error(res.message);
    expect(res.buffer).toBe(reuse);
    expect(new Uint8ClampedArray(res.buffer)).toEqual(toRGBA(randomNoise({ ...shape, seed: 1 }).map));
    expect((posted.at(-1) as Posted<PatternResponse>).transfer).toEqual([reuse]);
    expect(res.tally.flops).toBe(0);
  });

  it('answers invalid options with ok: false and the engine’s message', async () => {
    const res = await handle({ ...shape, channels: 2, pattern: 'random', seed: 1 });
    expect(res.ok).toBe(false);
    expect(!res.ok && res.message).toMatch(/channels must be 1, 3 or 4/);
  });
});
