/**
 * Sampling with the learned networks, one step at a time.
 *
 * Teacher: DDIM with η = 0 (Song et al. 2020, https://arxiv.org/abs/2010.02502) on trailing
 * timesteps (../diffusion/timesteps.ts), from the v-prediction: at step k, from t to t' (t' = 0
 * after the last step), with a = √ᾱ_t, s = √(1 − ᾱ_t):
 *   x̂_0 = a·x − s·v̂,   ε̂ = s·x + a·v̂,   x ← √ᾱ_t'·x̂_0 + √(1 − ᾱ_t')·ε̂.
 * Student (distilled, training/train.py): the network's x̂_0 is the answer; with more than one
 * step, x̂_0 is re-noised to the next timestep with fresh noise and predicted again, as
 * consistency models' multistep sampling (Song et al. 2023, https://arxiv.org/abs/2303.01469,
 * Algorithm 1): x ← √ᾱ_t'·x̂_0 + √(1 − ᾱ_t')·z.
 *
 * Cost: the initial noise x_T is drawn when the sampler is created (b FLOPs); a teacher step is
 * one network pass, 6 FLOPs of coefficients (2 subtractions, 4 square roots) and 9 per value,
 * so N steps cost exactly N·a + b. A student step is one pass, 3 coefficient FLOPs and 3 per
 * value, and every step but the last adds a draw and its re-noising (3 + 3 per value); the
 * draw of x_T stands in for the last step's missing one, so N steps cost N·a + b with
 * a = pass + draw + 6 + 6 per value and b = −(3 + 3 per value).
 * Images are planar (CHW) inside; results are converted to interleaved RGB (HWC).
 */
import { drawNormals } from '../diffusion/noise.ts';
import { createSchedule, type NoiseSchedule } from '../diffusion/schedule.ts';
import { trailingTimesteps } from '../diffusion/timesteps.ts';
import { createRng, MAX_SEED } from '../random.ts';
import { createTally, type Tally } from '../tally.ts';
import { checkInteger, checkOneOf, checkOptions } from '../validate.ts';
import { createUNet, type UNet } from './unet.ts';
import { LEARNED_MODELS, type LearnedModelName, type LearnedWeights } from './weights.ts';

/** Teacher steps: 1 … 1000 (the demo's slider offers 1 … 100). */
export const MAX_TEACHER_STEPS = 1000;
/** The student was distilled for the timesteps of 1-, 2-, 3- and 4-step runs. */
export const MAX_STUDENT_STEPS = 4;

export interface LearnedSamplerOptions {
  model: LearnedModelName;
  /** 1 … 1000 for the teacher, 1 … 4 for the student. */
  steps: number;
  /** 0 … 2³² − 1; the same seed gives the teacher and the student the same x_T. */
  seed: number;
  /**
   * The parsed weight file of `model` (parseLearnedWeights). The network built from it is kept
   * with it (a WeakMap), so runs that pass the same weights build it once.
   */
  weights: LearnedWeights;
}

export interface LearnedSampler {
  readonly options: Readonly<Omit<LearnedSamplerOptions, 'weights'>>;
  readonly net: UNet;
  /** Timesteps visited, T first, indexed by step. */
  readonly timesteps: Int32Array;
  /** The current x (CHW, [−1, 1] scale): x_T before any step, then x at the next timestep. */
  readonly xt: Float32Array;
  /** The latest x̂_0 (CHW); zeros before the first step. */
  readonly x0hat: Float32Array;
  readonly tally: Tally;
  /** FLOPs spent before the first step (drawing x_T). */
  readonly setupFlops: number;
  /** FLOPs of one network pass (the same at every step and for both models); NaN before the first step. */
  readonly passFlops: number;
  readonly stepsDone: number;
  readonly done: boolean;
  /** Runs the next step; a no-op once done. */
  step(): void;
  /** The result so far (x after the last step; x̂_0 if not done) as interleaved RGB floats. */
  result(out?: Float32Array): Float32Array;
}

/** Built on first use, so importing this module (e.g. for its constants) does no work. */
let cosine: NoiseSchedule | undefined;
const netCache = new WeakMap<LearnedWeights, UNet>();

