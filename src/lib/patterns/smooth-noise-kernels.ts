/**
 * The inner loops of smoothNoise, twice: the WebAssembly SIMD module compiled from
 * smooth-noise.wat, and a JavaScript twin that performs the same float32 operations in the same
 * order (`Math.fround` after each one; an operation on two float32 values computed in float64
 * and rounded once gives the correctly rounded float32 result). Both work on one workspace
 * buffer laid out by `layout()`, so either can run any step and the bytes are identical (tested).
 * The WebAssembly module is used wherever it compiles (every current browser, Node ≥ 16); the
 * twin is the fallback (no WebAssembly, no SIMD, or a page policy that forbids compiling it).
 */
import { hexBytes } from '../wasm-bytes.ts';
import { SMOOTH_NOISE_WASM_HEX } from './smooth-noise-wasm.ts';

/** Bytes of slack after every region: vector loops may touch up to one vector past its end. */
export const PAD = 64;
const PAGE_BYTES = 65536;

export type SmoothNoiseBackend = 'wasm-simd' | 'javascript';

/** Where each step's data lives in the workspace, in bytes. */
export interface Layout {
  /** n noise bytes, later the n output bytes. */
  noise: number;
  /** Two float32 images of n values each: a holds the widened noise and the result, b the rows' result. */
  a: number;
  b: number;
  /** Bytes per row slot in the buffers below: the row's bytes plus 16, rounded up to 32. */
  slot: number;
  /** Running sums for up to three column passes, one slot each, then one scratch slot. */
  sums: number;
  scratch: number;
  /** Four line buffers (`lineBytes` each) for the row passes between the first and the last. */
  lines: number;
  lineBytes: number;
  /** WebAssembly: three rings of 2R + 3 row slots (R the largest radius) feeding the column passes. */
  rings: readonly [number, number, number];
  ringSlots: number;
  /** JavaScript twin: two strips of JS_STRIP bytes × height rows between the column passes. */
  t1: number;
  t2: number;
  /** Two float64 results of the moments. */
  moments: number;
  /** Bytes the WebAssembly kernels need (the regions up to the moments). */
  total: number;
  /** Bytes the JavaScript twin needs (b, t1 and t2 as well). */
  totalTwin: number;
}

const align16 = (x: number) => (x + 15) & ~15;
const align32 = (x: number) => (x + 31) & ~31;

/** Chunk of the moments when rows are not whole vectors: 1024 values. */
const MOMENT_CHUNK = 4096;

/** The moments' chunk for rows of `rowBytes`: one row when rows are whole vectors (so the column
 * passes can sum each row as they write it), else MOMENT_CHUNK bytes. */
export function momentChunk(rowBytes: number): number {
  return rowBytes % 16 === 0 ? rowBytes : MOMENT_CHUNK;
}

/** Width in bytes of the vertical strips the JavaScript twin's column passes work in. */
const JS_STRIP = 256;

export function layout(n: number, rowLen: number, height: number, maxRadius: number): Layout {
  // What the WebAssembly cascade uses comes first; the JavaScript twin's extra image and strips
  // last, so the WebAssembly memory need not grow to hold them.
  const noise = 0;
  const a = align16(noise + n + PAD);
  const slot = align32(4 * rowLen + 16);
  const sums = align16(a + 4 * n + PAD);
  const scratch = sums + 3 * slot;
  const lines = scratch + slot + PAD;
  const lineBytes = align16(4 * rowLen + PAD);
  const ringSlots = 2 * maxRadius + 3;
  const ring0 = lines + 4 * lineBytes;
  const ring1 = ring0 + ringSlots * slot + PAD;
  const ring2 = ring1 + ringSlots * slot + PAD;
  const moments = ring2 + ringSlots * slot + PAD;
  const total = moments + 16;
  const b = align16(total + PAD);
  const t1 = b + 4 * n + PAD;
  const t2 = t1 + JS_STRIP * height + PAD;
  return {
    noise,
    a,
    b,
    slot,
    sums,
    scratch,
    lines,
    lineBytes,
    rings: [ring0, ring1, ring2],
    ringSlots,
    t1,
    t2,
    moments,
    total,
    totalTwin: t2 + JS_STRIP * height + PAD,
  };
}

