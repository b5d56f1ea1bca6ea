/**
 * The learned demo's worker, run in Node: frames are the engine's samples as RGBA bytes (the
 * same conversion as the build's prerendered pictures), the weights are fetched once per file,
 * and a finished run carries its nearest training scene.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  nearestScene,
  parseLearnedWeights,
  renderScenesBytes,
  sampleLearned,
  TRAINING_SCENES,
  toRGBA,
} from '../../../src/lib/index.ts';
import type { LearnedFrame, LearnedRequest, LearnedResponse } from '../../../src/workers/learned-protocol.ts';
import { loadWorker } from '../worker-harness.ts';

const file = (model: string) => new Uint8Array(readFileSync(`public/learned/${model}.bin`));

afterEach(() => {
  vi.unstubAllGlobals();
});

async function start() {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const model = url.includes('student') ? 'student' : 'teacher';
    return new Response(file(model));
  });
  const worker = await loadWorker<LearnedRequest, LearnedResponse>(
    () => import('../../../src/workers/learned.worker.ts'),
  );
  return { ...worker, fetched };
}

const request = (over: Partial<LearnedRequest>): LearnedRequest => ({
  model: 'student',
  steps: 2,
  seed: 7,
  toStep: 0,
  weightsUrl: '/learned/student.bin',
  nearest: false,
  ...over,
});

describe('learned worker', () => {
  it('runs a lane in chunks to the engine’s sample, fetching the weights once, and finds its nearest scene', async () => {
    const { handle, fetched } = await start();
    const first = (await handle(request({ toStep: 0 }))) as LearnedFrame;
    expect(first.ok).toBe(true);
    expect(first.step).toBe(0);
    const last = (await handle(request({ toStep: 2, nearest: true }))) as LearnedFrame;
    expect(last.step).toBe(2);
    expect(fetched).toEqual(['/learned/student.bin']);

    const weights = parseLearnedWeights(file('student'));
    const run = sampleLearned({ model: 'student', steps: 2, seed: 7, weights });
    expect(new Uint8ClampedArray(last.xt)).toEqual(toRGBA(run.image));
    expect(last.flops).toBe(run.tally.flops);
    const found = nearestScene(run.image.data, { scenes: renderScenesBytes({ start: 0, count: TRAINING_SCENES }) });
    expect(last.nearest?.index).toBe(found.index);
    expect(last.nearest?.rms).toBeCloseTo(found.rms, 12);
    expect(new Uint8ClampedArray(last.nearest?.image as ArrayBuffer)).toHaveLength(32 * 32 * 4);
  });

  it('answers a weights file that cannot be loaded with a message, not a crash', async () => {
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404, statusText: 'Not Found' }));
    const { handle } = await loadWorker<LearnedRequest, LearnedResponse>(
      () => import('../../../src/workers/learned.worker.ts'),
    );
    const res = await handle(request({}));
    expect(res).toEqual({ ok: false, message: 'could not load the weights (404 Not Found)' });
  });
});