function netOf(weights: unknown, model: LearnedModelName): UNet {
  const w = weights as Partial<LearnedWeights> | null;
  if (w === null || typeof w !== 'object' || !(w.tensors instanceof Map) || typeof w.model !== 'string') {
    throw new TypeError('weights must be the parsed weight file (parseLearnedWeights)');
  }
  const lw = w as LearnedWeights;
  if (lw.model !== model) throw new RangeError(`weights must be the ${model}'s; got the ${lw.model}'s`);
  let net = netCache.get(lw);
  if (!net) {
    net = createUNet(lw);
    netCache.set(lw, net);
  }
  return net;
}

/** Validates the options (TypeError / RangeError naming the option) and returns them. */
function checkLearnedOptions(options: LearnedSamplerOptions): LearnedSamplerOptions & { net: UNet } {
  const opts = checkOptions('options', options);
  const model = checkOneOf('model', opts.model, LEARNED_MODELS);
  const steps = checkInteger('steps', opts.steps, 1, model === 'teacher' ? MAX_TEACHER_STEPS : MAX_STUDENT_STEPS);
  const seed = checkInteger('seed', opts.seed, 0, MAX_SEED);
  return { model, steps, seed, weights: opts.weights, net: netOf(opts.weights, model) };
}

/** Planar CHW → interleaved HWC, for 3 channels of `plane` pixels. */
export function planarToInterleaved(chw: Float32Array, plane: number, out: Float32Array): Float32Array {
  for (let c = 0; c < 3; c++) {
    const o = c * plane;
    for (let p = 0; p < plane; p++) out[p * 3 + c] = chw[o + p];
  }
  return out;
}

export function createLearnedSampler(options: LearnedSamplerOptions): LearnedSampler {
  const { model, steps, seed, net } = checkLearnedOptions(options);
  const n = net.values;
  const rng = createRng(seed);
  const tally = createTally();
  const xt = new Float32Array(n);
  const x0hat = new Float32Array(n);
  const v = new Float32Array(n);
  const noise = new Float32Array(n);
  drawNormals(rng, xt, tally);
  const setupFlops = tally.flops;
  cosine ??= createSchedule('cosine');
  const schedule = cosine;
  const timesteps = trailingTimesteps(steps, schedule.T);
  const ab = schedule.alphaBars;
  let stepsDone = 0;
  let passFlops = Number.NaN;

  function teacherStep(t: number, tNext: number): void {
    passFlops = net.forward(xt, t, v, tally);
    const a = Math.sqrt(ab[t]);
    const s = Math.sqrt(1 - ab[t]);
    const an = Math.sqrt(ab[tNext]);
    const sn = Math.sqrt(1 - ab[tNext]);
    for (let i = 0; i < n; i++) {
      const x = xt[i];
      const x0 = a * x - s * v[i];
      const eps = s * x + a * v[i];
      x0hat[i] = x0;
      xt[i] = an * x0 + sn * eps;
    }
    tally.flops += 6 + 9 * n;
  }

  function studentStep(t: number, tNext: number, last: boolean): void {
    passFlops = net.forward(xt, t, v, tally);
    const a = Math.sqrt(ab[t]);
    const s = Math.sqrt(1 - ab[t]);
    for (let i = 0; i < n; i++) x0hat[i] = a * xt[i] - s * v[i];
    tally.flops += 3 + 3 * n;
    if (last) {
      xt.set(x0hat);
      return;
    }
    drawNormals(rng, noise, tally);
    const an = Math.sqrt(ab[tNext]);
    const sn = Math.sqrt(1 - ab[tNext]);
    for (let i = 0; i < n; i++) xt[i] = an * x0hat[i] + sn * noise[i];
    tally.flops += 3 + 3 * n;
  }

  const sampler: LearnedSampler = {
    options: { model, steps, seed },
    net,
    timesteps,
    xt,
    x0hat,
    tally,
    setupFlops,
    get passFlops() {
      return passFlops;
    },
    get stepsDone() {
      return stepsDone;
    },
    get done() {
      return stepsDone >= steps;
    },
    step() {
      if (stepsDone >= steps) return;
      const t = timesteps[stepsDone];
      const last = stepsDone + 1 === steps;
      const tNext = last ? 0 : timesteps[stepsDone + 1];
      if (model === 'teacher') teacherStep(t, tNext);
      else studentStep(t, tNext, last);
      stepsDone++;
    },
    result(out = new Float32Array(n)) {
      return planarToInterleaved(stepsDone >= steps ? xt : x0hat, n / 3, out);
    },
  };
  return sampler;
}
