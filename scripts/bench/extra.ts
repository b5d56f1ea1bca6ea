/** Benchmarks of the diffusion sampler and the cost model (added as those engines land). */
export async function extraBenchmarks(_runs: number): Promise<{ lines: string[]; json: Record<string, unknown> }> {
  return { lines: [], json: {} };
}
