/**
 * IEEE 754 half-precision (binary16) to float32, for the learned networks' weight files.
 * Exact: every binary16 value, subnormals, infinities and NaN included, is a float32 value.
 */

/** Decodes `count` little-endian binary16 values from `bytes` at `byteOffset` into `out`. */
export function decodeFloat16(
  bytes: Uint8Array,
  byteOffset: number,
  count: number,
  out: Float32Array = new Float32Array(count),
): Float32Array {
  for (let i = 0; i < count; i++) {
    const o = byteOffset + 2 * i;
    out[i] = float16ToNumber(bytes[o] | (bytes[o + 1] << 8));
  }
  return out;
}

/** The value of one binary16 bit pattern (0 … 65535). */
export function float16ToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >>> 10) & 0x1f;
  const fraction = h & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction === 0 ? sign * Number.POSITIVE_INFINITY : Number.NaN;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}
