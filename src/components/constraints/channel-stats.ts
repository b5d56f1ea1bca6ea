/**
 * Per-channel mean and (population) standard deviation of an interleaved image. Computed in
 * float64; for integer data (bytes) the sums are exact, so two images with the same multiset of
 * values get bit-identical results whatever the order of their pixels.
 */
import { checkInteger } from '../../lib/validate.ts';

export interface ChannelStats {
  mean: number[];
  std: number[];
}

export function channelStats(data: ArrayLike<number>, channels: number): ChannelStats {
  checkInteger('channels', channels, 1, 4);
  const n = data.length / channels;
  if (!Number.isInteger(n) || n === 0) {
    throw new RangeError(`data must hold a positive multiple of ${channels} values; got ${data.length}`);
  }
  const sum = new Float64Array(channels);
  const sumSquares = new Float64Array(channels);
  for (let i = 0; i < data.length; i += channels) {
    for (let c = 0; c < channels; c++) {
      const v = data[i + c];
      sum[c] += v;
      sumSquares[c] += v * v;
    }
  }
  const mean: number[] = [];
  const std: number[] = [];
  for (let c = 0; c < channels; c++) {
    const m = sum[c] / n;
    mean.push(m);
    std.push(Math.sqrt(Math.max(0, sumSquares[c] / n - m * m)));
  }
  return { mean, std };
}
