/**
 * A running count of one network's cost for a single sample (batch 1): multiply-accumulates,
 * the part of them spent in attention's quadratic matmuls, parameters and conv layers.
 *
 * Counting rules (the same as facts.md §2 [D]): linear layers, convolutions and the two
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
  /** Number of Conv2d modules evaluated (facts.md §2.2 "conv-layer count per step"). */
  convLayers: number;
}

export function createLayerCount(): LayerCount {
  return { macs: 0, attentionMacs: 0, params: 0, convLayers: 0 };
}

/** Adds `b` into `a` and returns `a`. */
export function addLayerCount(a: LayerCount, b: LayerCount): LayerCount {
  a.macs += b.macs;
  a.attentionMacs += b.attentionMacs;
  a.params += b.params;
  a.convLayers += b.convLayers;
  return a;
}

/** A Linear(inFeatures → outFeatures) applied to `rows` vectors (tokens, or 1 for a per-sample embedding). */
export function countLinear(c: LayerCount, rows: number, inFeatures: number, outFeatures: number, bias = true): void {
  c.macs += rows * inFeatures * outFeatures;
  c.params += inFeatures * outFeatures + (bias ? outFeatures : 0);
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
}

/** Parameters with no multiply-accumulates: norm affines, embedding tables, learned tables. */
export function countParams(c: LayerCount, params: number): void {
  c.params += params;
}