/** Σ(v − shift) and Σ(v − shift)² over an image, and the shift (a float32: the image's first value). */
export interface Moments {
  sum: number;
  sumSq: number;
  shift: number;
}

/** One to three box passes along one axis: radii (each ≥ 1) and 1/(2r + 1) for each. */
export interface Passes {
  radii: readonly number[];
  invs: readonly number[];
}

/** The steps, with byte addresses into the workspace `buffer()` returns. */
export interface Kernels {
  readonly backend: SmoothNoiseBackend;
  /** The workspace, big enough for `at` (may replace an earlier buffer: take views after). */
  reserve(at: Layout): ArrayBuffer;
  widen(src: number, dst: number, n: number): void;
  /**
   * The row passes then the column passes over `channels` interleaved float32 channels, at.a in
   * place; returns the result's moments (about its first value, see `moments`) when it computed
   * them on the way.
   */
  blur(at: Layout, width: number, height: number, channels: number, passes: Passes): Moments | null;
  /**
   * Σ(v − shift) and Σ(v − shift)² over `bytes` of float32 values (a multiple of 16; `shift`
   * past the data adds nothing), in chunks of `chunk` bytes (see momentsAdd in the .wat).
   */
  moments(src: number, bytes: number, chunk: number, out: number, shift: number): Moments;
  stretch(src: number, dst: number, blocks: number, gain: number, bias: number): void;
}

// --- the JavaScript twin ------------------------------------------------------------------------

const fr = Math.fround;

export function javascriptKernels(): Kernels {
  let buffer = new ArrayBuffer(0);
  let f = new Float32Array(buffer);
  let u = new Uint8Array(buffer);
  return {
    backend: 'javascript',
    reserve(at) {
      const bytes = at.totalTwin;
      if (buffer.byteLength < bytes) {
        buffer = new ArrayBuffer(bytes);
        f = new Float32Array(buffer);
        u = new Uint8Array(buffer);
      }
      return buffer;
    },
    widen(src, dst, n) {
      const d = dst >> 2;
      for (let i = 0; i < n; i++) f[d + i] = u[src + i];
    },
    blur(at, width, height, channels, passes) {
      // Rows from a to b, then columns from b back to a.
      for (let y = 0; y < height; y++) {
        const row = y * width * channels;
        jsRowPasses(f, at, (at.a >> 2) + row, (at.b >> 2) + row, width, channels, passes);
      }
      const { radii, invs } = passes;
      const rowBytes = width * channels * 4;
      const n = radii.length;
      const rowLen = rowBytes >> 2;
      const strip = JS_STRIP >> 2;
      // Strips right to left, each through t1 and t2 (per column the arithmetic is the same as
      // in the WebAssembly cascade: strips are only a way to keep the passes in cache).
      for (let off = Math.floor((rowLen - 1) / strip) * strip; off >= 0; off -= strip) {
        const count = Math.min(strip, rowLen - off);
        let src = (at.b >> 2) + off;
        let srcStride = rowLen;
        for (let p = 0; p < n; p++) {
          const last = p === n - 1;
          const dst = last ? (at.a >> 2) + off : (p === 0 ? at.t1 : at.t2) >> 2;
          const dstStride = last ? rowLen : strip;
          jsCols(f, src, srcStride, dst, dstStride, count, height, radii[p], fr(invs[p]), at.sums >> 2);
          src = dst;
          srcStride = dstStride;
        }
      }
      return null;
    },
    moments(src, bytes, chunk, out, shift) {
      const t = [0, 0, 0, 0];
      const q = [0, 0, 0, 0];
      for (let start = src; start < src + bytes; start += chunk) {
        jsMomentsChunk(f, start >> 2, Math.min(chunk, src + bytes - start) >> 2, fr(shift), t, q);
      }
      const sum = t[0] + t[1] + (t[2] + t[3]);
      const sumSq = q[0] + q[1] + (q[2] + q[3]);
      new Float64Array(buffer, out, 2).set([sum, sumSq]);
      return { sum, sumSq, shift: fr(shift) };
    },
    stretch(src, dst, blocks, gain, bias) {
      const s = src >> 2;
      const g = fr(gain);
      const c = fr(bias);
      const n = blocks * 16;
      for (let i = 0; i < n; i++) {
        const v = fr(fr(f[s + i] * g) + c);
        u[dst + i] = v <= 0 ? 0 : v >= 255 ? 255 : v | 0;
      }
    },
  };
}

