/**
 * A WebAssembly SIMD float32 matrix product, assembled here byte by byte (no toolchain, no
 * download): one exported function `matmul(aPtr, bPtr, cPtr, m, n, k)` over the module's own
 * exported memory, C = A·B, row-major, byte addresses. Requirements: m a multiple of 4, n a
 * multiple of 8 (the register tile), k ≥ 1; the wrapper checks them.
 *
 * The kernel (what the bytes below encode), per 4 × 8 tile of C:
 *   acc[r][0..1] = 0 (8 v128 accumulators, 4 rows × 2 × f32x4)
 *   for p in 0 … k−1:
 *     b0, b1 = v128.load(B[p][j … j+3]), v128.load(B[p][j+4 … j+7])
 *     for r in 0 … 3: a = v128.load32_splat(A[i+r][p]); acc[r][0] += a·b0; acc[r][1] += a·b1
 *   store acc to C[i … i+3][j … j+7]
 * so each p does 6 loads for 16 f32x4 multiply-adds (64 FLOPs counted as 2 per multiply-add).
 * Plain SIMD has no fused multiply-add, so each is an f32x4.mul then an f32x4.add, rounding to
 * float32 at each step, as the naive float32 loop would.
 *
 * Spec: https://webassembly.github.io/spec/core/binary/ (module layout, LEB128, instructions)
 * and the SIMD opcode table https://github.com/WebAssembly/simd/blob/main/proposals/simd/BinarySIMD.md.
 */
import { checkOptions } from '../validate.ts';
import type { MatmulShape } from './matmul-shape.ts';
import { checkMatmulShape } from './matmul-shape.ts';

/** The register tile: m must be a multiple of WASM_TILE_M and n of WASM_TILE_N. */
export const WASM_TILE_M = 4;
export const WASM_TILE_N = 8;
const PAGE_BYTES = 65536;

// --- encoding helpers -----------------------------------------------------------------------

function uleb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

function sleb(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

function name(text: string): number[] {
  const bytes = Array.from(text, (ch) => ch.charCodeAt(0));
  return [...uleb(bytes.length), ...bytes];
}

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

const I32 = 0x7f;
const V128 = 0x7b;
const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  i32: (v: number) => [0x41, ...sleb(v)],
  i32Add: [0x6a],
  i32Mul: [0x6c],
  i32GeU: [0x4f],
  // SIMD instructions: prefix 0xfd, then the opcode as a LEB128 u32, then any immediates.
  v128Load: (offset: number) => [0xfd, ...uleb(0x00), 2, ...uleb(offset)],
  v128Load32Splat: [0xfd, ...uleb(0x09), 2, 0],
  v128Store: (offset: number) => [0xfd, ...uleb(0x0b), 2, ...uleb(offset)],
  v128Zero: [0xfd, ...uleb(0x0c), ...new Array<number>(16).fill(0)],
  f32x4Add: [0xfd, ...uleb(0xe4)],
  f32x4Mul: [0xfd, ...uleb(0xe6)],
};

// --- the kernel ------------------------------------------------------------------------------

// Parameters 0 … 5: aPtr, bPtr, cPtr, m, n, k (i32). Locals follow.
const [A, B, C, M, N, K] = [0, 1, 2, 3, 4, 5];
// i32 locals
const I = 6; // row of the tile
const J = 7; // column of the tile
const P = 8; // reduction index
const STRIDE_A = 9; // k · 4 bytes
const STRIDE_B = 10; // n · 4 bytes (also C's row stride)
const PA = 11; // address of A[i][p] (rows i+1 … i+3 are at PA + r · STRIDE_A, kept in PA1 … PA3)
const PA1 = 12;
const PA2 = 13;
const PA3 = 14;
const PB = 15; // address of B[p][j]
const PC = 16; // address of C[i][j], then of each row while storing
const I32_LOCALS = 11;
// v128 locals
const ACC = 17; // 8 accumulators: ACC + 2r + h
const B0 = 25;
const B1 = 26;
const AV = 27;
const V128_LOCALS = 11;

