/**
 * Does an image job fit in a card's memory? Weights of every part at the chosen format, plus the
 * activations of the largest stage, against the card's memory. A lower bound on what PyTorch
 * needs: the CUDA context, the allocator's fragmentation and workspace buffers come on top.
 *
 * Verdicts, in the order a user would try them:
 * - `fits`: everything stays on the card.
 * - `offload`: the whole pipeline does not fit, but its largest part does, so diffusers'
 *   `enable_model_cpu_offload()` (one part on the card at a time) runs it, paying a transfer of
 *   each part over PCIe per image.
 * - `too-big`: even the largest part does not fit: quantise its weights (8-bit or 4-bit) or
 *   stream layers from system memory (`enable_sequential_cpu_offload()`, very slow).
 */
import { checkInteger, checkOneOf, checkOptions } from '../validate.ts';
import type { Dtype } from './dtype.ts';
import { ACTIVATION_BYTES, BYTES_PER_ELEMENT, DTYPES } from './dtype.ts';
import { type HardwareId, type HardwareProfile, resolveHardware } from './hardware.ts';
import type { ImageCost } from './image-cost.ts';

/**
 * Activation tensors alive at once, in units of the largest one: a layer's input and output, the
 * residual stream beside them, and one temporary.
 */
export const LIVE_TENSORS = 4;

export interface MemoryFit {
  verdict: 'fits' | 'offload' | 'too-big';
  /** Weights of every part plus the largest stage's activations, bytes. */
  requiredBytes: number;
  /** The largest single part (its weights and activations), bytes. */
  largestPartBytes: number;
  largestPart: 'textEncoders' | 'denoiser' | 'vaeDecoder';
  weightBytes: number;
  activationBytes: number;
  availableBytes: number;
  /**
   * The largest weight size (bytes per parameter, among 1 and 0.5) at which the largest part
   * would fit, when it does not fit at the chosen format; null when it fits or nothing does.
   */
  quantisedBytesPerParam: number | null;
  /** One sentence for the reader. */
  advice: string;
}

const GB = 1e9;

function gb(bytes: number): string {
  return `${(bytes / GB).toFixed(1)} GB`;
}

export interface MemoryFitOptions {
  /** The job (imageCost's result). */
  cost: ImageCost;
  /** A hardware id or profile. */
  hardware: HardwareId | HardwareProfile;
  /** Number format of weights and activations. */
  dtype: Dtype;
  /** Images per batch, 1 … 1024; default 1. */
  batch?: number;
}

export function memoryFit(options: MemoryFitOptions): MemoryFit {
  const o = checkOptions('options', options);
  if (o.cost === null || typeof o.cost !== 'object' || typeof o.cost.params !== 'object') {
    throw new TypeError('cost must be the result of imageCost');
  }
  const { cost } = o;
  const profile = resolveHardware(o.hardware);
  const dtype = checkOneOf('dtype', o.dtype, DTYPES);
  const batch = checkInteger('batch', o.batch ?? 1, 1, 1024);
  const wBytes = BYTES_PER_ELEMENT[dtype];
  const aBytes = ACTIVATION_BYTES[dtype];
  const cfg = cost.cfg ? 2 : 1;
  const parts = {
    textEncoders: {
      weights: cost.params.textEncoders * wBytes,
      activations: LIVE_TENSORS * cost.work.textEncoders.maxTensorElements * batch * cfg * aBytes,
    },
    denoiser: {
      weights: cost.params.denoiser * wBytes,
      activations: LIVE_TENSORS * cost.work.denoiserCall.maxTensorElements * batch * cfg * aBytes,
    },
    vaeDecoder: {
      weights: cost.params.vaeDecoder * wBytes,
      activations: LIVE_TENSORS * cost.work.vaeDecoder.maxTensorElements * batch * aBytes,
    },
  };
  const names = ['textEncoders', 'denoiser', 'vaeDecoder'] as const;
  const weightBytes = names.reduce((sum, n) => sum + parts[n].weights, 0);
  const activationBytes = Math.max(...names.map((n) => parts[n].activations));
  let largestPart: MemoryFit['largestPart'] = 'denoiser';
  for (const n of names) {
    const total = parts[n].weights + parts[n].activations;
    if (total > parts[largestPart].weights + parts[largestPart].activations) largestPart = n;
  }
  const largest = parts[largestPart];
  const largestPartBytes = largest.weights + largest.activations;
  const requiredBytes = weightBytes + activationBytes;
  const available = profile.memoryBytes;
  const partName = { textEncoders: 'the text encoders', denoiser: 'the denoiser', vaeDecoder: 'the VAE decoder' }[
    largestPart
  ];
  const common = {
    requiredBytes,
    largestPartBytes,
    largestPart,
    weightBytes,
    activationBytes,
    availableBytes: available,
  };
  if (available <= 0) {
    return {
      ...common,
      verdict: 'fits',
      quantisedBytesPerParam: null,
      advice: `Needs at least ${gb(requiredBytes)}; this profile does not state its memory.`,
    };
  }
  if (requiredBytes <= available) {
    return {
      ...common,
      verdict: 'fits',
      quantisedBytesPerParam: null,
      advice: `Needs at least ${gb(requiredBytes)} of the card's ${gb(available)}.`,
    };
  }
  if (largestPartBytes <= available) {
    return {
      ...common,
      verdict: 'offload',
      quantisedBytesPerParam: null,
      advice:
        `Needs at least ${gb(requiredBytes)}, more than the card's ${gb(available)}; with model CPU offload ` +
        `(one part on the card at a time) the largest part, ${partName}, needs ${gb(largestPartBytes)}, ` +
        'which fits, at the price of moving each part over PCIe for every image.',
    };
  }
  const room = available - largest.activations;
  const quantised = [1, 0.5].find((b) => cost.params[largestPart] * b <= room) ?? null;
  const fix =
    quantised === null
      ? 'Not even 4-bit weights fit; only sequential CPU offload (layer by layer, very slow) would run it.'
      : `With ${quantised === 1 ? '8-bit (fp8 or int8)' : '4-bit (such as NF4)'} weights it would fit, ` +
        'or sequential CPU offload streams it layer by layer (very slow).';
  return {
    ...common,
    verdict: 'too-big',
    quantisedBytesPerParam: quantised,
    advice: `Does not fit: ${partName} alone needs at least ${gb(largestPartBytes)}, the card has ${gb(available)}. ${fix}`,
  };
}
