/**
 * The learned model's data: a seeded procedural family of small RGB scenes. Each scene is a
 * background (one flat colour, or a vertical gradient between two colours) and one or two
 * shapes (disc, square or triangle) of a palette colour, at a random position and size, drawn
 * by the site's anti-aliasing rasteriser (../diffusion/shapes.ts). Scene `index` is drawn from
 * its own generator seeded with `index`, so any member is reproducible on its own, in Node,
 * browsers, workers and (through the exported bytes) the PyTorch training script.
 *
 * Values are Float32 on the [−1, 1] scale, RGB interleaved: value index = (y · size + x) · 3 + c.
 * Indices 0 … TRAINING_SCENES − 1 are the training set; indices from HELD_OUT_START on are
 * scenes the network never saw (the quality measure's reference set).
 */
import { type Rgb, rasterize, type Shape } from '../diffusion/shapes.ts';
import { createRng, nextFloat, type RngState } from '../random.ts';
import { checkInteger, checkOptions } from '../validate.ts';

/** Image side in pixels of every learned-model image. */
export const SCENE_SIZE = 32;
export const SCENE_CHANNELS = 3;
export const SCENE_VALUES = SCENE_SIZE * SCENE_SIZE * SCENE_CHANNELS;
/** Scenes 0 … 4095 are the networks' training set. */
export const TRAINING_SCENES = 4096;
/** First index of the held-out scenes (never trained on). */
export const HELD_OUT_START = 1_000_000;
export const MAX_SCENE_INDEX = 0xffffffff;

/** Eight well-separated colours (RGB in [0, 1]). */
export const SCENE_PALETTE: readonly Rgb[] = [
  [0.9, 0.16, 0.14], // red
  [1, 0.6, 0.1], // orange
  [0.98, 0.88, 0.2], // yellow
  [0.2, 0.7, 0.25], // green
  [0.15, 0.4, 0.9], // blue
  [0.55, 0.25, 0.75], // purple
  [0.96, 0.96, 0.94], // white
  [0.1, 0.1, 0.12], // near-black
];

export const SHAPE_KINDS = ['disc', 'square', 'triangle'] as const;
export type SceneShapeKind = (typeof SHAPE_KINDS)[number];

function pick(rng: RngState, n: number): number {
  return Math.min(n - 1, Math.floor(nextFloat(rng) * n));
}

function between(rng: RngState, lo: number, hi: number): number {
  return lo + (hi - lo) * nextFloat(rng);
}

/** A palette index different from every index in `avoid`. */
function pickColour(rng: RngState, avoid: readonly number[]): number {
  for (;;) {
    const c = pick(rng, SCENE_PALETTE.length);
    if (!avoid.includes(c)) return c;
  }
}

/** The shapes of scene `index` (0 … 2³² − 1), background first. */
export function sceneShapes(index: number): Shape[] {
  checkInteger('index', index, 0, MAX_SCENE_INDEX);
  const rng = createRng(index);
  const shapes: Shape[] = [];
  const bg = pickColour(rng, []);
  const used = [bg];
  if (nextFloat(rng) < 0.3) {
    const bg2 = pickColour(rng, [bg]);
    used.push(bg2);
    shapes.push({ kind: 'gradient', y0: 0, y1: 1, top: SCENE_PALETTE[bg], bottom: SCENE_PALETTE[bg2] });
  } else {
    shapes.push({ kind: 'fill', color: SCENE_PALETTE[bg] });
  }
  const count = nextFloat(rng) < 0.5 ? 1 : 2;
  for (let s = 0; s < count; s++) {
    const kind = SHAPE_KINDS[pick(rng, SHAPE_KINDS.length)];
    const colour = SCENE_PALETTE[pickColour(rng, used)];
    const r = between(rng, 0.14, 0.3);
    const cx = between(rng, r, 1 - r);
    const cy = between(rng, r, 1 - r);
    if (kind === 'disc') shapes.push({ kind: 'ellipse', cx, cy, rx: r, ry: r, color: colour });
    else if (kind === 'square')
      shapes.push({ kind: 'rect', x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r, color: colour });
    else shapes.push({ kind: 'polygon', points: [cx, cy - r, cx + r, cy + r, cx - r, cy + r], color: colour });
  }
  return shapes;
}

/**
 * Renders scene `index` into `out` (SCENE_VALUES floats on [−1, 1], or a new array) and returns it.
 */
export function renderScene(index: number, options?: { out?: Float32Array }): Float32Array {
  const { out = new Float32Array(SCENE_VALUES) } = checkOptions('renderScene options', options);
  const shapes = sceneShapes(index);
  if (!(out instanceof Float32Array) || out.length !== SCENE_VALUES) {
    throw new RangeError(`out must be a Float32Array of ${SCENE_VALUES} values`);
  }
  rasterize(shapes, SCENE_SIZE, out);
  return out;
}

/**
 * Renders `count` consecutive scenes from `start` as bytes (v ↦ round((v + 1) · 127.5)),
 * scene-major, SCENE_VALUES bytes each: the form the training script reads and the form the
 * nearest-neighbour search keeps in memory.
 */
export function renderScenesBytes(options: { start: number; count: number }): Uint8Array {
  const { start, count } = checkOptions('renderScenesBytes options', options);
  checkInteger('start', start, 0, MAX_SCENE_INDEX);
  checkInteger('count', count, 1, 65536);
  checkInteger('start + count - 1', start + count - 1, 0, MAX_SCENE_INDEX);
  const bytes = new Uint8Array(count * SCENE_VALUES);
  const image = new Float32Array(SCENE_VALUES);
  for (let i = 0; i < count; i++) {
    renderScene(start + i, { out: image });
    const o = i * SCENE_VALUES;
    for (let j = 0; j < SCENE_VALUES; j++) {
      const v = Math.round((image[j] + 1) * 127.5);
      bytes[o + j] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  return bytes;
}
