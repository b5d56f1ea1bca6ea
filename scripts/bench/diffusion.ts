/** Diffusion benchmarks for `npm run bench`. */
export async function benchDiffusion(_runs: number): Promise<{ lines: string[]; json: Record<string, unknown> }> {
  return { lines: [], json: {} };
}
