/**
 * A running count of one network's cost for a single sample (batch 1): multiply-accumulates,
 * the part of them spent in attention's quadratic matmuls, parameters and conv layers.
 *
 * Counting rules (those of DiT's "Gflops", which are MACs: Peebles & Xie, arXiv 2212.09748,
 * Table 4, reproduced by this count within 0.05 G): linear layers, convolutions and the two
 * attention matmuls (QKᵀ and AV) are counted; norms, activations, softmax and residual adds are
 * not (they add under about 2%). 1 MAC = 2 FLOPs. Parameters include biases and norm affine
 * weights so that totals can be compared with published parameter counts.
 */
export interface LayerCount {
  /** Multiply-accumulates for one sample, including `attentionMacs`. */
  macs: number;
  /** The quadratic-in-tokens attention matmuls only (QKᵀ and AV). */
  attentionMacs: number;
  /** Learned parameters (weights, biases, norm affines, embedding tables). */
  params: number;
  /** Number of Conv2d modules evaluated (the "conv-layer count per step"). */
  convLayers: number;
  /**
   * GPU kernels one eager PyTorch forward launches, approximately: one per linear, conv, norm,
   * activation, residual add and modulation, two per attention (the fused SDPA kernel and the copy
   * that merges the heads). These feed the latency model's per-kernel costs, not the FLOP count.
   */
  kernels: number;
  /** The part of `kernels` that is elementwise (norms, activations, adds, modulation, copies): what a compiler fuses. */
  elementwiseKernels: number;
  /** Activation elements read and written by linears, convs and attention (one sample; weights excluded). */
  matmulTrafficElements: number;
  /** Activation elements read and written by the elementwise kernels (one sample). */
  elementwiseTrafficElements: number;
  /** Elements of the largest activation tensor (one sample), for the memory-fit estimate. */
  maxTensorElements: number;
}

export function createLayerCount(): LayerCount {
  return {
    macs: 0,
    attentionMacs: 0,
    params: 0,
    convLayers: 0,
    kernels: 0,
    elementwiseKernels: 0,
    matmulTrafficElements: 0,
    elementwiseTrafficElements: 0,
    maxTensorElements: 0,
  };
}

function noteTensor(c: LayerCount, elements: number): void {
  if (elements > c.maxTensorElements) c.maxTensorElements = elements;
}

/** Adds `b` into `a` and returns `a`. */
export function addLayerCount(a: LayerCount, b: LayerCount): LayerCount {
  a.macs += b.macs;
  a.attentionMacs += b.attentionMacs;
  a.params += b.params;
  a.convLayers += b.convLayers;
  a.kernels += b.kernels;
  a.elementwiseKernels += b.elementwiseKernels;
  a.matmulTrafficElements += b.matmulTrafficElements;
  a.elementwiseTrafficElements += b.elementwiseTrafficElements;
  a.maxTensorElements = Math.max(a.maxTensorElements, b.maxTensorElements);
  return a;
}

/** A Linear(inFeatures → outFeatures) applied to `rows` vectors (tokens, or 1 for a per-sample embedding). */
export function countLinear(c: LayerCount, rows: number, inFeatures: number, outFeatures: number, bias = true): void {
  c.macs += rows * inFeatures * outFeatures;
  c.params += inFeatures * outFeatures + (bias ? outFeatures : 0);
  c.kernels += 1;
  c.matmulTrafficElements += rows * (inFeatures + outFeatures);
  noteTensor(c, rows * Math.max(inFeatures, outFeatures));
}

/**
 * A k×k Conv2d producing an outHeight × outWidth map: MACs = H_out · W_out · C_in · C_out · k².
 * Stride only enters through the output size, which the caller passes.
 */
export function countConv2d(
  c: LayerCount,
  outHeight: number,
  outWidth: number,
  inChannels: number,
  outChannels: number,
  kernel: number,
  bias = true,
): void {
  c.macs += outHeight * outWidth * inChannels * outChannels * kernel * kernel;
  c.params += inChannels * outChannels * kernel * kernel + (bias ? outChannels : 0);
  c.convLayers += 1;
  c.kernels += 1;
  // Input read at the output's size (exact for the stride-1 convs that dominate; a stride-2
  // downsampler reads 4× this, a small undercount).
  c.matmulTrafficElements += outHeight * outWidth * (inChannels + outChannels);
  noteTensor(c, outHeight * outWidth * Math.max(inChannels, outChannels));
}

/**
 * The two attention matmuls for `queries` query tokens attending to `keys` key tokens with total
 * (all heads) width `innerDim`: QKᵀ costs queries·keys·innerDim MACs and AV the same again. The
 * head count does not change the total.
 */
export function countAttentionMatmuls(c: LayerCount, queries: number, keys: number, innerDim: number): void {
  const macs = 2 * queries * keys * innerDim;
  c.macs += macs;
  c.attentionMacs += macs;
  // A fused (flash / memory-efficient) SDPA kernel reads Q, K, V and writes O without storing the
  // queries × keys matrix; a second kernel copies the output back from head-major layout.
  c.kernels += 2;
  c.elementwiseKernels += 1;
  c.matmulTrafficElements += 2 * queries * innerDim + 2 * keys * innerDim;
  c.elementwiseTrafficElements += 2 * queries * innerDim;
}

/**
 * `count` elementwise kernels over `elements` activation elements each (a norm, an activation, a
 * residual add, a modulation): no multiply-accumulates, but each reads `reads` tensors of that
 * size and writes one. Norms read their input twice (statistics, then normalise), so pass 2.
 */
export function countElementwise(c: LayerCount, elements: number, count = 1, reads = 1): void {
  c.kernels += count;
  c.elementwiseKernels += count;
  c.elementwiseTrafficElements += count * (reads + 1) * elements;
  noteTensor(c, elements);
}

/** Parameters with no multiply-accumulates: norm affines, embedding tables, learned tables. */
export function countParams(c: LayerCount, params: number): void {
  c.params += params;
}
