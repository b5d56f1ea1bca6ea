import { describe, expect, it } from 'vitest';
import { matmulNaive } from '../../../src/lib/device/matmul.ts';
import type { WasmMatmulExports } from '../../../src/lib/device/wasm-matmul.ts';
import {
  checkWasmShape,
  WASM_MATMUL_BYTES,
  wasmMatmul,
  wasmMatmulBuffers,
} from '../../../src/lib/device/wasm-matmul.ts';

function seeded(length: number, seed: number): Float32Array {
  const out = new Float32Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = (x >>> 0) / 2147483648 - 1;
  }
  return out;
}

async function instantiate(): Promise<WasmMatmulExports> {
  const { instance } = await WebAssembly.instantiate(WASM_MATMUL_BYTES as BufferSource);
  return instance.exports as unknown as WasmMatmulExports;
}

describe('the hand-assembled WebAssembly SIMD matmul', () => {
  it('is a valid module (Node 24 supports WebAssembly SIMD) exporting memory and matmul', async () => {
    expect(WebAssembly.validate(WASM_MATMUL_BYTES as BufferSource)).toBe(true);
    const module = await WebAssembly.compile(WASM_MATMUL_BYTES as BufferSource);
    expect(WebAssembly.Module.exports(module)).toEqual([
      { name: 'memory', kind: 'memory' },
      { name: 'matmul', kind: 'function' },
    ]);
  });

  it('multiplies small integer matrices exactly', async () => {
    const ex = await instantiate();
    const m = 4;
    const n = 8;
    const k = 3;
    const a = Float32Array.from({ length: m * k }, (_, i) => i - 5);
    const b = Float32Array.from({ length: k * n }, (_, i) => (i % 7) - 3);
    expect(Array.from(wasmMatmul(ex, { m, n, k, a, b }))).toEqual(Array.from(matmulNaive({ m, n, k, a, b })));
  });

  const shapes: [number, number, number][] = [
    [4, 8, 1],
    [8, 16, 37],
    [36, 40, 37],
    [64, 72, 129],
    [128, 128, 128],
  ];
  it.each(shapes)('equals the naive multiply within float32 tolerance: m=%i n=%i k=%i', async (m, n, k) => {
    const ex = await instantiate();
    const a = seeded(m * k, m + k);
    const b = seeded(k * n, n + k + 3);
    const got = wasmMatmul(ex, { m, n, k, a, b });
    const want = matmulNaive({ m, n, k, a, b });
    for (let i = 0; i < want.length; i++) {
      expect(Math.abs(got[i] - want[i])).toBeLessThanOrEqual(k * 2 ** -22 * (1 + Math.abs(want[i]) + Math.sqrt(k)));
    }
  });

  it('grows its memory for large shapes and reuses buffers across runs', async () => {
    const ex = await instantiate();
    const bufs = wasmMatmulBuffers(ex, { m: 256, n: 256, k: 256 });
    expect(ex.memory.buffer.byteLength).toBeGreaterThanOrEqual(3 * 256 * 256 * 4);
    bufs.a.fill(1);
    bufs.b.fill(0.5);
    bufs.run();
    bufs.run();
    expect(bufs.c[0]).toBe(128);
    expect(bufs.c[256 * 256 - 1]).toBe(128);
  });

  it('checkWasmShape names the side that does not fit the 4 × 8 tile', () => {
    expect(() => checkWasmShape({ m: 6, n: 8, k: 3 })).toThrow(/^m must be a multiple of 4/);
    expect(() => checkWasmShape({ m: 4, n: 12, k: 3 })).toThrow(/^n must be a multiple of 8/);
    expect(checkWasmShape({ m: 4, n: 8, k: 3 })).toEqual({ m: 4, n: 8, k: 3 });
  });
});
