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
import { createLearnedSampler, type LearnedSampler } from '../lib/learned/sampler.ts';
import { renderScene, renderScenesBytes, SCENE_SIZE, TRAINING_SCENES } from '../lib/learned/scenes.ts';
import { createUNet, type UNet } from '../lib/learned/unet.ts';
import { parseLearnedWeights } from '../lib/learned/weights.ts';
import type { LearnedFrame, LearnedRequest, LearnedResponse } from './learned-protocol.ts';
import { learnedRunKey } from './learned-protocol.ts';
import { serve } from './protocol.ts';

const nets = new Map<string, Promise<UNet>>();
let trainingBytes: Uint8Array | null = null;
let run: { key: string; sampler: LearnedSampler; stepMs: number; stepFlops: number } | null = null;

function loadNet(url: string): Promise<UNet> {
  let p = nets.get(url);
  if (!p) {
    p = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(`could not load the weights (${res.status} ${res.statusText})`);
      return createUNet(parseLearnedWeights(new Uint8Array(await res.arrayBuffer())));
    });
    p.catch(() => nets.delete(url));
    nets.set(url, p);
  }
  return p;
}

function rgbaBuffer(spare: ArrayBuffer[]): Uint8ClampedArray {
  const bytes = SCENE_SIZE * SCENE_SIZE * 4;
  const i = spare.findIndex((b) => b.byteLength === bytes);
  return i >= 0 ? new Uint8ClampedArray(spare.splice(i, 1)[0]) : new Uint8ClampedArray(bytes);
}

/** A planar (CHW) image on [−1, 1] as RGBA bytes. */
function planarToRgba(chw: Float32Array, out: Uint8ClampedArray): Uint8ClampedArray {
  const n = SCENE_SIZE * SCENE_SIZE;
  for (let p = 0; p < n; p++) {
    out[4 * p] = (chw[p] + 1) * 127.5;
    out[4 * p + 1] = (chw[n + p] + 1) * 127.5;
    out[4 * p + 2] = (chw[2 * n + p] + 1) * 127.5;
    out[4 * p + 3] = 255;
  }
  return out;
}

/** An interleaved (HWC) image on [−1, 1] as RGBA bytes. */
function interleavedToRgba(hwc: Float32Array, out: Uint8ClampedArray): Uint8ClampedArray {
  for (let p = 0, q = 0; p < hwc.length; p += 3, q += 4) {
    out[q] = (hwc[p] + 1) * 127.5;
    out[q + 1] = (hwc[p + 1] + 1) * 127.5;
    out[q + 2] = (hwc[p + 2] + 1) * 127.5;
    out[q + 3] = 255;
  }
  return out;
}

const hwc = new Float32Array(SCENE_SIZE * SCENE_SIZE * 3);

serve<LearnedRequest, LearnedResponse>(async (req) => {
  try {
    const start = performance.now();
    const net = await loadNet(req.weightsUrl);
    const key = learnedRunKey(req.model, req.steps, req.seed);
    if (run === null || run.key !== key || run.sampler.stepsDone > req.toStep) {
      const sampler = createLearnedSampler({ model: req.model, steps: req.steps, seed: req.seed, weights: net });
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
    const xt = planarToRgba(sampler.xt, rgbaBuffer(spare));
    let nearest: LearnedFrame['nearest'];
    const transfer: Transferable[] = [xt.buffer];
    if (req.nearest && step === steps) {
      trainingBytes ??= renderScenesBytes({ start: 0, count: TRAINING_SCENES });
      const image = toPixelMap(sampler.result(hwc), { width: SCENE_SIZE, height: SCENE_SIZE }).data;
      const found = nearestScene(image, { scenes: trainingBytes });
      const scene = interleavedToRgba(renderScene(found.index), rgbaBuffer([]));
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
      parameters: net.weights.parameters,
      weightBytes: net.weights.bytes,
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
