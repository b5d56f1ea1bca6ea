import { describe, expect, it } from 'vitest';
import {
  type Bench,
  type BenchKernel,
  CHECK_SHAPE,
  fillSeeded,
  jsKernel,
  verifyKernel,
  wasmKernel,
} from '../../../src/lib/device/bench-kernel.ts';
import { matmulNaive } from '../../../src/lib/device/matmul.ts';
import { WASM_MATMUL_BYTES, type WasmMatmulExports } from '../../../src/lib/device/wasm-matmul.ts';

async function wasmExports(): Promise<WasmMatmulExports> {
  const { instance } = await WebAssembly.instantiate(WASM_MATMUL_BYTES as BufferSource);
  return instance.exports as unknown as WasmMatmulExports;
}

describe('fillSeeded(out, seed)', () => {
  it('is deterministic, in [−1, 1), and differs between seeds', () => {
    const a = fillSeeded(new Float32Array(1000), 1);
    expect(fillSeeded(new Float32Array(1000), 1)).toEqual(a);
    expect(fillSeeded(new Float32Array(1000), 2)).not.toEqual(a);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...a)).toBeLessThan(1);
  });
});

describe('bench kernels', () => {
  it('jsKernel and wasmKernel multiply their seeded inputs as the naive product does', async () => {
    for (const kernel of [jsKernel, wasmKernel(await wasmExports())]) {
      const shape = { m: 64, n: 64, k: 64 };
      const bench = await kernel.setup(shape);
      await bench.run(2);
      const c = await bench.readC();
      const want = matmulNaive({ ...shape, a: bench.a, b: bench.b });
      for (let i = 0; i < want.length; i++) expect(c[i]).toBeCloseTo(want[i], 3);
      bench.dispose();
    }
  });

  it('verifyKernel passes the real kernels and rejects one whose product is wrong', async () => {
    await expect(verifyKernel(jsKernel)).resolves.toBeUndefined();
    await expect(verifyKernel(wasmKernel(await wasmExports()))).resolves.toBeUndefined();
    let disposed = false;
    const broken: BenchKernel = {
      ...jsKernel,
      setup(shape) {
        const bench = jsKernel.setup(shape) as Bench;
        return {
          ...bench,
          readC: () => (bench.readC() as Float32Array).map((v) => v + 1),
          dispose: () => {
            disposed = true;
          },
        };
      },
    };
    await expect(verifyKernel(broken)).rejects.toThrow(/differed from the reference multiply/);
    expect(disposed).toBe(true);
    expect(CHECK_SHAPE.m % 4).toBe(0);
  });
});
