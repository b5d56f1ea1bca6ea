/// <reference lib="webworker" />
/**
 * Runs the learned teacher or student (src/lib/learned) off the main thread, one request at a
 * time (learned-protocol.ts). A network pass is ~64 MFLOPs, tens of milliseconds, so the page
 * asks for a few steps per request and draws each frame as it comes.
 */
// Direct module imports rather than the engine's barrel (src/lib/index.ts), so the worker bundle
// carries only the learned model, not the whole engine.
import { nearestScene } from '../lib/learned/nearest.ts';
import { createLearnedSampler, type LearnedSampler, planarToInterleaved } from '../lib/learned/sampler.ts';
import { renderScene, renderScenesBytes, SCENE_SIZE, TRAINING_SCENES } from '../lib/learned/scenes.ts';
import { type LearnedWeights, parseLearnedWeights } from '../lib/learned/weights.ts';
import { createPixelMap } from '../lib/pixel-map.ts';
import type { LearnedFrame, LearnedRequest, LearnedResponse } from './learned-protocol.ts';
import { learnedRunKey } from './learned-protocol.ts';
import { rgbaFrame, serve } from './protocol.ts';

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

const PLANE = SCENE_SIZE * SCENE_SIZE;
// Reused for every frame: x as interleaved floats, then as bytes (rgbaFrame fills them).
const hwc = new Float32Array(PLANE * 3);
const frameMap = createPixelMap({ width: SCENE_SIZE, height: SCENE_SIZE });
const sceneMap = createPixelMap({ width: SCENE_SIZE, height: SCENE_SIZE });

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
    const xt = rgbaFrame(planarToInterleaved(sampler.xt, PLANE, hwc), frameMap, spare);
    let nearest: LearnedFrame['nearest'];
    const transfer: Transferable[] = [xt];
    if (req.nearest && step === steps) {
      trainingBytes ??= renderScenesBytes({ start: 0, count: TRAINING_SCENES });
      // Finished: x is the sample, already as bytes in frameMap.
      const found = nearestScene(frameMap.data, { scenes: trainingBytes });
      const scene = rgbaFrame(renderScene(found.index), sceneMap, []);
      nearest = { ...found, image: scene };
      transfer.push(scene);
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
      xt,
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
