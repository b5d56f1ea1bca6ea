/**
 * Time and energy for one whole image on one device: imageCost → roofline → board-power energy.
 */
import { checkOneOf, checkOptions } from '../validate.ts';
import type { Dtype } from './dtype.ts';
import { BYTES_PER_ELEMENT, DTYPES } from './dtype.ts';
import type { JoulesEstimate } from './estimate-joules.ts';
import { estimateJoules, JOULES_PER_WATT_HOUR } from './estimate-joules.ts';
import type { SecondsEstimate } from './estimate-seconds.ts';
import { estimateSeconds } from './estimate-seconds.ts';
import type { HardwareProfile } from './hardware.ts';
import { resolveHardware } from './hardware.ts';
import type { ImageCost, ImageCostOptions } from './image-cost.ts';
import { imageCost } from './image-cost.ts';

export interface BytesMoved {
  bytes: number;
  /** Denoiser weights read once per step. */
  denoiserBytes: number;
  /** Text-encoder and VAE-decoder weights, read once per image. */
  onceBytes: number;
}

/**
 * A lower bound on memory traffic for one image: every weight is read once per pass, at
 * `dtype`'s size. The denoiser's weights are read once per step, since CFG's two passes run
 * as one batch of 2 (as diffusers does), so guidance does not add weight traffic. Activation
 * traffic is ignored; at these sizes it stays under the compute roof anyway.
 */
export function imageBytesMoved(cost: ImageCost, dtype: Dtype): BytesMoved {
  const bytesPerParam = BYTES_PER_ELEMENT[checkOneOf('dtype', dtype, DTYPES)];
  const denoiserBytes = cost.steps * cost.params.denoiser * bytesPerParam;
  const onceBytes = (cost.params.textEncoders + cost.params.vaeDecoder) * bytesPerParam;
  return { bytes: denoiserBytes + onceBytes, denoiserBytes, onceBytes };
}

export interface ImageEstimateOptions extends ImageCostOptions {
  hardware: string | HardwareProfile;
  dtype?: Dtype;
  utilisation?: number;
}

export interface ImageEstimate {
  cost: ImageCost;
  bytesMoved: BytesMoved;
  time: SecondsEstimate;
  energy: JoulesEstimate;
  seconds: number;
  imagesPerSecond: number;
  /** Upper bound (board power × time). */
  joules: number;
  wattHours: number;
  /** Lower bound that follows from the joules upper bound. */
  imagesPerKWh: number;
}

export function imageEstimate(options: ImageEstimateOptions): ImageEstimate {
  const o = checkOptions('options', options);
  const profile = resolveHardware(o.hardware);
  const dtype = checkOneOf('dtype', o.dtype ?? profile.defaultDtype, DTYPES);
  const cost = imageCost(o);
  const bytesMoved = imageBytesMoved(cost, dtype);
  const time = estimateSeconds({
    flops: cost.flops,
    bytes: bytesMoved.bytes,
    hardware: profile,
    dtype,
    utilisation: o.utilisation,
  });
  const energy = estimateJoules({ seconds: time.seconds, hardware: profile });
  return {
    cost,
    bytesMoved,
    time,
    energy,
    seconds: time.seconds,
    imagesPerSecond: 1 / time.seconds,
    joules: energy.joules,
    wattHours: energy.wattHours,
    imagesPerKWh: (1000 * JOULES_PER_WATT_HOUR) / energy.joules,
  };
}
