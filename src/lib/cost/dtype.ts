/**
 * Numeric formats the cost model knows. `fp16` and `bf16` run at the same tensor-core rate on
 * every profile here; `tf32` is the tensor-core format for fp32 tensors, so its weights still
 * occupy 4 bytes.
 */
export const DTYPES = ['fp16', 'bf16', 'fp8', 'tf32', 'fp32'] as const;
export type Dtype = (typeof DTYPES)[number];

/** Bytes one weight occupies in memory for each format. */
export const BYTES_PER_ELEMENT: Readonly<Record<Dtype, number>> = {
  fp16: 2,
  bf16: 2,
  fp8: 1,
  tf32: 4,
  fp32: 4,
};
