/// <reference lib="webworker" />
/**
 * The device benchmark, off the main thread. It picks the fastest path that works here:
 *   1. WebGPU (a tiled WGSL compute shader) when `navigator.gpu` gives an adapter,
 *   2. WebAssembly SIMD (the hand-assembled module in src/lib/device/wasm-matmul.ts),
 *   3. plain JavaScript (the 4 × 4 register-blocked kernel),
 * and checks each candidate's product against the naive multiply on a small odd-sized case
 * before timing it; a candidate that fails (or throws) is skipped and the reason is reported.
 * Then: a warm-up sizes the matrices so that one repetition takes about 50 ms, the timed loop
 * repeats products until the time budget is spent (posting progress after each), the last
 * product is spot-checked, and a large copy measures memory bandwidth. Cancelling terminates
 * the worker (WorkerBridge), so nothing here needs to poll for an abort.
 */
import type { DeviceMeasurement, DevicePath, MatmulShape, WasmMatmulExports } from '../lib/device/index.ts';
import {
  chooseMatmulSide,
  DEVICE_MEASUREMENT_VERSION,
  matmulBlockedUnchecked,
  matmulFlops,
  matmulNaive,
  SPOT_CHECK_TOLERANCE,
  spotCheckMatmul,
  summariseBench,
  WASM_MATMUL_BYTES,
  wasmMatmulBuffers,
} from '../lib/device/index.ts';
import { formatSI } from '../lib/format.ts';
import { randomNoise } from '../lib/patterns/index.ts';
import type {
  BenchPhase,
  DeviceBenchProgress,
  DeviceBenchRequest,
  DeviceBenchResponse,
} from './device-bench-protocol.ts';
import { type ProgressSink, serve } from './protocol.ts';

/** Seconds per timed repetition the size is chosen for (inside the 20–100 ms the design asks). */
const TARGET_REP_SECONDS = 0.05;
/** Time allowed for detection and warm-up, used only to scale the progress bar. */
const WARM_UP_SECONDS = 0.3;
/** A shape the checks multiply: odd sizes, so edge handling is exercised (WASM needs m % 4, n % 8). */
const CHECK_SHAPE: MatmulShape = { m: 36, n: 40, k: 37 };
const COPY_FLOATS = 4 << 20; // 16 MiB per array, beyond most last-level caches

const now = () => performance.now() / 1000;

