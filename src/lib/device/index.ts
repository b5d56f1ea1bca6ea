/** Measuring the reader's own device: matmul kernels, FLOP accounting and the `your-device` profile. */
export type { BenchSummary, ChooseSideOptions } from './bench-plan.ts';
export { chooseMatmulSide, summariseBench } from './bench-plan.ts';
export type { DeviceMeasurement, DevicePath, ParsedMeasurement } from './device-measurement.ts';
export {
  DEVICE_MEASUREMENT_VERSION,
  DEVICE_PATHS,
  parseDeviceMeasurement,
  serializeDeviceMeasurement,
} from './device-measurement.ts';
export {
  ASSUMED_DEVICE_BYTES_PER_SECOND,
  ASSUMED_DEVICE_WATTS,
  buildDeviceProfile,
  DEVICE_PROFILE_ID,
  describeDevicePath,
  WHY_FRAMEWORKS_ARE_FASTER,
} from './device-profile.ts';
export type { MatmulOptions } from './matmul.ts';
export { MATMUL_BLOCK_K, MATMUL_TILE, matmulBlocked, matmulNaive } from './matmul.ts';
export type { SpotCheck } from './matmul-check.ts';
export { SPOT_CHECK_TOLERANCE, spotCheckMatmul } from './matmul-check.ts';
export { matmulFlops, matmulMacs } from './matmul-flops.ts';
export type { MatmulShape } from './matmul-shape.ts';
export { MAX_MATMUL_SIDE } from './matmul-shape.ts';
export type { WasmMatmulBuffers, WasmMatmulExports } from './wasm-matmul.ts';
export {
  WASM_MATMUL_BYTES,
  WASM_TILE_M,
  WASM_TILE_N,
  wasmMatmul,
} from './wasm-matmul.ts';