/** The row pass, one channel at a time (each channel is one SIMD lane in the WebAssembly twin). */
function jsRows(
  f: Float32Array,
  s: number,
  d: number,
  width: number,
  height: number,
  ch: number,
  r: number,
  invf: number,
) {
  const rowLen = width * ch;
  const last = width - 1;
  const rp1 = fr(r + 1);
  for (let y = 0; y < height; y++) {
    const base = s + y * rowLen;
    const out = d + y * rowLen;
    for (let c = 0; c < ch; c++) {
      let sum = fr(f[base + c] * rp1);
      for (let k = 1; k <= r; k++) sum = fr(sum + f[base + (k < last ? k : last) * ch + c]);
      let o = out + c;
      for (let x = 0; x < width; x++) {
        f[o] = sum * invf;
        const add = x + r + 1;
        const sub = x - r;
        sum = fr(sum + fr(f[base + (add < last ? add : last) * ch + c] - f[base + (sub > 0 ? sub : 0) * ch + c]));
        o += ch;
      }
    }
  }
}

/** One chunk of the moments: float32 sums per lane over the chunk, added to the float64 totals. */
function jsMomentsChunk(f: Float32Array, s: number, count: number, c: number, t: number[], q: number[]) {
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let b3 = 0;
  for (let i = s; i < s + count; i += 4) {
    const d0 = fr(f[i] - c);
    const d1 = fr(f[i + 1] - c);
    const d2 = fr(f[i + 2] - c);
    const d3 = fr(f[i + 3] - c);
    a0 = fr(a0 + d0);
    a1 = fr(a1 + d1);
    a2 = fr(a2 + d2);
    a3 = fr(a3 + d3);
    b0 = fr(b0 + fr(d0 * d0));
    b1 = fr(b1 + fr(d1 * d1));
    b2 = fr(b2 + fr(d2 * d2));
    b3 = fr(b3 + fr(d3 * d3));
  }
  t[0] += a0;
  t[1] += a1;
  t[2] += a2;
  t[3] += a3;
  q[0] += b0;
  q[1] += b1;
  q[2] += b2;
  q[3] += b3;
}

/** The row passes over one row (float indices), the intermediate ones in the line buffers. */
function jsRowPasses(f: Float32Array, at: Layout, src: number, dst: number, width: number, ch: number, passes: Passes) {
  const { radii, invs } = passes;
  const n = radii.length;
  for (let p = 0; p < n; p++) {
    const to = p === n - 1 ? dst : (at.lines + p * at.lineBytes) >> 2;
    jsRows(f, src, to, width, 1, ch, radii[p], fr(invs[p]));
    src = to;
  }
}

/** One column pass over `count` columns, rows `srcStride` / `dstStride` floats apart. */
function jsCols(
  f: Float32Array,
  s: number,
  srcStride: number,
  d: number,
  dstStride: number,
  count: number,
  height: number,
  r: number,
  invf: number,
  m: number,
) {
  const rp1 = fr(r + 1);
  const last = height - 1;
  for (let i = 0; i < count; i++) f[m + i] = f[s + i] * rp1;
  for (let k = 1; k <= r; k++) {
    const o = s + (k < last ? k : last) * srcStride;
    for (let i = 0; i < count; i++) f[m + i] = f[m + i] + f[o + i];
  }
  for (let y = 0; y < height; y++) {
    const out = d + y * dstStride;
    const add = y + r + 1;
    const sub = y - r;
    const a = s + (add < last ? add : last) * srcStride;
    const b = s + (sub > 0 ? sub : 0) * srcStride;
    for (let i = 0; i < count; i++) {
      const v = f[m + i];
      f[out + i] = v * invf;
      f[m + i] = v + fr(f[a + i] - f[b + i]);
    }
  }
}

