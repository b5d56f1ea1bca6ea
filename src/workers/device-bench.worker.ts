/// <reference lib="webworker" />
/**
 * The device benchmark, off the main thread. It picks the fastest path that works here:
 *   1. WebGPU (a tiled WGSL compute shader) when `navigator.gpu` gives an adapter,
 *   2. WebAssembly SIMD (the hand-assembled module in src/lib/device/wasm-matmul.ts),
 *   3. plain JavaScript (the 4 × 4 register-blocked kernel),
 * and checks each candidate's product against the naive multiply on a small odd-sized case
 * before timing it; a candidate that fails (or throws) is skipped and the reason is reported.
 * The kernels are in src/lib/device (bench-kernel.ts, webgpu-kernel.ts); this file times them.
 * Then: a warm-up sizes the matrices so that one repetition takes about 50 ms, the timed loop
 * repeats products until the time budget is spent (posting progress after each), the last
 * product is spot-checked, and a large copy measures memory bandwidth. Cancelling terminates
 * the worker (WorkerBridge), so nothing here needs to poll for an abort.
 */
import { type BenchKernel, fillSeeded, jsKernel, verifyKernel, wasmKernel } from '../lib/device/bench-kernel.ts';
import type { DeviceMeasurement, DevicePath, WasmMatmulExports } from '../lib/device/index.ts';
import {
  chooseMatmulSide,
  DEVICE_MEASUREMENT_VERSION,
  matmulFlops,
  spotCheckMatmul,
  summariseBench,
  WASM_MATMUL_BYTES,
} from '../lib/device/index.ts';
import { type GpuLike, webgpuKernel } from '../lib/device/webgpu-kernel.ts';
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
const COPY_FLOATS = 4 << 20; // 16 MiB per array, beyond most last-level caches

const now = () => performance.now() / 1000;

// --- the run ------------------------------------------------------------------------------

/** The WebAssembly SIMD kernel, where this browser validates and compiles its module. */
async function instantiateWasmKernel(): Promise<BenchKernel> {
  if (typeof WebAssembly !== 'object' || !WebAssembly.validate(WASM_MATMUL_BYTES as BufferSource)) {
    throw new Error('WebAssembly SIMD is not available in this browser');
  }
  const { instance } = await WebAssembly.instantiate(WASM_MATMUL_BYTES as BufferSource);
  return wasmKernel(instance.exports as unknown as WasmMatmulExports);
}

const LABELS: Record<DevicePath, string> = {
  webgpu: 'WebGPU',
  'wasm-simd': 'WebAssembly SIMD',
  javascript: 'JavaScript',
};

/** The first candidate that sets up and passes the check; the reasons the others were skipped. */
async function pickKernel(order: DevicePath[]): Promise<{ kernel: BenchKernel; skipped: string[] }> {
  const skipped: string[] = [];
  for (const path of order) {
    try {
      const kernel =
        path === 'webgpu'
          ? await webgpuKernel((navigator as unknown as { gpu?: GpuLike }).gpu, TARGET_REP_SECONDS)
          : path === 'wasm-simd'
            ? await instantiateWasmKernel()
            : jsKernel;
      await verifyKernel(kernel);
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
async function warmUp(kernel: BenchKernel, onStep: () => void): Promise<number> {
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
        `WebGPU not used: it ran at about ${formatSI(rate, { unit: 'FLOP/s' })} in the warm-up, slower than the CPU's ` +
          `${formatSI(cpuRate, { unit: 'FLOP/s' })} (a software or power-saving GPU adapter?).`,
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
      const observed = summariseBench(shape, { repSeconds, productsPerRep: perRep }).medianFlopsPerSecond;
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
  const summary = summariseBench(shape, { repSeconds, productsPerRep: perRep });
  const check = spotCheckMatmul({ shape, a: bench.a, b: bench.b, c: await bench.readC(), samples: 32 });
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
