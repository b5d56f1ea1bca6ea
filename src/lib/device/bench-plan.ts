/**
 * The benchmark's arithmetic, kept pure so it is tested: choosing a matrix side from a warm-up
 * rate so that one repetition takes a target time, and summarising timed repetitions.
 */
import { checkInteger, checkNumber, checkOptions } from '../validate.ts';
import { benchFlops, matmulFlops } from './matmul-flops.ts';
import type { MatmulShape } from './matmul-shape.ts';

export interface ChooseSideOptions {
  /** A rough rate from the warm-up, FLOP/s, > 0. */
  flopsPerSecond: number;
  /** Wanted seconds per repetition, > 0 (the benchmark aims at 0.05 s: between 20 and 100 ms). */
  targetSeconds: number;
  /** The side is a multiple of this (the kernels' tile), ≥ 1. */
  multiple: number;
  /** Smallest and largest side, multiples of `multiple`. */
  min: number;
  max: number;
}

/**
 * The square side s (m = n = k = s) whose product, 2·s³ FLOPs, takes about `targetSeconds` at
 * `flopsPerSecond`: s = ∛(rate · t / 2), rounded to a multiple and clamped to [min, max].
 */
export function chooseMatmulSide(options: ChooseSideOptions): number {
  const o = checkOptions('options', options);
  const rate = checkNumber('flopsPerSecond', o.flopsPerSecond, Number.MIN_VALUE, Number.MAX_VALUE);
  const seconds = checkNumber('targetSeconds', o.targetSeconds, Number.MIN_VALUE, 3600);
  const multiple = checkInteger('multiple', o.multiple, 1, 4096);
  const min = checkInteger('min', o.min, multiple, 65536);
  const max = checkInteger('max', o.max, min, 65536);
  const ideal = Math.cbrt((rate * seconds) / 2);
  const rounded = Math.max(multiple, Math.round(ideal / multiple) * multiple);
  return Math.min(max, Math.max(min, rounded));
}

export interface BenchSummary {
  shape: MatmulShape;
  /** Products completed and timed (timed batches × products per batch). */
  reps: number;
  /** 2·m·n·k·reps. */
  flops: number;
  /** Sum of the timed repetitions, seconds. */
  seconds: number;
  /** flops / seconds: the sustained rate over every completed repetition. */
  flopsPerSecond: number;
  /** The median batch's rate, FLOP/s (robust to one slow batch, e.g. a GC pause). */
  medianFlopsPerSecond: number;
  /** Fastest and slowest batch, seconds. */
  minRepSeconds: number;
  maxRepSeconds: number;
}

/**
 * Summarises timed batches of one shape. `repSeconds` holds one positive duration per completed
 * batch; each batch ran `productsPerRep` products (1 on the CPU; the GPU path may queue several
 * per submission so that submission latency does not dominate).
 */
export function summariseBench(
  shape: MatmulShape,
  options: { repSeconds: readonly number[]; productsPerRep?: number },
): BenchSummary {
  const { repSeconds, productsPerRep = 1 } = checkOptions('summariseBench options', options);
  checkInteger('productsPerRep', productsPerRep, 1, 1e6);
  if (!Array.isArray(repSeconds) || repSeconds.length === 0) {
    throw new RangeError(`repSeconds must hold at least one duration; got ${repSeconds?.length ?? repSeconds}`);
  }
  let seconds = 0;
  for (let i = 0; i < repSeconds.length; i++) {
    seconds += checkNumber(`repSeconds[${i}]`, repSeconds[i], Number.MIN_VALUE, Number.MAX_VALUE);
  }
  const batches = repSeconds.length;
  const reps = batches * productsPerRep;
  const flops = benchFlops(shape, { reps });
  const sorted = [...repSeconds].sort((x, y) => x - y);
  const mid = batches >> 1;
  const median = batches % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    shape: { m: shape.m, n: shape.n, k: shape.k },
    reps,
    flops,
    seconds,
    flopsPerSecond: flops / seconds,
    medianFlopsPerSecond: (matmulFlops(shape) * productsPerRep) / median,
    minRepSeconds: sorted[0],
    maxRepSeconds: sorted[batches - 1],
  };
}
