/**
 * Worked numeric exercises for the end of each chapter, in the style of the Scaling Book: a
 * question, then a step-by-step solution with every intermediate value. Every number in a
 * question or a solution is computed here, at build time, by the engine (src/lib); the MDX never
 * types one. The figures of a circulating claim (10.1) are the only quoted inputs, and are marked.
 *
 * Numbering (stable, so courses can link to `#exercise-6-2`):
 * - the chapter number is src/sidebar.ts's `chapterNumber`, the chapter's 1-based place in its map
 *   (whose slugs are permanent): the core paradox (index) is 1,
 *   /pixels/ 2, … /claims/ 10. /references/ (11) is back-matter and has no exercises;
 * - the exercise number is its 1-based position in the chapter's list below. New exercises are
 *   appended, never inserted, so an id once published keeps pointing at the same exercise.
 * - the id is `exercise-<chapter>-<n>`; the section heading "Exercises" gives `#exercises`.
 */

import { keepTogether } from '../../keep-together.ts';
import { LIVE_TENSORS } from '../../lib/cost/memory-fit.ts';
import type { ImageCostOptions } from '../../lib/index.ts';
import {
  ACTIVATION_BYTES,
  BYTES_PER_DRAW,
  BYTES_PER_ELEMENT,
  boxWidthsForGauss,
  byteSizes,
  checkerboard,
  formatBytes,
  formatCount,
  formatInteger,
  formatParams,
  formatPercent,
  formatRatio,
  formatSeconds,
  formatSI,
  forwardCost,
  getHardware,
  getModel,
  imageCost,
  imageEstimate,
  JOULES_PER_WATT_HOUR,
  OPS_PER_DRAW,
  randomMapCost,
  smoothNoise,
} from '../../lib/index.ts';
import { chapters, chapterNumber as sidebarChapterNumber } from '../../sidebar.ts';
import { vaeVersusVitB } from '../methods/numbers.ts';
import { REFERENCE_RANDOM_MAP } from '../paradox/paradox-model.ts';

/** The chapters that carry exercises, by the `chapter` prop of <Exercises>; 'index' is the slug ''. */
export const EXERCISE_CHAPTERS = [
  'index',
  'pixels',
  'structure',
  'constraints',
  'diffusion',
  'counting-flops',
  'hardware',
  'efficient-methods',
  'try-it',
  'claims',
] as const;
export type ExerciseChapter = (typeof EXERCISE_CHAPTERS)[number];

/** Back-matter: in the chapter map, but without exercises. */
export const CHAPTERS_WITHOUT_EXERCISES = ['references'] as const;

export interface ExerciseAnswer {
  /** The final answer as a number, in the unit named by `unit`. */
  value: number;
  unit: string;
  /** The same value as the reader sees it. */
  text: string;
}

export interface Exercise {
  /** `exercise-<chapter>-<n>`: the element id and the link anchor. */
  id: string;
  /** `<chapter>.<n>`, as printed. */
  number: string;
  chapter: ExerciseChapter;
  title: string;
  question: string;
  /** The worked solution, one line of arithmetic per step, ending with the answer. */
  steps: string[];
  answer: ExerciseAnswer;
}

type Body = Omit<Exercise, 'id' | 'number' | 'chapter'>;

/** The chapter's number: its 1-based position in src/sidebar.ts (index is 1). */
export function chapterNumber(chapter: string): number {
  const n = chapters.some((c) => c.slug === chapter) ? sidebarChapterNumber(chapter) : undefined;
  const number = chapter === 'index' ? sidebarChapterNumber('') : n;
  if (number === undefined) {
    throw new RangeError(`chapter must be one of ${EXERCISE_CHAPTERS.join(', ')}; got "${chapter}"`);
  }
  return number;
}

// ---------------------------------------------------------------------------------------------
// Formatting: the site's own helpers, so a number reads the same here as in the chapter's prose.

const flops = (x: number) => formatSI(x, { unit: 'FLOP' });
const macs = (x: number) => formatSI(x, { unit: 'MAC' });
const int = (x: number) => formatInteger(x);
const gb = (bytes: number) => formatSI(bytes, { unit: 'B' });
/** A card's memory as sold: "24 GB". */
const card = (bytes: number) => formatSI(bytes, { unit: 'B', sig: 2 });
const pct = (fraction: number) => formatPercent(fraction);
/** Parameters as papers quote them ("12 B"), and exactly, for the arithmetic. */
const params2 = (count: number) => formatParams(count);
/** A factor: 2.5 → "2.50", 1217 → "1,217", 2.6e7 → "2.6 × 10⁷". */
const factor = (r: number) => formatRatio(r);
const side = (s: { width: number; height: number }) => `${s.width} × ${s.height}`;
const setting = (c: { model: string; width: number; height: number; steps: number; cfg: boolean }) =>
  `${getModel(c.model).name} at ${side(c)}, ${formatCount(c.steps, { noun: 'step' })}${c.cfg ? ' with classifier-free guidance' : ''}`;

function cost(o: ImageCostOptions & { width: number }) {
  return imageCost({ height: o.width, ...o });
}

/** The paradox's default image (MLPerf Inference's text-to-image setting): SDXL, 1024², 20 guided steps. */
const SDXL_20 = { model: 'sdxl', width: 1024, steps: 20, guidance: true } as const;
const H100 = 'h100-sxm';

// ---------------------------------------------------------------------------------------------
// 1. The core paradox