// --- the WebAssembly module ---------------------------------------------------------------------

interface WasmExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  widen(src: number, dst: number, n: number): void;
  rowPair(
    srcA: number,
    srcB: number,
    dstA: number,
    dstB: number,
    width: number,
    ch: number,
    passes: number,
    r1: number,
    r2: number,
    r3: number,
    inv1: number,
    inv2: number,
    inv3: number,
    lines: number,
    lineBytes: number,
  ): void;
  vinit(s: number, row: number, bytes: number, scale: number): void;
  vadd(s: number, row: number, bytes: number): void;
  vstep(s: number, out: number, add: number, sub: number, bytes: number, inv: number): void;
  vstepMoments(s: number, out: number, add: number, sub: number, bytes: number, inv: number, shift: number): void;
  momentsReset(): void;
  momentsAdd(src: number, bytes: number, shift: number): void;
  momentsStore(out: number): void;
  stretch(src: number, dst: number, blocks: number, gain: number, bias: number): void;
}

/** The slice of the WebAssembly API used here (src/lib has no DOM or WebAssembly types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
  validate(bytes: Uint8Array): boolean;
}

/** The module's bytes (compiled from smooth-noise.wat). */
export const SMOOTH_NOISE_WASM_BYTES: Uint8Array = hexBytes(SMOOTH_NOISE_WASM_HEX);

/** Instantiates the WebAssembly kernels, or returns null where WebAssembly SIMD is unavailable. */
export function wasmKernels(): Kernels | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (api === undefined) return null;
  let wasm: WasmExports;
  try {
    if (!api.validate(SMOOTH_NOISE_WASM_BYTES)) return null;
    wasm = new api.Instance(new api.Module(SMOOTH_NOISE_WASM_BYTES), {}).exports as WasmExports;
  } catch {
    // e.g. a Content-Security-Policy without 'wasm-unsafe-eval'.
    return null;
  }
  // The twin runs the row pass for one channel (no lane layout for it); it shares the memory.
  let view = new Float32Array(wasm.memory.buffer);
  const floats = () => {
    if (view.buffer !== wasm.memory.buffer) view = new Float32Array(wasm.memory.buffer);
    return view;
  };
  return {
    backend: 'wasm-simd',
    reserve(at) {
      const bytes = at.total;
      const have = wasm.memory.buffer.byteLength;
      if (have < bytes) wasm.memory.grow(Math.ceil((bytes - have) / PAGE_BYTES));
      return wasm.memory.buffer;
    },
    widen: (src, dst, n) => wasm.widen(src, dst, n),
    blur(at, width, height, channels, passes) {
      const { radii: r, invs: v } = passes;
      const [r1, r2 = 0, r3 = 0] = r;
      const [v1, v2 = 0, v3 = 0] = v;
      const rowBytes = width * channels * 4;
      // Three or four channels: one SIMD lane each. One channel: the JavaScript row passes.
      const rowPair =
        channels === 3 || channels === 4
          ? (srcA: number, srcB: number, dstA: number, dstB: number) =>
              wasm.rowPair(
                srcA,
                srcB,
                dstA,
                dstB,
                width,
                channels,
                r.length,
                r1,
                r2,
                r3,
                v1,
                v2,
                v3,
                at.lines,
                at.lineBytes,
              )
          : (srcA: number, srcB: number, dstA: number, dstB: number) => {
              const f = floats();
              jsRowPasses(f, at, srcA >> 2, dstA >> 2, width, channels, passes);
              if (dstB !== dstA) jsRowPasses(f, at, srcB >> 2, dstB >> 2, width, channels, passes);
            };
      return wasmCascade(wasm, at, rowBytes, height, passes, rowPair);
    },
    moments(src, bytes, chunk, out, shift) {
      wasm.momentsReset();
      for (let start = src; start < src + bytes; start += chunk) {
        wasm.momentsAdd(start, Math.min(chunk, src + bytes - start), shift);
      }
      wasm.momentsStore(out);
      const m = new Float64Array(wasm.memory.buffer, out, 2);
      return { sum: m[0], sumSq: m[1], shift: fr(shift) };
    },
    stretch: (src, dst, blocks, gain, bias) => wasm.stretch(src, dst, blocks, gain, bias),
  };
}

