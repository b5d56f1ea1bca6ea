/**
 * Numeric formats the cost model knows. `fp16` and `bf16` run at the same tensor-core rate on
 * every profile here; `tf32` is the tensor-core format for fp32 tensors, so its weights still
 * occupy 4 bytes. `int8` is post-training-quantised weights and matmuls (as in NVIDIA's MLPerf
 * SDXL submission, which ran the UNet in INT8 through TensorRT): its rate is the dense INT8
 * tensor rate in TOPS, counted here as FLOP/s.
 */
export const DTYPES = ['fp16', 'bf16', 'fp8', 'int8', 'tf32', 'fp32'] as const;
export type Dtype = (typeof DTYPES)[number];

/** Bytes one weight occupies in memory for each format. */
export const BYTES_PER_ELEMENT: Readonly<Record<Dtype, number>> = {
  fp16: 2,
  bf16: 2,
  fp8: 1,
  int8: 1,
  tf32: 4,
  fp32: 4,
};

/**
 * Bytes one activation element occupies between kernels. Quantised pipelines (fp8, int8) quantise
 * the inputs of their matmuls but keep norms, residuals and attention in 16-bit, so their
 * activations travel as 2 bytes; tf32 and fp32 keep fp32 tensors.
 */
export const ACTIVATION_BYTES: Readonly<Record<Dtype, number>> = {
  fp16: 2,
  bf16: 2,
  fp8: 2,
  int8: 2,
  tf32: 4,
  fp32: 4,
};
