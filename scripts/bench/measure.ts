/** Timing helpers for the benchmarks (never used by pass/fail tests). */

export interface Timing {
  medianMs: number;
  minMs: number;
  runs: number;
}

/** Median of `runs` timed calls after `warmup` untimed ones. */
export function measure(fn: () => unknown, { runs = 25, warmup = 5 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[times.length >> 1], minMs: times[0], runs };
}