/**
 * The blur as one cascade down the image: the row passes produce rows (two at a time) into a
 * ring, and each column pass consumes the rows of the stage before as they appear, from a ring
 * of 2r + 2 rows (r its radius: the rows its window spans, plus the one being replaced; one
 * more for the rows' ring, which is filled two rows at a time), so only the input and the
 * output images travel through main memory, and they are the same image: the output row
 * written at step t is far above the rows read at step t. Each column pass lags the stage
 * before by r + 1 rows, the furthest ahead its window reads. The last pass also sums the
 * moments of each row it writes while the row is in cache, when rows are whole vectors.
 */
function wasmCascade(
  wasm: WasmExports,
  at: Layout,
  rowBytes: number,
  height: number,
  passes: Passes,
  rowPair: (srcA: number, srcB: number, dstA: number, dstB: number) => void,
): Moments | null {
  const { radii, invs } = passes;
  const count = radii.length;
  const last = height - 1;
  // Rows that are whole vectors are exactly the moments' chunks (momentChunk).
  const fuse = rowBytes % 16 === 0;
  // Ring p holds the input of column pass p: ring 0 the row passes' rows, ring p column pass p − 1's.
  const ringRows = (p: number) => 2 * radii[p] + (p === 0 ? 3 : 2);
  const input = (p: number, j: number) => at.rings[p] + (j % ringRows(p)) * at.slot;
  // The last pass writes each row into `a`, which the row passes are still reading further down.
  // Its vector loop spills up to 28 bytes past a row: into the next row (read long before)
  // when a row is 32 bytes or more; a shorter row goes through a scratch slot instead and is
  // copied exactly.
  const direct = rowBytes >= 32;
  const bytes = new Uint8Array(wasm.memory.buffer);
  const output = (p: number, y: number) =>
    p < count - 1 ? input(p + 1, y) : direct ? at.a + y * rowBytes : at.scratch;
  const lag: number[] = [radii[0] + 1];
  for (let p = 1; p < count; p++) lag.push(lag[p - 1] + radii[p] + 1);
  if (fuse) wasm.momentsReset();
  let shift = 0;
  for (let t = 0; t < height + lag[count - 1]; t++) {
    if (t < height && t % 2 === 0) {
      const tb = t + 1 < height ? t + 1 : t;
      rowPair(at.a + t * rowBytes, at.a + tb * rowBytes, input(0, t), input(0, tb));
    }
    for (let p = 0; p < count; p++) {
      const y = t - lag[p];
      if (y < 0 || y >= height) continue;
      const r = radii[p];
      const sums = at.sums + p * at.slot;
      if (y === 0) {
        wasm.vinit(sums, input(p, 0), rowBytes, r + 1);
        for (let k = 1; k <= r; k++) wasm.vadd(sums, input(p, k < last ? k : last), rowBytes);
      }
      const add = input(p, y + r + 1 < last ? y + r + 1 : last);
      const sub = input(p, y - r > 0 ? y - r : 0);
      const out = output(p, y);
      if (p < count - 1 || !fuse) wasm.vstep(sums, out, add, sub, rowBytes, invs[p]);
      else if (y === 0) {
        // The moments' shift is the image's first value: known once the first row is written.
        wasm.vstep(sums, out, add, sub, rowBytes, invs[p]);
        shift = new Float32Array(wasm.memory.buffer, out, 1)[0];
        wasm.momentsAdd(out, rowBytes, shift);
      } else wasm.vstepMoments(sums, out, add, sub, rowBytes, invs[p], shift);
      if (p === count - 1 && !direct) bytes.copyWithin(at.a + y * rowBytes, out, out + rowBytes);
    }
  }
  if (!fuse) return null;
  wasm.momentsStore(at.moments);
  const m = new Float64Array(wasm.memory.buffer, at.moments, 2);
  return { sum: m[0], sumSq: m[1], shift };
}