function kernelBody(): number[] {
  const code: number[] = [];
  const emit = (...parts: (number | number[])[]) => {
    for (const part of parts) {
      if (typeof part === 'number') code.push(part);
      else code.push(...part);
    }
  };
  emit(op.get(K), op.i32(4), op.i32Mul, op.set(STRIDE_A));
  emit(op.get(N), op.i32(4), op.i32Mul, op.set(STRIDE_B));
  emit(op.i32(0), op.set(I));
  emit(op.block, op.loop); // rows of tiles
  emit(op.get(I), op.get(M), op.i32GeU, op.brIf(1));
  emit(op.i32(0), op.set(J));
  emit(op.block, op.loop); // columns of tiles
  emit(op.get(J), op.get(N), op.i32GeU, op.brIf(1));
  for (let t = 0; t < 8; t++) emit(op.v128Zero, op.set(ACC + t));
  // PA = A + i · strideA; PA1..3 follow by strideA each. PB = B + j · 4.
  emit(op.get(A), op.get(I), op.get(STRIDE_A), op.i32Mul, op.i32Add, op.set(PA));
  emit(op.get(PA), op.get(STRIDE_A), op.i32Add, op.set(PA1));
  emit(op.get(PA1), op.get(STRIDE_A), op.i32Add, op.set(PA2));
  emit(op.get(PA2), op.get(STRIDE_A), op.i32Add, op.set(PA3));
  emit(op.get(B), op.get(J), op.i32(4), op.i32Mul, op.i32Add, op.set(PB));
  emit(op.i32(0), op.set(P));
  emit(op.block, op.loop); // reduction
  emit(op.get(P), op.get(K), op.i32GeU, op.brIf(1));
  emit(op.get(PB), op.v128Load(0), op.set(B0));
  emit(op.get(PB), op.v128Load(16), op.set(B1));
  const rows = [PA, PA1, PA2, PA3];
  for (let r = 0; r < 4; r++) {
    emit(op.get(rows[r]), op.v128Load32Splat, op.set(AV));
    for (let h = 0; h < 2; h++) {
      emit(op.get(ACC + 2 * r + h), op.get(AV), op.get(h === 0 ? B0 : B1), op.f32x4Mul, op.f32x4Add);
      emit(op.set(ACC + 2 * r + h));
    }
  }
  for (const row of rows) emit(op.get(row), op.i32(4), op.i32Add, op.set(row));
  emit(op.get(PB), op.get(STRIDE_B), op.i32Add, op.set(PB));
  emit(op.get(P), op.i32(1), op.i32Add, op.set(P));
  emit(op.br(0), op.end, op.end);
  // PC = C + i · strideB + j · 4; store four rows of two vectors.
  emit(op.get(C), op.get(I), op.get(STRIDE_B), op.i32Mul, op.i32Add, op.get(J), op.i32(4), op.i32Mul, op.i32Add);
  emit(op.set(PC));
  for (let r = 0; r < 4; r++) {
    if (r > 0) emit(op.get(PC), op.get(STRIDE_B), op.i32Add, op.set(PC));
    emit(op.get(PC), op.get(ACC + 2 * r), op.v128Store(0));
    emit(op.get(PC), op.get(ACC + 2 * r + 1), op.v128Store(16));
  }
  emit(op.get(J), op.i32(WASM_TILE_N), op.i32Add, op.set(J));
  emit(op.br(0), op.end, op.end);
  emit(op.get(I), op.i32(WASM_TILE_M), op.i32Add, op.set(I));
  emit(op.br(0), op.end, op.end);
  emit(op.end);
  return code;
}

function assemble(): Uint8Array {
  const type = section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [I32], [I32], [I32]]), ...vec([])]]));
  const func = section(3, vec([[0]]));
  const memory = section(5, vec([[0x00, ...uleb(1)]]));
  const exports = section(
    7,
    vec([
      [...name('memory'), 0x02, 0],
      [...name('matmul'), 0x00, 0],
    ]),
  );
  const locals = vec([
    [...uleb(I32_LOCALS), I32],
    [...uleb(V128_LOCALS), V128],
  ]);
  const body = [...locals, ...kernelBody()];
  const code = section(10, vec([[...uleb(body.length), ...body]]));
  return new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...type,
    ...func,
    ...memory,
    ...exports,
    ...code,
  ]);
}

/**
 * The module's bytes. `WebAssembly.validate(WASM_MATMUL_BYTES)` is the feature test for
 * WebAssembly SIMD: engines without it reject the v128 instructions.
 */
export const WASM_MATMUL_BYTES: Uint8Array = assemble();

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
