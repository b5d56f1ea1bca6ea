/// <reference lib="webworker" />
/**
 * Runs the learned teacher or student (src/lib/learned) off the main thread, one request at a
 * time (learned-protocol.ts). A network pass is ~64 MFLOPs, tens of milliseconds, so the page
 * asks for a few steps per request and draws each frame as it comes.
 */
// Direct module imports rather than the engine's barrel (src/lib/index.ts), so the worker bundle
// carries only the learned model, not the whole engine.
import { toPixelMap } from '../lib/diffusion/to-pixel-map.ts';
import { nearestScene } from '../lib/learned/nearest.ts';
import { createLearnedSampler, type LearnedSampler, planarToInterleaved } from '../lib/learned/sampler.ts';
import { renderScene, renderScenesBytes, SCENE_SIZE, TRAINING_SCENES } from '../lib/learned/scenes.ts';
import { type LearnedWeights, parseLearnedWeights } from '../lib/learned/weights.ts';
import { createPixelMap, toRGBA } from '../lib/pixel-map.ts';
import type { LearnedFrame, LearnedRequest, LearnedResponse } from './learned-protocol.ts';
import { learnedRunKey } from './learned-protocol.ts';
import { serve } from './protocol.ts';

// Parsed weight files by URL; the sampler builds each network once and keeps it with its weights.
const weightFiles = new Map<string, Promise<LearnedWeights>>();
let trainingBytes: Uint8Array | null = null;
let run: { key: string; sampler: LearnedSampler; stepMs: number; stepFlops: number } | null = null;

function loadWeights(url: string): Promise<LearnedWeights> {
  let p = weightFiles.get(url);
  if (!p) {
    p = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(`could not load the weights (${res.status} ${res.statusText})`);
      return parseLearnedWeights(new Uint8Array(await res.arrayBuffer()));
    });
    p.catch(() => weightFiles.delete(url));
    weightFiles.set(url, p);
  }
  return p;
}

function rgbaBuffer(spare: ArrayBuffer[]): Uint8ClampedArray {
  const bytes = SCENE_SIZE * SCENE_SIZE * 4;
  const i = spare.findIndex((b) => b.byteLength === bytes);
  return i >= 0 ? new Uint8ClampedArray(spare.splice(i, 1)[0]) : new Uint8ClampedArray(bytes);
}

const PLANE = SCENE_SIZE * SCENE_SIZE;
const SIZE = { width: SCENE_SIZE, height: SCENE_SIZE };
// Reused for every frame: x as interleaved floats, then as bytes (the engine's own conversion,
// the one the build's prerendered pictures use).
const hwc = new Float32Array(PLANE * 3);
const frameMap = createPixelMap(SIZE);

serve<LearnedRequest, LearnedResponse>(async (req) => {
  try {
    const start = performance.now();
    const weights = await loadWeights(req.weightsUrl);
    const key = learnedRunKey(req.model, req.steps, req.seed);
    if (run === null || run.key !== key || run.sampler.stepsDone > req.toStep) {
      const sampler = createLearnedSampler({ model: req.model, steps: req.steps, seed: req.seed, weights });
      run = { key, sampler, stepMs: 0, stepFlops: Number.NaN };
    }
    const { sampler } = run;
    const steps = sampler.options.steps;
    const toStep = Math.max(0, Math.min(steps, Math.floor(req.toStep)));
    while (sampler.stepsDone < toStep) {
      const t0 = performance.now();
      const flops0 = sampler.tally.flops;
      sampler.step();
      run.stepMs += performance.now() - t0;
      run.stepFlops = sampler.tally.flops - flops0;
    }
    const step = sampler.stepsDone;
    const spare = req.reuse ?? [];
    // x_T at step 0, x at the next timestep during the run, the sample when finished.
    const image = toPixelMap(planarToInterleaved(sampler.xt, PLANE, hwc), { ...SIZE, out: frameMap });
    const xt = toRGBA(image, { out: rgbaBuffer(spare) });
    let nearest: LearnedFrame['nearest'];
    const transfer: Transferable[] = [xt.buffer];
    if (req.nearest && step === steps) {
      trainingBytes ??= renderScenesBytes({ start: 0, count: TRAINING_SCENES });
      // Finished: x is the sample, already in `image`.
      const found = nearestScene(image.data, { scenes: trainingBytes });
      const scene = toRGBA(toPixelMap(renderScene(found.index), SIZE), { out: rgbaBuffer([]) });
      nearest = { ...found, image: scene.buffer as ArrayBuffer };
      transfer.push(scene.buffer);
    }
    const frame: LearnedFrame = {
      ok: true,
      key,
      model: req.model,
      step,
      steps,
      t: step < steps ? sampler.timesteps[step] : 0,
      width: SCENE_SIZE,
      height: SCENE_SIZE,
      xt: xt.buffer as ArrayBuffer,
      flops: sampler.tally.flops,
      setupFlops: sampler.setupFlops,
      stepFlops: run.stepFlops,
      parameters: weights.parameters,
      weightBytes: weights.bytes,
      msPerStep: step > 0 ? run.stepMs / step : Number.NaN,
      nearest,
      milliseconds: performance.now() - start,
    };
    return { response: frame, transfer };
  } catch (error) {
    run = null;
    return { response: { ok: false, message: (error as Error).message } };
  }
});
