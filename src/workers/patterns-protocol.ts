/** Messages between the pattern demos and their worker (envelope: protocol.ts). */
import type { GradientKind, Tally } from '../lib/index.ts';

export type PatternName = 'random' | 'smooth' | 'gradient' | 'checkerboard';

interface JobShape {
  width: number;
  height: number;
  /** 1, 3 or 4 (the engine validates). */
  channels: number;
  /**
   * What comes back: the pattern's own bytes (`pixels`, the default), or the same picture as
   * RGBA ready for a canvas (`rgba`: converted in the worker, so the page only copies it in).
   */
  output?: 'pixels' | 'rgba';
  /** A buffer of the returned size to write into (transferred), or undefined. */
  reuse?: ArrayBuffer;
}

/** One pattern to make: the shape, and only the options that pattern reads. */
export type PatternJob =
  | (JobShape & { pattern: 'random'; seed: number })
  | (JobShape & { pattern: 'smooth'; seed: number; sigma: number })
  | (JobShape & { pattern: 'gradient'; angle: number; kind: GradientKind })
  | (JobShape & { pattern: 'checkerboard'; cell: number });

export type PatternResponse =
  | {
      ok: true;
      /** The pattern's bytes, or RGBA when the request asked for `output: 'rgba'`. */
      buffer: ArrayBuffer;
      tally: Tally;
      /** Time to generate the pattern (not to convert it). */
      milliseconds: number;
      req: PatternJob;
    }
  | { ok: false; message: string; req: PatternJob };

/** The patterns worker makes one picture per request and posts no progress. */
export type PatternProgress = never;
