/**
 * The device benchmark's kernels as one interface: a kernel prepares a product of a fixed shape
 * (a Bench) and runs it repeatedly. This file holds the interface, the seeded inputs, the
 * JavaScript and WebAssembly SIMD kernels and the check every kernel passes before it is timed;
 * the WebGPU kernel is in webgpu-kernel.ts. The timing loop itself is the worker's
 * (src/workers/device-bench.worker.ts): the engine has no clock.
 */

import type { DevicePath } from './device-measurement.ts';
import { matmulBlockedUnchecked, matmulNaive } from './matmul.ts';
import { SPOT_CHECK_TOLERANCE } from './matmul-check.ts';
import type { MatmulShape } from './matmul-shape.ts';
import { type WasmMatmulExports, wasmMatmulBuffers } from './wasm-matmul.ts';

/** A seeded fill in [−1, 1) (xorshift32), so every run multiplies the same numbers. */
export function fillSeeded(out: Float32Array, seed: number): Float32Array {
  let x = seed >>> 0 || 1;
  for (let i = 0; i < out.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = (x >>> 0) / 2147483648 - 1;
  }
  return out;
}

/** One prepared product of a fixed shape: run it (repeatedly), then read C back. */
export interface Bench {
  shape: MatmulShape;
  a: Float32Array;
  b: Float32Array;
  /** Runs `count` products (C = A·B each time) and resolves when they are done. */
  run(count: number): Promise<void> | void;
  readC(): Promise<Float32Array> | Float32Array;
  dispose(): void;
}

export interface BenchKernel {
  path: DevicePath;
  /** Sides are multiples of this; the range the warm-up may choose from. */
  multiple: number;
  min: number;
  max: number;
  /** Products queued per timed repetition (GPU: several, so submission latency is amortised). */
  productsPerRep(side: number, secondsPerProduct: number): number;
  setup(shape: MatmulShape): Promise<Bench> | Bench;
}

/** The 4 × 4 register-blocked JavaScript kernel (matmul.ts). */
export const jsKernel: BenchKernel = {
  path: 'javascript',
  multiple: 32,
  min: 64,
  max: 1024,
  productsPerRep: () => 1,
  setup(shape) {
    const { m, n, k } = shape;
    const a = fillSeeded(new Float32Array(m * k), 1);
    const b = fillSeeded(new Float32Array(k * n), 2);
    const c = new Float32Array(m * n);
    return {
      shape,
      a,
      b,
      run(count) {
        for (let i = 0; i < count; i++) matmulBlockedUnchecked(a, b, c, m, n, k);
      },
      readC: () => c,
      dispose() {},
    };
  },
};

/** The WebAssembly SIMD kernel over an instance of WASM_MATMUL_BYTES (the caller instantiates it). */
export function wasmKernel(exports: WasmMatmulExports): BenchKernel {
  return {
    path: 'wasm-simd',
    multiple: 32,
    min: 64,
    max: 1536,
    productsPerRep: () => 1,
    setup(shape) {
      const buffers = wasmMatmulBuffers(exports, shape);
      fillSeeded(buffers.a, 1);
      fillSeeded(buffers.b, 2);
      return {
        shape,
        a: buffers.a,
        b: buffers.b,
        run(count) {
          for (let i = 0; i < count; i++) buffers.run();
        },
        readC: () => buffers.c,
        dispose() {},
      };
    },
  };
}

/** A shape the checks multiply: odd sizes, so edge handling is exercised (WASM needs m % 4, n % 8). */
export const CHECK_SHAPE: MatmulShape = { m: 36, n: 40, k: 37 };

/** Multiplies CHECK_SHAPE with the kernel and compares every entry with the naive multiply; throws if any differs. */
export async function verifyKernel(kernel: BenchKernel): Promise<void> {
  const bench = await kernel.setup(CHECK_SHAPE);
  try {
    await bench.run(1);
    const c = await bench.readC();
    const want = matmulNaive({ ...CHECK_SHAPE, a: bench.a, b: bench.b });
    let worst = 0;
    for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(c[i] - want[i]) / (1 + Math.abs(want[i])));
    if (!(worst <= SPOT_CHECK_TOLERANCE)) {
      throw new Error(`its product differed from the reference multiply (relative error ${worst.toPrecision(2)})`);
    }
  } finally {
    bench.dispose();
  }
}
