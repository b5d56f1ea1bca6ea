/**
 * The paradox in numbers: a random RGB map against one coherent image of the same size, in
 * operations, seconds and joules, with the ratios. Pure (no DOM): the island and the
 * prerendered page both call it.
 */
import type { HardwareProfile, Software } from '../../lib/index.ts';
import { formatCount, getHardware, getModel, imageEstimate, randomMapCost } from '../../lib/index.ts';

/**
 * The random map's time before the reader's own device has measured it: NumPy's
 * `np.random.randint(0, 256, (1024, 1024, 3), dtype=np.uint8)` measured by this project at
 * 2.2–2.4 ms on a 2-core x86-64 VM with NumPy 2.4.6; we use the middle. To reproduce:
 * `python3 -m timeit -s "import numpy as np" "np.random.randint(0, 256, (1024, 1024, 3), dtype=np.uint8)"`.
 */
export const REFERENCE_RANDOM_MAP = {
  seconds: 0.0023,
  side: 1024,
  label: 'NumPy randint, 1024 × 1024 × 3, 2-core x86-64 VM (measured 2.2–2.4 ms)',
};

export interface ParadoxInput {
  model: string;
  side: number;
  steps: number;
  guidance: boolean;
  hardware: string | HardwareProfile;
  /** Software stack for the image (default 'eager'). */
  software?: Software;
  /** Seconds the random map took (measured on this device, or the reference). */
  randomSeconds: number;
  /** Power drawn while filling the random map: the laptop CPU profile's package power. */
  randomWatts?: number;
}

export interface ParadoxSide {
  label: string;
  operations: number;
  operationsUnit: 'integer operations' | 'FLOPs';
  flops: number;
  bytes: number;
  seconds: number;
  joules: number;
}

export interface Paradox {
  random: ParadoxSide;
  image: ParadoxSide;
  ratios: { operations: number; seconds: number; joules: number };
  hardwareName: string;
  modelName: string;
  utilisation: number;
  randomWatts: number;
  imageWatts: number;
}

export function computeParadox(input: ParadoxInput): Paradox {
  const map = randomMapCost({ width: input.side, height: input.side, channels: 3 });
  const laptop = getHardware('laptop-cpu');
  const randomWatts = input.randomWatts ?? laptop.boardWatts;
  const est = imageEstimate({
    model: input.model,
    width: input.side,
    height: input.side,
    steps: input.steps,
    guidance: input.guidance,
    hardware: input.hardware,
    software: input.software,
  });
  const profile = typeof input.hardware === 'string' ? getHardware(input.hardware) : input.hardware;
  const random: ParadoxSide = {
    label: `Random ${input.side} × ${input.side} RGB map`,
    operations: map.intOps,
    operationsUnit: 'integer operations',
    flops: 0,
    bytes: map.bytes,
    seconds: input.randomSeconds,
    joules: input.randomSeconds * randomWatts,
  };
  const model = getModel(input.model);
  const image: ParadoxSide = {
    label: `${model.name}, ${formatCount(input.steps, { noun: 'step' })}${est.cost.cfg ? ' with guidance' : ''}`,
    operations: est.cost.flops,
    operationsUnit: 'FLOPs',
    flops: est.cost.flops,
    bytes: map.bytes,
    seconds: est.seconds,
    joules: est.joules,
  };
  return {
    random,
    image,
    ratios: {
      operations: image.operations / random.operations,
      seconds: image.seconds / random.seconds,
      joules: image.joules / random.joules,
    },
    hardwareName: profile.name,
    modelName: model.name,
    utilisation: est.time.utilisation,
    randomWatts,
    imageWatts: profile.boardWatts,
  };
}
