/// <reference lib="webworker" />
/**
 * Runs the toy diffusion sampler off the main thread, one request at a time (see
 * denoise-protocol.ts). A request advances the current run to the step asked for and answers
 * with that step's frames (RGBA, transferred) and the per-step FLOPs and RMSE the page has not
 * seen yet. Steps cost ~0.3–1 ms at 64² with 10 targets, so even a jump to the end of a
 * 1000-step run stays around a second, and the page never waits on it.
 */
import type { DiffusionSampler, PixelMap, StepCosts } from '../lib/index.ts';
import { createPixelMap, createSampler, nearestTarget, stepCosts } from '../lib/index.ts';
import type { DenoiseFrame, DenoiseProgress, DenoiseRequest, DenoiseResponse } from './denoise-protocol.ts';
import { runKey } from './denoise-protocol.ts';
import { rgbaFrame, serve } from './protocol.ts';

interface Run {
  key: string;
  sampler: DiffusionSampler;
  costs: StepCosts;
  /** RGB bytes of the frame being sent, refilled for each frame by rgbaFrame. */
  rgb: PixelMap;
  /** Cumulative FLOPs, RMSE of x̂_0 and nearest target index after k steps, indexed by k. */
  flopsByStep: Float64Array;
  rmseByStep: Float64Array;
  nearestByStep: Int16Array;
}

let run: Run | null = null;

function startRun(req: DenoiseRequest, key: string): Run {
  const sampler = createSampler(req.options);
  const steps = sampler.options.steps;
  const flopsByStep = new Float64Array(steps + 1);
  const rmseByStep = new Float64Array(steps + 1);
  const nearestByStep = new Int16Array(steps + 1);
  flopsByStep[0] = sampler.tally.flops;
  rmseByStep[0] = Number.NaN;
  nearestByStep[0] = -1;
  const { width, height } = sampler.dataset;
  const rgb = createPixelMap({ width, height, channels: 3 });
  return { key, sampler, costs: stepCosts(req.options), rgb, flopsByStep, rmseByStep, nearestByStep };
}

serve<DenoiseRequest, DenoiseResponse, DenoiseProgress>((req) => {
  try {
    const start = performance.now();
    const key = runKey(req.options);
    let seriesFrom = req.seriesFrom;
    if (run === null || run.key !== key || run.sampler.stepsDone > req.toStep) {
      run = startRun(req, key);
      seriesFrom = 0;
    }
    const { sampler, rgb, flopsByStep, rmseByStep, nearestByStep } = run;
    const steps = sampler.options.steps;
    const toStep = Math.max(0, Math.min(steps, Math.floor(req.toStep)));
    while (sampler.stepsDone < toStep) {
      sampler.step();
      const k = sampler.stepsDone;
      flopsByStep[k] = sampler.tally.flops;
      const nearest = nearestTarget(sampler.x0hat, { dataset: sampler.dataset });
      rmseByStep[k] = nearest.rmse;
      nearestByStep[k] = nearest.index;
    }
    const step = sampler.stepsDone;
    seriesFrom = Math.max(0, Math.min(seriesFrom, step + 1));
    const { width, height, ids, names } = sampler.dataset;
    const spare = req.reuse ?? [];
    const xt = rgbaFrame(sampler.xt, rgb, spare);
    const x0hat = step > 0 ? rgbaFrame(sampler.x0hat, rgb, spare) : null;
    const flops = flopsByStep.slice(seriesFrom, step + 1);
    const rmse = rmseByStep.slice(seriesFrom, step + 1);
    const frame: DenoiseFrame = {
      ok: true,
      key,
      step,
      steps,
      t: step < steps ? sampler.timesteps[step] : 0,
      width,
      height,
      xt,
      x0hat,
      seriesFrom,
      flops,
      rmse,
      nearestId: step > 0 ? ids[nearestByStep[step]] : undefined,
      weights: sampler.weights.slice(),
      targetIds: ids,
      targetNames: names,
      ...run.costs,
      milliseconds: performance.now() - start,
    };
    const transfer: Transferable[] = [xt, flops.buffer, rmse.buffer];
    if (x0hat) transfer.push(x0hat);
    return { response: frame, transfer };
  } catch (error) {
    run = null;
    return { response: { ok: false, message: (error as Error).message } };
  }
});