/** A seeded fill in [−1, 1) (xorshift32), so every run multiplies the same numbers. */
function fillSeeded(out: Float32Array, seed: number): Float32Array {
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
interface Bench {
  shape: MatmulShape;
  a: Float32Array;
  b: Float32Array;
  /** Runs `count` products (C = A·B each time) and resolves when they are done. */
  run(count: number): Promise<void> | void;
  readC(): Promise<Float32Array> | Float32Array;
  dispose(): void;
}

interface Kernel {
  path: DevicePath;
  /** Sides are multiples of this; the range the warm-up may choose from. */
  multiple: number;
  min: number;
  max: number;
  /** Products queued per timed repetition (GPU: several, so submission latency is amortised). */
  productsPerRep(side: number, secondsPerProduct: number): number;
  setup(shape: MatmulShape): Promise<Bench> | Bench;
}

// --- JavaScript ---------------------------------------------------------------------------

const jsKernel: Kernel = {
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

// --- WebAssembly SIMD ---------------------------------------------------------------------

async function wasmKernel(): Promise<Kernel> {
  if (typeof WebAssembly !== 'object' || !WebAssembly.validate(WASM_MATMUL_BYTES as BufferSource)) {
    throw new Error('WebAssembly SIMD is not available in this browser');
  }
  const { instance } = await WebAssembly.instantiate(WASM_MATMUL_BYTES as BufferSource);
  const exports = instance.exports as unknown as WasmMatmulExports;
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

// --- WebGPU -------------------------------------------------------------------------------
// TypeScript's DOM library has no WebGPU types yet; these are the few members used here
// (https://www.w3.org/TR/webgpu/).

interface GpuBuffer {
  mapAsync(mode: number): Promise<void>;
  getMappedRange(): ArrayBuffer;
  unmap(): void;
  destroy(): void;
}
interface GpuPass {
  setPipeline(p: unknown): void;
  setBindGroup(i: number, g: unknown): void;
  dispatchWorkgroups(x: number, y: number): void;
  end(): void;
}
interface GpuEncoder {
  beginComputePass(): GpuPass;
  copyBufferToBuffer(src: GpuBuffer, so: number, dst: GpuBuffer, d: number, size: number): void;
  finish(): unknown;
}
interface GpuDevice {
  createBuffer(d: { size: number; usage: number }): GpuBuffer;
  createShaderModule(d: { code: string }): unknown;
  createComputePipelineAsync(d: {
    layout: 'auto';
    compute: { module: unknown; entryPoint: string };
  }): Promise<{ getBindGroupLayout(i: number): unknown }>;
  createBindGroup(d: { layout: unknown; entries: { binding: number; resource: { buffer: GpuBuffer } }[] }): unknown;
  createCommandEncoder(): GpuEncoder;
  queue: {
    writeBuffer(b: GpuBuffer, offset: number, data: ArrayBufferView): void;
    submit(buffers: unknown[]): void;
    onSubmittedWorkDone(): Promise<void>;
  };
  limits: { maxStorageBufferBindingSize: number; maxBufferSize: number };
  destroy(): void;
}
interface GpuLike {
  requestAdapter(): Promise<{ requestDevice(): Promise<GpuDevice> } | null>;
}
const USAGE = { MAP_READ: 0x1, COPY_SRC: 0x4, COPY_DST: 0x8, UNIFORM: 0x40, STORAGE: 0x80 };
const MAP_READ = 0x1;
/** C tile per workgroup: 16 × 16 threads, each computing a 4 × 4 block. */
const GPU_TILE = 64;

const MATMUL_WGSL = /* wgsl */ `
struct Dims { m: u32, n: u32, k: u32, pad: u32 }
@group(0) @binding(0) var<storage, read> A: array<f32>;
@group(0) @binding(1) var<storage, read> B: array<f32>;
@group(0) @binding(2) var<storage, read_write> C: array<f32>;
@group(0) @binding(3) var<uniform> dims: Dims;
var<workgroup> As: array<f32, 1024>; // 64 rows × 16 reduction indices
var<workgroup> Bs: array<f32, 1024>; // 16 reduction indices × 64 columns

@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let row0 = wg.y * 64u;
  let col0 = wg.x * 64u;
  let t = lid.y * 16u + lid.x;
  var acc: array<f32, 16>;
  for (var p0 = 0u; p0 < dims.k; p0 = p0 + 16u) {
    for (var i = 0u; i < 4u; i = i + 1u) {
      let e = t * 4u + i;
      let ar = row0 + e / 16u;
      let ap = p0 + e % 16u;
      var av = 0.0;
      if (ar < dims.m && ap < dims.k) { av = A[ar * dims.k + ap]; }
      As[e] = av;
      let bp = p0 + e / 64u;
      let bc = col0 + e % 64u;
      var bv = 0.0;
      if (bp < dims.k && bc < dims.n) { bv = B[bp * dims.n + bc]; }
      Bs[e] = bv;
    }
    workgroupBarrier();
    for (var p = 0u; p < 16u; p = p + 1u) {
      var a: array<f32, 4>;
      var b: array<f32, 4>;
      for (var r = 0u; r < 4u; r = r + 1u) { a[r] = As[(lid.y * 4u + r) * 16u + p]; }
      for (var c = 0u; c < 4u; c = c + 1u) { b[c] = Bs[p * 64u + lid.x * 4u + c]; }
      for (var r = 0u; r < 4u; r = r + 1u) {
        for (var c = 0u; c < 4u; c = c + 1u) { acc[r * 4u + c] = acc[r * 4u + c] + a[r] * b[c]; }
      }
    }
    workgroupBarrier();
  }
  for (var r = 0u; r < 4u; r = r + 1u) {
    let row = row0 + lid.y * 4u + r;
    for (var c = 0u; c < 4u; c = c + 1u) {
      let col = col0 + lid.x * 4u + c;
      if (row < dims.m && col < dims.n) { C[row * dims.n + col] = acc[r * 4u + c]; }
    }
  }
}
`;

async function webgpuKernel(): Promise<Kernel> {
  const gpu = (navigator as unknown as { gpu?: GpuLike }).gpu;
  if (!gpu) throw new Error('WebGPU is not available in this browser');
  const adapter = await gpu.requestAdapter();
  if (!adapter) throw new Error('WebGPU gave no adapter (no usable GPU)');
  const device = await adapter.requestDevice();
  const pipeline = await device.createComputePipelineAsync({
    layout: 'auto',
    compute: { module: device.createShaderModule({ code: MATMUL_WGSL }), entryPoint: 'main' },
  });
  const maxBytes = Math.min(device.limits.maxStorageBufferBindingSize, device.limits.maxBufferSize);
  const maxSide = Math.min(2048, Math.floor(Math.sqrt(maxBytes / 4) / GPU_TILE) * GPU_TILE);
  return {
    path: 'webgpu',
    multiple: GPU_TILE,
    min: 256,
    max: maxSide,
    // Queue enough products per submission that one submission takes about the target time.
    productsPerRep: (_side, secondsPerProduct) =>
      Math.max(1, Math.min(64, Math.round(TARGET_REP_SECONDS / Math.max(secondsPerProduct, 1e-6)))),
    setup(shape) {
      const { m, n, k } = shape;
      const a = fillSeeded(new Float32Array(m * k), 1);
      const b = fillSeeded(new Float32Array(k * n), 2);
      const storage = (floats: number, extra = 0) =>
        device.createBuffer({ size: Math.max(16, floats * 4), usage: USAGE.STORAGE | USAGE.COPY_DST | extra });
      const aBuf = storage(m * k);
      const bBuf = storage(k * n);
      const cBuf = storage(m * n, USAGE.COPY_SRC);
      const dims = device.createBuffer({ size: 16, usage: USAGE.UNIFORM | USAGE.COPY_DST });
      device.queue.writeBuffer(aBuf, 0, a);
      device.queue.writeBuffer(bBuf, 0, b);
      device.queue.writeBuffer(dims, 0, new Uint32Array([m, n, k, 0]));
      const bindGroup = device.createBindGroup({
        layout: pipeline.getBindGroupLayout(0),
        entries: [aBuf, bBuf, cBuf, dims].map((buffer, binding) => ({ binding, resource: { buffer } })),
      });
      return {
        shape,
        a,
        b,
        async run(count) {
          const encoder = device.createCommandEncoder();
          for (let i = 0; i < count; i++) {
            const pass = encoder.beginComputePass();
            pass.setPipeline(pipeline);
            pass.setBindGroup(0, bindGroup);
            pass.dispatchWorkgroups(Math.ceil(n / GPU_TILE), Math.ceil(m / GPU_TILE));
            pass.end();
          }
          device.queue.submit([encoder.finish()]);
          await device.queue.onSubmittedWorkDone();
        },
        async readC() {
          const read = device.createBuffer({ size: m * n * 4, usage: USAGE.MAP_READ | USAGE.COPY_DST });
          const encoder = device.createCommandEncoder();
          encoder.copyBufferToBuffer(cBuf, 0, read, 0, m * n * 4);
          device.queue.submit([encoder.finish()]);
          await read.mapAsync(MAP_READ);
          const c = new Float32Array(read.getMappedRange().slice(0));
          read.unmap();
          read.destroy();
          return c;
        },
        dispose() {
          for (const buffer of [aBuf, bBuf, cBuf, dims]) buffer.destroy();
        },
      };
    },
  };
}

// --- the run ------------------------------------------------------------------------------

/** Multiplies CHECK_SHAPE with the kernel and compares every entry with the naive multiply. */
async function verify(kernel: Kernel): Promise<void> {
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

const LABELS: Record<DevicePath, string> = {
  webgpu: 'WebGPU',
  'wasm-simd': 'WebAssembly SIMD',
  javascript: 'JavaScript',
};

/** The first candidate that sets up and passes the check; the reasons the others were skipped. */
async function pickKernel(order: DevicePath[]): Promise<{ kernel: Kernel; skipped: string[] }> {
  const skipped: string[] = [];
  for (const path of order) {
    try {
      const kernel = path === 'webgpu' ? await webgpuKernel() : path === 'wasm-simd' ? await wasmKernel() : jsKernel;
      await verify(kernel);
      return { kernel, skipped };
    } catch (error) {
      skipped.push(`${LABELS[path]} not used: ${(error as Error).message}.`);
    }
  }
  if (!order.includes('javascript')) {
    skipped.push('Fell back to JavaScript.');
    return { kernel: jsKernel, skipped };
  }
  throw new Error(skipped.join(' '));
}

/**
 * A rough rate for sizing: square products from the kernel's smallest side, doubling until one
 * takes ≥ 10 ms (or the largest side is reached); the second of two runs is timed.
 */
async function warmUp(kernel: Kernel, onStep: () => void): Promise<number> {
  let side = kernel.min;
  // A few untimed products first, so the JavaScript kernel is compiled by the optimising tier
  // before anything is timed (its first runs are interpreted and many times slower).
  const first = await kernel.setup({ m: side, n: side, k: side });
  await first.run(4);
  first.dispose();
  for (;;) {
    const bench = await kernel.setup({ m: side, n: side, k: side });
    await bench.run(1);
    const t0 = now();
    await bench.run(1);
    const dt = Math.max(now() - t0, 1e-6);
    bench.dispose();
    onStep();
    if (dt >= 0.01 || side >= kernel.max) return matmulFlops(bench.shape) / dt;
    side = Math.min(kernel.max, side * 2);
  }
}

/** Bytes read + written per second by a 16 MiB TypedArray copy (median of 5). */
function copyBandwidth(): number {
  const src = fillSeeded(new Float32Array(COPY_FLOATS), 3);
  const dst = new Float32Array(COPY_FLOATS);
  dst.set(src);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = now();
    if (i % 2 === 0) dst.set(src);
    else src.set(dst);
    times.push(now() - t0);
  }
  times.sort((x, y) => x - y);
  return (2 * COPY_FLOATS * 4) / times[2];
}

/** Seconds for the site's random 1024 × 1024 RGB map (median of 3). */
function randomMapSeconds(): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = now();
    randomNoise({ width: 1024, height: 1024, channels: 3, seed: 1 + i });
    times.push(now() - t0);
  }
  times.sort((x, y) => x - y);
  return times[1];
}

async function run(req: DeviceBenchRequest, post: ProgressSink<DeviceBenchProgress>): Promise<DeviceBenchResponse> {
  let shown = 0; // the bar never moves back (a re-sized series restarts its clock)
  const progress = (phase: BenchPhase, fraction: number, extra: Partial<DeviceBenchProgress> = {}) => {
    shown = Math.min(1, Math.max(shown, fraction));
    post({ phase, fraction: shown, reps: 0, ...extra });
  };
  const budget = Math.min(10, Math.max(0.2, req.budgetSeconds));
  const total = WARM_UP_SECONDS + budget;
  const start = now();
  progress('detect', 0);
  const order: DevicePath[] = req.path === 'auto' ? ['webgpu', 'wasm-simd', 'javascript'] : [req.path];
  let { kernel, skipped } = await pickKernel(order);
  const step = () => progress('warm-up', (now() - start) / total, { path: kernel.path });
  step();
  let rate = await warmUp(kernel, step);
  // A GPU adapter can be a software one (SwiftShader) or a weak one: in auto mode, keep WebGPU
  // only when it beats the CPU path.
  if (req.path === 'auto' && kernel.path === 'webgpu') {
    const cpu = await pickKernel(['wasm-simd', 'javascript']);
    const cpuRate = await warmUp(cpu.kernel, step);
    if (cpuRate > rate) {
      skipped = [
        ...cpu.skipped,
        `WebGPU not used: it ran at about ${formatSI(rate, 'FLOP/s')} in the warm-up, slower than the CPU's ` +
          `${formatSI(cpuRate, 'FLOP/s')} (a software or power-saving GPU adapter?).`,
      ];
      kernel = cpu.kernel;
      rate = cpuRate;
    }
  }
  const side: number = chooseMatmulSide({
    flopsPerSecond: rate,
    targetSeconds: TARGET_REP_SECONDS,
    multiple: kernel.multiple,
    min: kernel.min,
    max: kernel.max,
  });
  let shape = { m: side, n: side, k: side };
  let bench = await kernel.setup(shape);
  await bench.run(1); // untimed: first use of these buffers
  let perRep = kernel.productsPerRep(side, matmulFlops(shape) / rate);

  let measureStart = now();
  let repSeconds: number[] = [];
  let resized = false;
  do {
    // If the warm-up rate was far off (a slow first compile, a busy machine), the first reps
    // show it: re-size once from their rate and start the timed series again.
    if (!resized && repSeconds.length === 3) {
      resized = true;
      const observed = summariseBench(shape, repSeconds, perRep).medianFlopsPerSecond;
      const better = chooseMatmulSide({
        flopsPerSecond: observed,
        targetSeconds: TARGET_REP_SECONDS,
        multiple: kernel.multiple,
        min: kernel.min,
        max: kernel.max,
      });
      if (better > 1.25 * shape.m || better < 0.8 * shape.m) {
        bench.dispose();
        shape = { m: better, n: better, k: better };
        bench = await kernel.setup(shape);
        await bench.run(1);
        perRep = kernel.productsPerRep(better, matmulFlops(shape) / observed);
        repSeconds = [];
        measureStart = now();
      }
    }
    const t0 = now();
    await bench.run(perRep);
    repSeconds.push(now() - t0);
    progress('measure', (WARM_UP_SECONDS + (now() - measureStart)) / total, {
      path: kernel.path,
      sizes: shape,
      reps: repSeconds.length * perRep,
    });
  } while (now() - measureStart < budget || repSeconds.length < 3);
  const summary = summariseBench(shape, repSeconds, perRep);
  const check = spotCheckMatmul(shape, bench.a, bench.b, await bench.readC(), 32);
  bench.dispose();
  if (!check.ok) {
    throw new Error(
      `the ${LABELS[kernel.path]} product failed its spot check (relative error ${check.maxRelativeError.toPrecision(2)})`,
    );
  }

  progress('bandwidth', (total - 0.05) / total, { path: kernel.path, sizes: shape, reps: summary.reps });
  const memoryBytesPerSecond = copyBandwidth();
  const mapSeconds = randomMapSeconds();
  const measurement: DeviceMeasurement = {
    version: DEVICE_MEASUREMENT_VERSION,
    measuredAt: new Date().toISOString(),
    path: kernel.path,
    sizes: shape,
    reps: summary.reps,
    seconds: summary.seconds,
    flopsPerSecond: summary.flopsPerSecond,
    memoryBytesPerSecond,
    randomMapSeconds: mapSeconds,
    fallbackReason: skipped.join(' '),
  };
  progress('bandwidth', 1, { path: kernel.path, sizes: shape, reps: summary.reps });
  return {
    ok: true,
    measurement,
    medianFlopsPerSecond: summary.medianFlopsPerSecond,
    maxRelativeError: check.maxRelativeError,
  };
}

serve<DeviceBenchRequest, DeviceBenchResponse, DeviceBenchProgress>(async (req, progress) => {
  try {
    return { response: await run(req, progress) };
  } catch (error) {
    return { response: { ok: false, message: (error as Error).message } };
  }
});
