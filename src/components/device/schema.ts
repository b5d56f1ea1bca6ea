/**
 * The device benchmark's one URL key, `device.path`: which path to measure (tests and
 * debugging; `auto`, the default, tries WebGPU, then WebAssembly SIMD, then JavaScript). The
 * island reads it through the demo store and never writes it back: it is not a setting the page
 * offers, so a link to the chapter does not carry it.
 */
import type { Schema } from '../demo/params.ts';

export const DEVICE_DEMO_ID = 'device';

export const deviceSchema = {
  path: { type: 'enum', values: ['auto', 'webgpu', 'wasm-simd', 'javascript'], default: 'auto' },
} as const satisfies Schema;
