/**
 * The device benchmark's WebGPU kernel: a tiled WGSL compute shader (64 × 64 C tiles, each of
 * 16 × 16 threads computing 4 × 4 entries). The caller passes `navigator.gpu` (the engine has no
 * DOM), and the number of seconds a timed repetition should take, to batch products per
 * submission.
 */
import { type BenchKernel, fillSeeded } from './bench-kernel.ts';

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
/** `navigator.gpu`, as far as this kernel uses it. */
export interface GpuLike {
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

export async function webgpuKernel(gpu: GpuLike | undefined, targetRepSeconds: number): Promise<BenchKernel> {
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
      Math.max(1, Math.min(64, Math.round(targetRepSeconds / Math.max(secondsPerProduct, 1e-6)))),
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
