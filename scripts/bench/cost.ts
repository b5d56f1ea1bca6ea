/** Cost benchmarks for `npm run bench`. */
export async function benchCost(_runs: number): Promise<{ lines: string[]; json: Record<string, unknown> }> {
  return { lines: [], json: {} };
}
