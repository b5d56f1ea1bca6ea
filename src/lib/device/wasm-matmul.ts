/**
 * A WebAssembly SIMD float32 matrix product for the device benchmark: one exported function
 * `matmul(aPtr, bPtr, cPtr, m, n, k)` over the module's own exported memory, C = A·B, row-major,
 * byte addresses, in 4 × 8 register tiles. The kernel is wasm-matmul.wat (compiled into
 * wasm-matmul-wasm.ts by `npm run build:wasm`, like the smooth-noise kernels); this module
 * holds its bytes, the shape rules and the helpers that lay matrices out in its memory.
 */
import { checkOptions } from '../validate.ts';
import { hexBytes } from '../wasm-bytes.ts';
import type { MatmulShape } from './matmul-shape.ts';
import { checkMatmulShape } from './matmul-shape.ts';
import { WASM_MATMUL_HEX } from './wasm-matmul-wasm.ts';

/** The register tile: m must be a multiple of WASM_TILE_M and n of WASM_TILE_N. */
export const WASM_TILE_M = 4;
export const WASM_TILE_N = 8;
const PAGE_BYTES = 65536;

/**
 * The module's bytes. `WebAssembly.validate(WASM_MATMUL_BYTES)` is the feature test for
 * WebAssembly SIMD: engines without it reject the v128 instructions.
 */
export const WASM_MATMUL_BYTES: Uint8Array = hexBytes(WASM_MATMUL_HEX);

/** What an instance of the module exports (typed here because src/lib has no DOM/WebAssembly types). */
export interface WasmMatmulExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  matmul(aPtr: number, bPtr: number, cPtr: number, m: number, n: number, k: number): void;
}

/** A shape's A, B and C laid out in the module's memory, for repeated products without copies. */
export interface WasmMatmulBuffers {
  shape: MatmulShape;
  /** Views into the module memory (valid until the memory grows again). */
  a: Float32Array;
  b: Float32Array;
  c: Float32Array;
  /** Runs C = A·B once on the views' contents. */
  run(): void;
}

/** Checks that the WASM kernel accepts the shape (m % 4 = 0, n % 8 = 0); a RangeError says which side. */
export function checkWasmShape(shape: MatmulShape): MatmulShape {
  const s = checkMatmulShape(checkOptions('shape', shape));
  if (s.m % WASM_TILE_M !== 0)
    throw new RangeError(`m must be a multiple of ${WASM_TILE_M} for the WASM kernel; got ${s.m}`);
  if (s.n % WASM_TILE_N !== 0)
    throw new RangeError(`n must be a multiple of ${WASM_TILE_N} for the WASM kernel; got ${s.n}`);
  return s;
}

/**
 * Lays out A (at byte 0), B and C in the instance's memory, growing it as needed, and returns
 * views to fill and a `run` that multiplies in place.
 */
export function wasmMatmulBuffers(exports: WasmMatmulExports, shape: MatmulShape): WasmMatmulBuffers {
  const { m, n, k } = checkWasmShape(shape);
  const aBytes = m * k * 4;
  const bBytes = k * n * 4;
  const cBytes = m * n * 4;
  const total = aBytes + bBytes + cBytes;
  const have = exports.memory.buffer.byteLength;
  if (total > have) exports.memory.grow(Math.ceil((total - have) / PAGE_BYTES));
  const buffer = exports.memory.buffer;
  const a = new Float32Array(buffer, 0, m * k);
  const b = new Float32Array(buffer, aBytes, k * n);
  const c = new Float32Array(buffer, aBytes + bBytes, m * n);
  return { shape: { m, n, k }, a, b, c, run: () => exports.matmul(0, aBytes, aBytes + bBytes, m, n, k) };
}

/** One product through the WASM kernel: copies a and b in, multiplies, copies C out. */
export function wasmMatmul(
  exports: WasmMatmulExports,
  options: MatmulShape & { a: Float32Array; b: Float32Array; out?: Float32Array },
): Float32Array {
  const o = checkOptions('options', options);
  const buffers = wasmMatmulBuffers(exports, o);
  const { m, n, k } = buffers.shape;
  if (o.a.length !== m * k) throw new RangeError(`a must have length ${m * k}; got ${o.a.length}`);
  if (o.b.length !== k * n) throw new RangeError(`b must have length ${k * n}; got ${o.b.length}`);
  buffers.a.set(o.a);
  buffers.b.set(o.b);
  buffers.run();
  const out = o.out ?? new Float32Array(m * n);
  out.set(buffers.c);
  return out;
}
