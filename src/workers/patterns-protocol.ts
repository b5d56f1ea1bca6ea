/** Messages between the pattern explorer and its worker. */
import type { GradientKind, Tally } from '../lib/index.ts';

export type PatternName = 'random' | 'smooth' | 'gradient' | 'checkerboard';

export interface PatternRequest {
  id: number;
  pattern: PatternName;
  width: number;
  height: number;
  channels: number;
  seed: number;
  sigma: number;
  angle: number;
  kind: GradientKind;
  cell: number;
  /**
   * What comes back: the pattern's own bytes (`pixels`, the default), or the same picture as
   * RGBA ready for a canvas (`rgba`: converted in the worker, so the page only copies it in).
   */
  output?: 'pixels' | 'rgba';
  /** A buffer of the returned size to write into (transferred), or undefined. */
  reuse?: ArrayBuffer;
}

export type PatternResponse =
  | {
      id: number;
      ok: true;
      /** The pattern's bytes, or RGBA when the request asked for `output: 'rgba'`. */
      buffer: ArrayBuffer;
      tally: Tally;
      /** Time to generate the pattern (not to convert it). */
      milliseconds: number;
      req: PatternRequest;
    }
  | { id: number; ok: false; message: string; req: PatternRequest };
