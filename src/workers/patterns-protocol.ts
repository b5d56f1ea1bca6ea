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
  /** A buffer of the right size to write into (transferred), or undefined. */
  reuse?: ArrayBuffer;
}

export type PatternResponse =
  | { id: number; ok: true; buffer: ArrayBuffer; tally: Tally; milliseconds: number; req: PatternRequest }
  | { id: number; ok: false; message: string; req: PatternRequest };