function paradoxOperations(): Body {
  const map = randomMapCost({ width: 1024, height: 1024, channels: 3 });
  const image = cost(SDXL_20);
  const ratio = image.flops / map.intOps;
  return {
    title: 'How many times more operations?',
    question:
      `A random ${side({ width: 1024, height: 1024 })} RGB map is filled by the site's generator, which yields ` +
      `${BYTES_PER_DRAW} bytes per 32-bit draw at ${OPS_PER_DRAW} integer operations per draw. One image from ` +
      `${setting(image)} takes ${flops(image.flops)}. How many integer operations does the map take, and how many times more ` +
      'operations is the image?',
    steps: [
      `Bytes: 1024 × 1024 × 3 = ${int(map.bytes)}.`,
      `Draws: ${int(map.bytes)} ÷ ${BYTES_PER_DRAW} = ${int(map.draws)}.`,
      `Integer operations: ${int(map.draws)} × ${OPS_PER_DRAW} = ${int(map.intOps)} (${formatSI(map.intOps)}).`,
      `Ratio: ${flops(image.flops)} ÷ ${formatSI(map.intOps)} integer operations ≈ ${factor(ratio)}.`,
      'The two are different kinds of operation (floating-point multiply-adds against 32-bit integer ' +
        'shifts and xors), so the ratio shows the scale of the gap, not a like-for-like speed-up.',
    ],
    answer: { value: ratio, unit: 'ratio', text: `about ${factor(ratio)} times` },
  };
}

function paradoxEnergy(): Body {
  const est = imageEstimate({ ...SDXL_20, height: SDXL_20.width, hardware: H100 });
  const h100 = getHardware(H100);
  const laptop = getHardware('laptop-cpu');
  const mapSeconds = REFERENCE_RANDOM_MAP.seconds;
  const mapJoules = mapSeconds * laptop.boardWatts;
  const imageJoules = est.seconds * h100.boardWatts;
  const ratio = imageJoules / mapJoules;
  return {
    title: 'How many times more energy?',
    question:
      `The engine's latency model predicts ${formatSeconds(est.seconds)} for that SDXL image on an ${h100.name} ` +
      `(maximum board power ${formatSI(h100.boardWatts, { unit: 'W' })}); the random map takes ` +
      `${formatSeconds(mapSeconds)} on a small CPU drawing at most ${formatSI(laptop.boardWatts, { unit: 'W' })}. ` +
      'Bound the energy of each and the ratio. Why is it so much smaller than the ratio in operations?',
    steps: [
      `Image: E ≤ ${formatSI(h100.boardWatts, { unit: 'W' })} × ${formatSeconds(est.seconds)} = ${formatSI(imageJoules, { unit: 'J' })}.`,
      `Map: E ≤ ${formatSI(laptop.boardWatts, { unit: 'W' })} × ${formatSeconds(mapSeconds)} = ${formatSI(mapJoules, { unit: 'J' })}.`,
      `Ratio: ${formatSI(imageJoules, { unit: 'J' })} ÷ ${formatSI(mapJoules, { unit: 'J' })} ≈ ${factor(ratio)}.`,
      'The GPU does far more operations per joule than the CPU core filling the map, so dividing each ' +
        'count by its hardware shrinks the gap by that difference in efficiency.',
    ],
    answer: { value: ratio, unit: 'ratio', text: `about ${factor(ratio)} times` },
  };
}

// ---------------------------------------------------------------------------------------------
// 2. What a pixel is

function pixelBytes(): Body {
  const { uint8Bytes, float32Bytes } = byteSizes({ width: 1024, height: 1024, channels: 3 });
  return {
    title: 'Bytes of a 1024 × 1024 RGB map',
    question:
      'How many bytes does a 1024 × 1024 RGB image take as 8-bit values, and as float32 (the form a ' +
      'neural network works on)? Give both in MiB.',
    steps: [
      `Values: H × W × C = 1024 × 1024 × 3 = ${int(uint8Bytes)}.`,
      `8-bit: 1 byte per value, ${int(uint8Bytes)} bytes; ÷ ${int(1024 * 1024)} bytes per MiB = ${formatBytes(uint8Bytes)}.`,
      `float32: 4 bytes per value, ${int(uint8Bytes)} × 4 = ${int(float32Bytes)} bytes = ${formatBytes(float32Bytes)}.`,
    ],
    answer: { value: float32Bytes, unit: 'bytes', text: `${formatBytes(uint8Bytes)} and ${formatBytes(float32Bytes)}` },
  };
}

function pixelDraws(): Body {
  const tiny = randomMapCost({ width: 5, height: 5, channels: 3 });
  const rgba = randomMapCost({ width: 1024, height: 1024, channels: 4 });
  return {
    title: 'Integer operations to fill a map',
    question:
      `Each draw of xoshiro128** costs ${OPS_PER_DRAW} integer operations and yields ${BYTES_PER_DRAW} bytes. ` +
      'How many draws and integer operations fill a 5 × 5 RGB map, and a 1024 × 1024 RGBA one? ' +
      'How many floating-point operations?',
    steps: [
      `5 × 5 RGB: ${int(tiny.bytes)} bytes; ${int(tiny.bytes)} ÷ ${BYTES_PER_DRAW} = ${tiny.bytes / BYTES_PER_DRAW}, ` +
        `rounded up to ${int(tiny.draws)} draws (the last one is only partly used); ` +
        `${int(tiny.draws)} × ${OPS_PER_DRAW} = ${int(tiny.intOps)} integer operations.`,
      `1024 × 1024 RGBA: 1024 × 1024 × 4 = ${int(rgba.bytes)} bytes; ÷ ${BYTES_PER_DRAW} = ${int(rgba.draws)} draws; ` +
        `× ${OPS_PER_DRAW} = ${int(rgba.intOps)} integer operations (${formatSI(rgba.intOps)}).`,
      `Floating-point operations: ${rgba.flops}. Shifts, xors and multiplies on 32-bit integers are integer work.`,
    ],
    answer: {
      value: rgba.intOps,
      unit: 'integer operations',
      text: `${int(rgba.intOps)} integer operations, no floating-point ones`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Structure without meaning

function smoothSigma(): Body {
  const shape = { width: 512, height: 512, channels: 3 as const, seed: 1 };
  const values = shape.width * shape.height * shape.channels;
  const small = smoothNoise({ ...shape, sigma: 2 }).tally;
  const large = smoothNoise({ ...shape, sigma: 60 }).tally;
  const ratio = large.flops / small.flops;
  return {
    title: 'Does a wider blur cost more?',
    question:
      'Smooth noise blurs random noise with three box filters per direction. On a 512 × 512 RGB map the ' +
      `engine's tally counts ${int(small.flops)} FLOP at σ = 2 and ${int(large.flops)} at σ = 60. ` +
      'How many FLOPs is that per value, and how much more does the 30 times wider blur cost?',
    steps: [
      `Values: 512 × 512 × 3 = ${int(values)}.`,
      `Box widths: σ = 2 gives ${boxWidthsForGauss(2).join(', ')} pixels; σ = 60 gives ${boxWidthsForGauss(60).join(', ')}.`,
      `Per value: ${int(small.flops)} ÷ ${int(values)} = ${(small.flops / values).toFixed(1)} FLOP at σ = 2, ` +
        `${int(large.flops)} ÷ ${int(values)} = ${(large.flops / values).toFixed(1)} at σ = 60.`,
      `Ratio: ${int(large.flops)} ÷ ${int(small.flops)} = ${ratio.toFixed(3)}.`,
      'A running sum adds the value entering the window and subtracts the one leaving it, whatever the ' +
        "width; only each line's first window grows with the radius.",
    ],
    answer: { value: ratio, unit: 'ratio', text: `${ratio.toFixed(3)} times: about the same` },
  };
}

function checkerboardCopy(): Body {
  const { tally } = checkerboard({ width: 1024, height: 1024, channels: 3 });
  const map = randomMapCost({ width: 1024, height: 1024, channels: 3 });
  const perByte = tally.intOps / tally.bytesWritten;
  const rowBytes = 1024 * 3;
  return {
    title: 'A checkerboard is a memory copy',
    question:
      'A checkerboard builds two template rows (4 integer operations per pixel of a row: divide, truncate, ' +
      'modulo, compare) and then copies one of them into each row (4 operations per row to pick it). ' +
      'For a 1024 × 1024 RGB board, how many integer operations per byte written? Compare the random map.',
    steps: [
      `Templates: 1024 pixels × 4 = ${int(1024 * 4)} operations, writing 2 × ${int(rowBytes)} = ${int(2 * rowBytes)} bytes.`,
      `Rows: 1024 × 4 = ${int(1024 * 4)} operations, copying ${int(rowBytes)} bytes each: ${int(1024 * rowBytes)} bytes.`,
      `Tally: ${int(tally.intOps)} operations for ${int(tally.bytesWritten)} bytes written: ` +
        `${perByte.toPrecision(2)} operations per byte.`,
      `Random map: ${int(map.intOps)} operations for ${int(map.bytes)} bytes: ${(map.intOps / map.bytes).toFixed(1)} per byte, ` +
        `${factor(map.intOps / map.bytes / perByte)} times more; the checkerboard's cost is writing memory.`,
    ],
    answer: {
      value: perByte,
      unit: 'operations per byte',
      text: `${perByte.toPrecision(2)} integer operations per byte`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 4. What coherence demands

function promptCost(): Body {
  const c = cost(SDXL_20);
  const extra = c.steps * c.perCall.flops;
  const ratio = extra / c.breakdown.textEncoder.flops;
  return {
    title: 'What following the prompt costs',
    question:
      `For ${setting(c)}, the text encoders run once (${macs(c.breakdown.textEncoder.macs)}), and one UNet call is ` +
      `${macs(c.perCall.macs)}. Guidance adds an unconditional call at every step. How many FLOPs does encoding ` +
      'the prompt cost, how many does guidance add, and what is the ratio?',
    steps: [
      `Text encoders: 2 × ${macs(c.breakdown.textEncoder.macs)} = ${flops(c.breakdown.textEncoder.flops)}.`,
      `One UNet call: 2 × ${macs(c.perCall.macs)} = ${flops(c.perCall.flops)}.`,
      `Guidance: ${c.steps} extra calls × ${flops(c.perCall.flops)} = ${flops(extra)}.`,
      `Ratio: ${flops(extra)} ÷ ${flops(c.breakdown.textEncoder.flops)} ≈ ${factor(ratio)}.`,
      'Reading the prompt is cheap; making every step agree with it is not.',
    ],
    answer: { value: ratio, unit: 'ratio', text: `about ${factor(ratio)} times the text encoding` },
  };
}

function perPixelCall(): Body {
  const size = { width: 1024, height: 1024 };
  const pixels = size.width * size.height;
  const sdxl = forwardCost({ model: 'sdxl', ...size });
  const flux = forwardCost({ model: 'flux-dev', ...size });
  const map = randomMapCost({ ...size, channels: 3 });
  return {
    title: 'Work per pixel, per call',
    question:
      `One denoiser call at ${side(size)} is ${flops(sdxl.flops)} for SDXL and ${flops(flux.flops)} for FLUX.1 [dev]. ` +
      'How many FLOPs is that per output pixel, and how does it compare with the integer operations per pixel ' +
      'of the random map?',
    steps: [
      `Pixels: 1024 × 1024 = ${int(pixels)}.`,
      `SDXL: ${flops(sdxl.flops)} ÷ ${int(pixels)} = ${formatSI(sdxl.flops / pixels, { unit: 'FLOP' })} per pixel per call.`,
      `FLUX.1 [dev]: ${flops(flux.flops)} ÷ ${int(pixels)} = ${formatSI(flux.flops / pixels, { unit: 'FLOP' })} per pixel per call.`,
      `Random map: ${int(map.intOps)} ÷ ${int(pixels)} = ${(map.intOps / pixels).toFixed(1)} integer operations per pixel.`,
      'Each call applies a network with billions of weights to the whole image, because the constraints relate ' +
        'distant pixels; no pixel can be settled on its own.',
    ],
    answer: {
      value: flux.flops / pixels,
      unit: 'FLOP per pixel',
      text: `${formatSI(flux.flops / pixels, { unit: 'FLOP' })} per pixel (FLUX.1 [dev])`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Diffusion iterates

function guidedPasses(): Body {
  const model = getModel('sd3-medium');
  const a = cost({ model: model.id, width: 1024, steps: model.defaultSteps, guidance: true });
  const b = cost({ model: model.id, width: 1024, steps: 2 * model.defaultSteps, guidance: true });
  const ratio = b.flops / a.flops;
  const fixed = a.breakdown.textEncoder.flops + a.breakdown.vae.flops;
  return {
    title: 'Passes with guidance',
    question:
      `${model.name} runs ${model.defaultSteps} steps with classifier-free guidance at 1024 × 1024. How many ` +
      `denoiser passes is that, and at ${2 * model.defaultSteps} steps? By what factor does the image's compute grow?`,
    steps: [
      `Passes: ${a.steps} steps × 2 = ${a.denoiserCalls}; at ${b.steps} steps, ${b.denoiserCalls}.`,
      `One pass: ${flops(a.perCall.flops)}; once per image (text encoders + VAE decoder): ${flops(fixed)}.`,
      `Image at ${a.steps} steps: ${flops(fixed)} + ${a.denoiserCalls} × ${flops(a.perCall.flops)} = ${flops(a.flops)}.`,
      `Image at ${b.steps} steps: ${flops(fixed)} + ${b.denoiserCalls} × ${flops(a.perCall.flops)} = ${flops(b.flops)}.`,
      `Ratio: ${flops(b.flops)} ÷ ${flops(a.flops)} = ${ratio.toFixed(3)}, just under 2: every step costs the same, ` +
        'and only the one-off parts do not double.',
    ],
    answer: { value: ratio, unit: 'ratio', text: `${b.denoiserCalls} passes; ${ratio.toFixed(3)} times the compute` },
  };
}

function fixedShareSteps(): Body {
  const model = getModel('sdxl-turbo');
  const one = cost({ model: model.id, width: 512, steps: 1, guidance: false });
  const perStep = one.perStepFlops;
  const fixed = one.breakdown.textEncoder.flops + one.breakdown.vae.flops;
  // fixed / (fixed + n·perStep) ≤ 1%  ⇔  n ≥ 99 · fixed / perStep.
  const steps = Math.ceil((99 * fixed) / perStep);
  const at = cost({ model: model.id, width: 512, steps, guidance: false });
  const share = fixed / at.flops;
  return {
    title: 'When do the fixed costs stop mattering?',
    question:
      `Cost grows in a straight line: FLOPs(N) = N·a + b. For ${model.name} at 512 × 512 without guidance, one step ` +
      `is a = ${flops(perStep)} and the text encoders plus the VAE decoder are b = ${flops(fixed)}. ` +
      'How many steps before b falls to 1% of the image?',
    steps: [
      'b ÷ (b + N·a) ≤ 0.01  ⇔  N ≥ 99 · b ÷ a.',
      `99 × ${flops(fixed)} ÷ ${flops(perStep)} = ${((99 * fixed) / perStep).toFixed(1)}, so N = ${steps}.`,
      `Check: FLOPs(${steps}) = ${steps} × ${flops(perStep)} + ${flops(fixed)} = ${flops(at.flops)}; ` +
        `b is ${pct(share)} of it.`,
      'At one step, b is most of the image: that is the floor few-step models hit.',
    ],
    answer: { value: steps, unit: 'steps', text: `${steps} steps` },
  };
}

// ---------------------------------------------------------------------------------------------
// 6. Counting the FLOPs

function ditMacs(): Body {
  const model = getModel('dit-xl-2');
  const c = cost({ model: model.id, width: model.defaultWidth });
  return {
    title: 'From a paper’s “Gflops” to an image',
    question:
      `The DiT paper's "Gflops" count multiply-accumulates. ${model.name} at ${side(c)} is ${macs(c.perCall.macs)} per ` +
      `forward pass. How many FLOPs is one pass, and one image at the pipeline's ${c.steps} steps with guidance ` +
      '(class-conditional: no text encoder), VAE decode included?',
    steps: [
      `One pass: 2 × ${macs(c.perCall.macs)} = ${flops(c.perCall.flops)}.`,
      `Passes: ${c.steps} steps × 2 = ${c.denoiserCalls}; ${c.denoiserCalls} × ${flops(c.perCall.flops)} = ${flops(c.breakdown.denoiser.flops)}.`,
      `VAE decode: 2 × ${macs(c.breakdown.vae.macs)} = ${flops(c.breakdown.vae.flops)}.`,
      `Image: ${flops(c.breakdown.denoiser.flops)} + ${flops(c.breakdown.vae.flops)} = ${flops(c.flops)}.`,
    ],
    answer: { value: c.flops, unit: 'FLOP', text: flops(c.flops) },
  };
}

function sdxlFormula(): Body {
  const a = cost(SDXL_20);
  const b = cost({ ...SDXL_20, steps: 50 });
  const ratio = b.flops / a.flops;
  const m = a.breakdown;
  return {
    title: 'SDXL: 20 guided steps against 50',
    question:
      `With FLOPs = 2 (M_text + s·g·M_denoiser + M_VAE), compute ${setting(a)} and the same at ${b.steps} steps. ` +
      `The parts: M_text = ${macs(m.textEncoder.macs)}, M_denoiser = ${macs(a.perCall.macs)}, M_VAE = ${macs(m.vae.macs)}.`,
    steps: [
      `g = 2 with guidance, so s·g = ${a.steps} × 2 = ${a.denoiserCalls} calls: ${a.denoiserCalls} × ${macs(a.perCall.macs)} = ${macs(m.denoiser.macs)}.`,
      `Sum: ${macs(m.textEncoder.macs)} + ${macs(m.denoiser.macs)} + ${macs(m.vae.macs)} = ${macs(a.macs)}; × 2 = ${flops(a.flops)}.`,
      `At ${b.steps} steps: ${b.denoiserCalls} calls, ${macs(b.breakdown.denoiser.macs)}; total ${macs(b.macs)}, × 2 = ${flops(b.flops)}.`,
      `Ratio: ${flops(b.flops)} ÷ ${flops(a.flops)} = ${ratio.toFixed(3)}, a little under ${b.steps} ÷ ${a.steps} = ${(b.steps / a.steps).toFixed(1)}.`,
    ],
    answer: { value: a.flops, unit: 'FLOP', text: `${flops(a.flops)} (and ${flops(b.flops)} at ${b.steps} steps)` },
  };
}

function attentionGrowth(): Body {
  const model = getModel('flux-dev');
  const small = forwardCost({ model: model.id, width: 1024, height: 1024 });
  const large = forwardCost({ model: model.id, width: 2048, height: 2048 });
  const tokens = (c: typeof small) => (c.latentWidth / model.patchSize) * (c.latentHeight / model.patchSize);
  const otherSmall = small.macs - small.attentionMacs;
  const otherLarge = large.macs - large.attentionMacs;
  return {
    title: 'Attention’s share grows with resolution',
    question:
      `One ${model.name} pass at 1024 × 1024 spends ${macs(small.attentionMacs)} of its ${macs(small.macs)} in the ` +
      'attention matmuls (QKᵀ and AV). What is the share, and what is it at 2048 × 2048?',
    steps: [
      `Image tokens: ${int(tokens(small))} at 1024², ${int(tokens(large))} at 2048² (4 times as many).`,
      `Share at 1024²: ${macs(small.attentionMacs)} ÷ ${macs(small.macs)} = ${pct(small.attentionShare)}.`,
      `At 2048²: attention ${macs(large.attentionMacs)} (${(large.attentionMacs / small.attentionMacs).toFixed(1)} times, ` +
        `less than 4² = 16 because the prompt's text tokens, attended to jointly, do not grow); everything else ` +
        `${macs(otherLarge)} (${(otherLarge / otherSmall).toFixed(1)} times, less than 4 for the same reason).`,
      `Share at 2048²: ${macs(large.attentionMacs)} ÷ ${macs(large.macs)} = ${pct(large.attentionShare)}.`,
    ],
    answer: {
      value: large.attentionShare,
      unit: 'fraction',
      text: `${pct(small.attentionShare)}, then ${pct(large.attentionShare)}`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 7. Time and energy on real hardware

function rooflineBound(): Body {
  const c = cost(SDXL_20);
  const h = getHardware(H100);
  const peak = h.denseFlopsPerSecond.fp16 ?? Number.NaN;
  const bound = c.flops / peak;
  const est = imageEstimate({ ...SDXL_20, height: SDXL_20.width, hardware: H100, dtype: 'fp16' });
  const achieved = c.flops / est.seconds / peak;
  return {
    title: 'A lower bound on time',
    question:
      `${setting(c)} is ${flops(c.flops)}. What is the shortest possible time on an ${h.name} ` +
      `(dense FP16 peak ${formatSI(peak, { unit: 'FLOP/s' })})? The latency model predicts ${formatSeconds(est.seconds)} in ` +
      'plain PyTorch: what share of the peak is that, and why is it longer?',
    steps: [
      `t ≥ F ÷ P = ${flops(c.flops)} ÷ ${formatSI(peak, { unit: 'FLOP/s' })} = ${formatSeconds(bound)}.`,
      `Predicted ${formatSeconds(est.seconds)}: ${formatSeconds(est.seconds)} ÷ ${formatSeconds(bound)} = ` +
        `${(est.seconds / bound).toFixed(1)} times the bound.`,
      `Achieved rate: ${flops(c.flops)} ÷ ${formatSeconds(est.seconds)} = ${formatSI(c.flops / est.seconds, { unit: 'FLOP/s' })}, ` +
        `${pct(achieved)} of the peak.`,
      'Large matmuls reach only a share η of the peak; normalisations and activations are memory-bound; every ' +
        'kernel has a fixed cost; and in eager PyTorch the host must issue each kernel.',
    ],
    answer: { value: bound, unit: 'seconds', text: `${formatSeconds(bound)} at the very least` },
  };
}

function energyWh(): Body {
  const rows = [H100, 'rtx-4090'].map((id) => {
    const h = getHardware(id);
    const est = imageEstimate({ ...SDXL_20, height: SDXL_20.width, hardware: id });
    const joules = est.seconds * h.boardWatts;
    return { h, seconds: est.seconds, joules, wh: joules / JOULES_PER_WATT_HOUR };
  });
  const [h100, rtx] = rows;
  return {
    title: 'Energy per image in watt-hours',
    question:
      `The latency model predicts ${formatSeconds(h100.seconds)} for 20 guided SDXL steps at 1024² on the ${h100.h.name} ` +
      `(${formatSI(h100.h.boardWatts, { unit: 'W' })} board power) and ${formatSeconds(rtx.seconds)} on the ${rtx.h.name} ` +
      `(${formatSI(rtx.h.boardWatts, { unit: 'W' })}). Bound the energy per image in Wh.`,
    steps: rows
      .flatMap((r) => [
        `${r.h.name}: E ≤ ${formatSI(r.h.boardWatts, { unit: 'W' })} × ${formatSeconds(r.seconds)} = ${formatSI(r.joules, { unit: 'J' })}; ` +
          `÷ ${int(JOULES_PER_WATT_HOUR)} J/Wh = ${formatSI(r.wh, { unit: 'Wh' })}.`,
      ])
      .concat([
        'Upper bounds: cards rarely draw full board power, and the host, memory, fans and power supply are left out.',
      ]),
    answer: {
      value: h100.wh,
      unit: 'Wh',
      text: `at most ${formatSI(h100.wh, { unit: 'Wh' })} (H100), ${formatSI(rtx.wh, { unit: 'Wh' })} (RTX 4090)`,
    },
  };
}

function fluxMemory(): Body {
  const model = getModel('flux-dev');
  const h = getHardware('rtx-4090');
  const c = cost({ model: model.id, width: 1024 });
  const params = c.params.denoiser;
  const activations = LIVE_TENSORS * c.work.denoiserCall.maxTensorElements * ACTIVATION_BYTES.fp16;
  const fp16 = params * BYTES_PER_ELEMENT.fp16 + activations;
  const int8 = params * BYTES_PER_ELEMENT.int8 + activations;
  const textFp16 = c.params.textEncoders * BYTES_PER_ELEMENT.fp16;
  const fits = (bytes: number) => bytes <= h.memoryBytes;
  const verdict = (bytes: number) =>
    fits(bytes) ? `at most ${gb(h.memoryBytes)}, fits` : `more than ${gb(h.memoryBytes)}, does not fit`;
  return {
    title: `FLUX.1 [dev] on a ${card(h.memoryBytes)} card`,
    question:
      `${model.name}'s transformer has ${params2(params)} parameters (${int(params)}). Its activations need about ` +
      `${LIVE_TENSORS} live tensors of ${formatSI(c.work.denoiserCall.maxTensorElements)} values at 2 bytes. ` +
      `Does the transformer alone fit in the ${gb(h.memoryBytes)} of an ${h.name} with fp16 weights? With int8 weights?`,
    steps: [
      `Activations: ${LIVE_TENSORS} × ${formatSI(c.work.denoiserCall.maxTensorElements)} × 2 B = ${gb(activations)}.`,
      `fp16: ${int(params)} × 2 B = ${gb(params * 2)}; + ${gb(activations)} = ${gb(fp16)}: ${verdict(fp16)}.`,
      `int8: ${int(params)} × 1 B = ${gb(params)}; + ${gb(activations)} = ${gb(int8)}: ${verdict(int8)}.`,
      `The text encoders (${params2(c.params.textEncoders)} parameters, ${gb(textFp16)} in fp16) would bring it to ` +
        `${gb(int8 + textFp16)}, ${int8 + textFp16 <= h.memoryBytes ? 'still under' : 'over'} ${gb(h.memoryBytes)}; ` +
        'diffusers can also move them off the card once the prompt is encoded.',
      'A lower bound: the CUDA context and the allocator come on top.',
    ],
    answer: {
      value: int8,
      unit: 'bytes',
      text: `${fits(fp16) ? 'yes' : 'no'} in fp16 (${gb(fp16)}); ${fits(int8) ? 'yes' : 'no'} in int8 (${gb(int8)})`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 8. 2025's efficient approaches

function oneStepSaving(): Body {
  const turbo = cost({ model: 'sdxl-turbo', width: 512, steps: 1 });
  const sdxl = cost({ model: 'sdxl', width: 512, steps: 50, guidance: true });
  const ratio = sdxl.flops / turbo.flops;
  return {
    title: 'What one step saves',
    question:
      `Compare ${setting(sdxl)} with ${setting(turbo)}. How many denoiser calls does each make, how many FLOPs ` +
      'does each image take, and what is the real saving?',
    steps: [
      `Calls: ${sdxl.denoiserCalls} against ${turbo.denoiserCalls}.`,
      `SDXL: ${flops(sdxl.breakdown.textEncoder.flops)} + ${flops(sdxl.breakdown.denoiser.flops)} + ${flops(sdxl.breakdown.vae.flops)} = ${flops(sdxl.flops)}.`,
      `SDXL-Turbo: ${flops(turbo.breakdown.textEncoder.flops)} + ${flops(turbo.breakdown.denoiser.flops)} + ${flops(turbo.breakdown.vae.flops)} = ${flops(turbo.flops)}; ` +
        `the VAE decode is ${pct(turbo.breakdown.vae.flops / turbo.flops)} of it.`,
      `Saving: ${flops(sdxl.flops)} ÷ ${flops(turbo.flops)} ≈ ${factor(ratio)}, far below the ${sdxl.denoiserCalls}× in calls.`,
    ],
    answer: { value: ratio, unit: 'ratio', text: `about ${factor(ratio)} times` },
  };
}

function schnellSaving(): Body {
  const dev = cost({ model: 'flux-dev', width: 1024, steps: getModel('flux-dev').defaultSteps });
  const schnell = cost({ model: 'flux-schnell', width: 1024, steps: getModel('flux-schnell').defaultSteps });
  const ratio = dev.flops / schnell.flops;
  return {
    title: 'FLUX.1 [schnell] against [dev]',
    question:
      `${setting(dev)} against ${setting(schnell)}. Neither doubles the batch for guidance. What is the saving, and ` +
      'why is it not exactly the ratio of steps?',
    steps: [
      `Calls: ${dev.denoiserCalls} against ${schnell.denoiserCalls}, a ratio of ${(dev.denoiserCalls / schnell.denoiserCalls).toFixed(1)}.`,
      `[dev]: ${dev.denoiserCalls} × ${flops(dev.perCall.flops)} + ${flops(dev.breakdown.textEncoder.flops + dev.breakdown.vae.flops)} once = ${flops(dev.flops)}.`,
      `[schnell]: ${schnell.denoiserCalls} × ${flops(schnell.perCall.flops)} + ${flops(schnell.breakdown.textEncoder.flops + schnell.breakdown.vae.flops)} once = ${flops(schnell.flops)}.`,
      `Saving: ${flops(dev.flops)} ÷ ${flops(schnell.flops)} = ${ratio.toFixed(2)}. [schnell] reads a shorter prompt, so each ` +
        `of its calls is a little cheaper (${flops(schnell.perCall.flops)} against ${flops(dev.perCall.flops)}); the ` +
        'fixed parts pull the other way.',
    ],
    answer: { value: ratio, unit: 'ratio', text: `${ratio.toFixed(2)} times` },
  };
}

function cheaperDecoder(): Body {
  const { sdVaeMacs, vitBMacs, ratio } = vaeVersusVitB();
  const model = getModel('dit-xl-2');
  const c = cost({ model: model.id, width: 256, steps: model.defaultSteps, guidance: true });
  const swapped = c.macs - c.breakdown.vae.macs + vitBMacs;
  const saving = c.macs / swapped;
  return {
    title: `A ${Math.round(ratio)} times cheaper decoder`,
    question:
      `RAE's decoder is ViT-B-sized; at 256 × 256 it takes about ${macs(vitBMacs)}, against ${macs(sdVaeMacs)} for the ` +
      `SD-VAE decoder. If only the decoder changed, how much cheaper would one image from ${setting(c)} be?`,
    steps: [
      `Decoders: ${macs(sdVaeMacs)} ÷ ${macs(vitBMacs)} = ${ratio.toFixed(1)} times cheaper.`,
      `Image with the SD-VAE: ${macs(c.breakdown.denoiser.macs)} (${c.denoiserCalls} calls) + ${macs(c.breakdown.vae.macs)} = ${macs(c.macs)}.`,
      `With the cheaper decoder: ${macs(c.breakdown.denoiser.macs)} + ${macs(vitBMacs)} = ${macs(swapped)}.`,
      `Saving: ${macs(c.macs)} ÷ ${macs(swapped)} = ${saving.toFixed(3)}: the decoder runs once, the denoiser ` +
        `${c.denoiserCalls} times, so a cheaper decoder matters only for few-step models. (RAE's latent is also ` +
        'larger than the SD-VAE’s, which makes each denoiser call dearer, not cheaper.)',
    ],
    answer: { value: saving, unit: 'ratio', text: `${saving.toFixed(3)} times: about ${pct(1 - 1 / saving)} less` },
  };
}

// ---------------------------------------------------------------------------------------------
// 9. Run a 1-step model yourself

function turboWeights(): Body {
  const c = cost({ model: 'sdxl-turbo', width: 512, steps: 1 });
  const p = c.params;
  const total = p.textEncoders + p.denoiser + p.vaeDecoder;
  const bytes = total * BYTES_PER_ELEMENT.fp16;
  const cardBytes = 8e9;
  return {
    title: 'SDXL-Turbo’s weights',
    question:
      `SDXL-Turbo's parts have ${params2(p.textEncoders)} (text encoders), ${params2(p.denoiser)} (UNet) and ` +
      `${params2(p.vaeDecoder)} (VAE decoder) parameters. How much memory do the weights take in fp16, and how much ` +
      `of an ${card(cardBytes)} card is left?`,
    steps: [
      `Parameters, exactly: ${int(p.textEncoders)} + ${int(p.denoiser)} + ${int(p.vaeDecoder)} = ${int(total)} ` +
        `(${params2(total)}).`,
      `fp16: ${int(total)} × 2 B = ${gb(bytes)}.`,
      `Left: ${gb(cardBytes)} − ${gb(bytes)} = ${gb(cardBytes - bytes)} for activations, the CUDA context and PyTorch's cache: tight.`,
    ],
    answer: { value: bytes, unit: 'bytes', text: `${gb(bytes)} of weights` },
  };
}

function guidanceCost(): Body {
  const off = cost({ model: 'sdxl-turbo', width: 512, steps: 1, guidance: 0 });
  const on = cost({ model: 'sdxl-turbo', width: 512, steps: 1, guidance: 7.5 });
  const ratio = on.flops / off.flops;
  return {
    title: 'What guidance_scale=7.5 would cost',
    question:
      `The example sets guidance_scale=0.0. With ${on.guidanceScale} instead, diffusers runs the UNet with and without ` +
      'the prompt as a batch of 2. How many FLOPs would the one-step 512 × 512 image take, against how many now?',
    steps: [
      `Now: ${off.denoiserCalls} call; ${flops(off.breakdown.textEncoder.flops)} + ${flops(off.breakdown.denoiser.flops)} + ${flops(off.breakdown.vae.flops)} = ${flops(off.flops)}.`,
      `With guidance: ${on.denoiserCalls} calls, ${on.denoiserCalls} × ${flops(on.perCall.flops)} = ${flops(on.breakdown.denoiser.flops)}; ` +
        `total ${flops(on.flops)}.`,
      `Ratio: ${flops(on.flops)} ÷ ${flops(off.flops)} = ${ratio.toFixed(2)}: less than 2, because the VAE decode does not double.`,
    ],
    answer: { value: on.flops, unit: 'FLOP', text: `${flops(on.flops)}, ${ratio.toFixed(2)} times as much` },
  };
}

function rtx3060Bound(): Body {
  const h = getHardware('rtx-3060');
  const peak = h.denseFlopsPerSecond.fp16 ?? Number.NaN;
  const c = cost({ model: 'sd-turbo', width: 512, steps: 1 });
  const bound = c.flops / peak;
  const est = imageEstimate({ model: 'sd-turbo', width: 512, height: 512, steps: 1, hardware: h.id, dtype: 'fp16' });
  return {
    title: 'Arithmetic time on an RTX 3060',
    question:
      `One ${setting(c)} image is ${flops(c.flops)}. The ${h.name}'s dense FP16 peak is ${formatSI(peak, { unit: 'FLOP/s' })}. ` +
      `What is the arithmetic's lower bound, and how does the latency model's ${formatSeconds(est.seconds)} compare?`,
    steps: [
      `t ≥ ${flops(c.flops)} ÷ ${formatSI(peak, { unit: 'FLOP/s' })} = ${formatSeconds(bound)}.`,
      `Latency model: ${formatSeconds(est.seconds)}, ${(est.seconds / bound).toFixed(1)} times the bound.`,
      'A one-step image is small work: kernel overheads, memory-bound layers and the host issuing kernels weigh ' +
        'more than on a 50-step job. Loading and warm-up come on top: time the second call.',
    ],
    answer: { value: bound, unit: 'seconds', text: `${formatSeconds(bound)} at the very least` },
  };
}

// ---------------------------------------------------------------------------------------------
// 10. Common claims, checked

/** The circulating claim's own figures ("~5 PFLOPs", "~5 sec"), quoted from it: the only typed inputs. */
const CLAIMED = { flops: 5e15, seconds: 5 };

function fivePetaflops(): Body {
  const h = getHardware(H100);
  const peak = h.denseFlopsPerSecond.fp16 ?? Number.NaN;
  const rate = CLAIMED.flops / CLAIMED.seconds;
  const c = cost(SDXL_20);
  return {
    title: '“5 PFLOPs in 5 seconds”',
    question:
      `A slide says one image costs "${formatSI(CLAIMED.flops, { unit: 'FLOP' })}" and takes "${CLAIMED.seconds} s" on one ` +
      `${h.name}. What sustained rate does that imply, against the dense FP16 peak of ${formatSI(peak, { unit: 'FLOP/s' })}? ` +
      `How does the FLOP figure compare with ${setting(c)}?`,
    steps: [
      `Rate: ${formatSI(CLAIMED.flops, { unit: 'FLOP' })} ÷ ${CLAIMED.seconds} s = ${formatSI(rate, { unit: 'FLOP/s' })}.`,
      `Against the peak: ${formatSI(rate, { unit: 'FLOP/s' })} ÷ ${formatSI(peak, { unit: 'FLOP/s' })} = ${(rate / peak).toFixed(2)}` +
        `${rate > peak ? ': above 100% of a peak' : ' of a peak'} that no real workload reaches.`,
      `The engine's SDXL image: ${flops(c.flops)}; ${formatSI(CLAIMED.flops, { unit: 'FLOP' })} is ${factor(CLAIMED.flops / c.flops)} times that.`,
    ],
    answer: {
      value: rate / peak,
      unit: 'share of peak',
      text: `${(rate / peak).toFixed(2)} times the dense peak: ${rate > peak ? 'impossible' : 'implausible'}`,
    },
  };
}

function hundredTimes(): Body {
  const big = cost(SDXL_20);
  const same = cost({ ...SDXL_20, width: 512 });
  const turbo = cost({ model: 'sdxl-turbo', width: 512, steps: 1 });
  const total = big.flops / turbo.flops;
  const resolution = big.flops / same.flops;
  const distillation = same.flops / turbo.flops;
  return {
    title: '“100× cheaper”, taken apart',
    question:
      `Compare ${setting(big)} with ${setting(turbo)}. What is the whole saving, and how much of it comes from the ` +
      'resolution rather than the distillation?',
    steps: [
      `Whole: ${flops(big.flops)} ÷ ${flops(turbo.flops)} = ${factor(total)}.`,
      `Resolution: SDXL at 512 × 512 with the same 20 guided steps is ${flops(same.flops)}; ` +
        `${flops(big.flops)} ÷ ${flops(same.flops)} = ${factor(resolution)}.`,
      `Distillation at the same size: ${flops(same.flops)} ÷ ${flops(turbo.flops)} = ${factor(distillation)}.`,
      `Check: ${factor(resolution)} × ${factor(distillation)} = ${factor(resolution * distillation)}.`,
    ],
    answer: {
      value: total,
      unit: 'ratio',
      text: `${factor(total)} times: ${factor(resolution)} from the resolution × ${factor(distillation)} from the distillation`,
    },
  };
}

// ---------------------------------------------------------------------------------------------

const BUILDERS: Record<ExerciseChapter, (() => Body)[]> = {
  index: [paradoxOperations, paradoxEnergy],
  pixels: [pixelBytes, pixelDraws],
  structure: [smoothSigma, checkerboardCopy],
  constraints: [promptCost, perPixelCall],
  diffusion: [guidedPasses, fixedShareSteps],
  'counting-flops': [ditMacs, sdxlFormula, attentionGrowth],
  hardware: [rooflineBound, energyWh, fluxMemory],
  'efficient-methods': [oneStepSaving, schnellSaving, cheaperDecoder],
  'try-it': [turboWeights, guidanceCost, rtx3060Bound],
  claims: [fivePetaflops, hundredTimes],
};

/** A piece of exercise text as it is set: plain, code, or a symbol with a subscript. */
export type RichPart = { text: string } | { code: string } | { symbol: string; sub: string };

/**
 * Exercise text (units kept together: keep-together.ts) split for setting: a snake_case identifier, with its
 * "=value" if any ("guidance_scale=7.5"), is code; a one-letter symbol with a word after an
 * underscore ("M_text", "M_VAE") is the symbol with that word as subscript, as the chapters
 * typeset them.
 */
export function richText(text: string): RichPart[] {
  const parts: RichPart[] = [];
  const pattern = /\b([a-z]+(?:_[a-z]+)+(?:=\d+(?:\.\d+)?)?)|\b([A-Za-z])_([A-Za-z]+)\b/g;
  const kept = keepTogether(text);
  let last = 0;
  for (const m of kept.matchAll(pattern)) {
    const start = m.index ?? 0;
    if (start > last) parts.push({ text: kept.slice(last, start) });
    parts.push(m[1] ? { code: m[1] } : { symbol: m[2], sub: m[3] });
    last = start + m[0].length;
  }
  if (last < kept.length) parts.push({ text: kept.slice(last) });
  return parts;
}

/** The chapter's exercises, numbered and with their ids. */
export function exercisesFor(chapter: string): Exercise[] {
  if (!(EXERCISE_CHAPTERS as readonly string[]).includes(chapter)) {
    throw new RangeError(`chapter must be one of ${EXERCISE_CHAPTERS.join(', ')}; got "${chapter}"`);
  }
  const key = chapter as ExerciseChapter;
  const n = chapterNumber(key);
  return BUILDERS[key].map((build, i) => ({
    id: `exercise-${n}-${i + 1}`,
    number: `${n}.${i + 1}`,
    chapter: key,
    ...build(),
  }));
}

export function allExercises(): Exercise[] {
  return EXERCISE_CHAPTERS.flatMap((c) => exercisesFor(c));
}
