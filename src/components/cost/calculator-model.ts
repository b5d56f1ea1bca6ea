/**
 * What the cost calculator shows, computed from its settings with the engine: one image's MACs,
 * FLOPs and parts, roofline seconds, board-power energy (an upper bound), and the ratio to a
 * random pixel map of the same size. Bad settings (a width that is not a multiple the model
 * accepts, …) come back as the engine's error message instead of a throw. Pure.
 */
import { DEVICE_PROFILE_ID } from '../../lib/device/index.ts';
import type { Dtype, HardwareProfile, ImageEstimate, ModelSpec, RandomMapCost, Software } from '../../lib/index.ts';
import {
  availableDtypes,
  formatRatio,
  formatSeconds,
  formatSI,
  getHardware,
  getModel,
  imageEstimate,
  JOULES_PER_WATT_HOUR,
  randomMapCost,
  ratioToRandomMap,
  SOFTWARE_LABELS,
} from '../../lib/index.ts';

/** The random map the ratio compares with: same width × height, 3 channels (RGB bytes). */
export const RANDOM_MAP_CHANNELS = 3;

export interface CalculatorInput {
  model: string;
  width: number;
  height: number;
  steps: number;
  guidance: string;
  hw: string;
  dtype: string;
  /** 'eager', 'compiled' or 'tensorrt' (default eager). */
  software?: string;
  /** η in percent of the dense peak, 1 … 100. */
  util: number;
}

export interface CalculatorOk {
  ok: true;
  input: CalculatorInput;
  model: ModelSpec;
  hardware: HardwareProfile;
  dtype: Dtype;
  /** True when the requested dtype is not available on the hardware and its default was used. */
  dtypeAdjusted: boolean;
  utilisation: number;
  estimate: ImageEstimate;
  randomMap: RandomMapCost;
  /** Image FLOPs / random map integer ops (different units on purpose). */
  ratio: number;
  /** Fractions of the image's MACs. */
  shares: { textEncoder: number; denoiser: number; vae: number };
}

export interface CalculatorError {
  ok: false;
  input: CalculatorInput;
  message: string;
}

export type CalculatorResult = CalculatorOk | CalculatorError;

/**
 * The profile for a calculator `hw` value: a built-in id, or `your-device` when the reader's
 * measured profile is given. A RangeError says so when `your-device` is asked for without one.
 */
export function calculatorHardware(hw: string, device?: HardwareProfile | null): HardwareProfile {
  if (hw !== DEVICE_PROFILE_ID) return getHardware(hw);
  if (!device) throw new RangeError('hw = your-device needs a measurement of this device, and none is stored');
  return device;
}

/** `device`: the reader's measured `your-device` profile, if any (see components/device). */
export function computeCalculator(input: CalculatorInput, device?: HardwareProfile | null): CalculatorResult {
  try {
    const model = getModel(input.model);
    const hardware = calculatorHardware(input.hw, device);
    const dtypes = availableDtypes(hardware);
    const dtypeAdjusted = !(dtypes as string[]).includes(input.dtype);
    const dtype = dtypeAdjusted ? hardware.defaultDtype : (input.dtype as Dtype);
    // The slider holds whole percent: at the profile's rounded default, use the exact fitted η so
    // the calculator agrees with the chart and the prose to the digit.
    const utilisation =
      input.util === Math.round(hardware.defaultUtilisation * 100) ? hardware.defaultUtilisation : input.util / 100;
    const estimate = imageEstimate({
      model: model.id,
      width: input.width,
      height: input.height,
      steps: input.steps,
      guidance: input.guidance === 'on',
      hardware,
      dtype,
      utilisation,
      software: (input.software ?? 'eager') as Software,
    });
    const randomMap = randomMapCost({ width: input.width, height: input.height, channels: RANDOM_MAP_CHANNELS });
    const b = estimate.cost.breakdown;
    const macs = estimate.cost.macs;
    return {
      ok: true,
      input,
      model,
      hardware,
      dtype,
      dtypeAdjusted,
      utilisation,
      estimate,
      randomMap,
      ratio: ratioToRandomMap(estimate.cost.flops, { map: randomMap }),
      shares: { textEncoder: b.textEncoder.macs / macs, denoiser: b.denoiser.macs / macs, vae: b.vae.macs / macs },
    };
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) return { ok: false, input, message: e.message };
    throw e;
  }
}

/** Percent, from the site's one formatter (src/lib/format.ts). */
export { formatPercent } from '../../lib/index.ts';

/** Energy in the unit that reads best: J below 10 kJ, else kJ. */
export function formatJoules(joules: number): string {
  return formatSI(joules, { unit: 'J' });
}

/** Watt-hours: 0.287 → "0.287 Wh", 1234 → "1.23 kWh". */
export function formatWattHours(wattHours: number): string {
  return formatSI(wattHours, { unit: 'Wh' });
}

/**
 * The arithmetic behind the result, one line per equation, with the actual numbers filled in.
 * Shown in the calculator's "Show the math" panel.
 */
export function mathLines(r: CalculatorOk): string[] {
  const c = r.estimate.cost;
  const t = r.estimate.time;
  const perPass = c.cfg ? 2 : 1;
  const lines = [
    `Denoiser calls = steps × passes per step = ${c.steps} × ${perPass} = ${c.denoiserCalls}` +
      (c.cfg ? ' (classifier-free guidance runs a batch of 2)' : ''),
    `MACs per image = text encoders + calls × MACs per call + VAE decode = ${formatSI(c.breakdown.textEncoder.macs)} + ${c.denoiserCalls} × ${formatSI(c.perCall.macs)} + ${formatSI(c.breakdown.vae.macs)} = ${formatSI(c.macs, { unit: 'MAC' })}`,
    `FLOPs = 2 × MACs = 2 × ${formatSI(c.macs)} = ${formatSI(c.flops, { unit: 'FLOP' })}`,
    `Per stage: time = max(GPU, host); GPU = max(FLOPs / (η × peak), (weights + matmul activations) / bandwidth) + elementwise traffic / bandwidth + kernels × t₀; host = kernels × τ (${SOFTWARE_LABELS[t.software]})`,
    `Compute at η × peak = ${formatSI(c.flops)} / (${formatSI(t.peakFlopsPerSecond, { unit: 'FLOP/s' })} × ${Number(t.utilisation.toFixed(3))}) = ${formatSeconds(t.computeSeconds)}`,
    `Memory traffic = ${formatSI(r.estimate.bytesMoved.bytes, { unit: 'B' })} (weights and activations) / ${formatSI(t.memoryBytesPerSecond, { unit: 'B/s' })} = ${formatSeconds(t.memorySeconds)}`,
    `Fixed cost per kernel on the GPU = ${formatSeconds(t.kernelSeconds)}; host issuing kernels = ${formatSeconds(t.hostSeconds)}`,
    `Time = text encoders ${formatSeconds(r.estimate.latency.textEncoder.seconds)} + ${c.steps} × ${formatSeconds(r.estimate.latency.step.seconds)} per step (${t.bound}-bound) + VAE decode ${formatSeconds(r.estimate.latency.vaeDecoder.seconds)} = ${formatSeconds(r.estimate.seconds)}`,
    `Memory: ${r.estimate.memory.advice}`,
    `Energy ≤ board power × time = ${r.hardware.boardWatts} W × ${formatSeconds(r.estimate.seconds)} = ${formatJoules(r.estimate.joules)} = ${formatWattHours(r.estimate.wattHours)} (upper bound)`,
    `Images per kWh ≥ ${formatSI(1000 * JOULES_PER_WATT_HOUR, { unit: 'J' })} / ${formatJoules(r.estimate.joules)} = ${formatImages(r.estimate.imagesPerKWh)}`,
    `Random map: ${r.input.width} × ${r.input.height} × ${RANDOM_MAP_CHANNELS} = ${formatSI(r.randomMap.bytes, { unit: 'B' })} = ${formatSI(r.randomMap.draws)} draws × ${r.randomMap.intOps / r.randomMap.draws} integer ops = ${formatSI(r.randomMap.intOps)} integer ops, 0 FLOP`,
    `Ratio = image FLOPs / map integer ops = ${formatSI(c.flops)} / ${formatSI(r.randomMap.intOps)} = ${formatRatio(r.ratio)}`,
  ];
  return lines;
}

/** Images per kWh: three significant figures, SI prefix above 1000. */
export function formatImages(n: number): string {
  return n >= 1000 ? formatSI(n) : n >= 100 ? String(Math.round(n)) : n.toPrecision(3);
}

/** One sentence for the live region and the print line. */
export function describeResult(r: CalculatorResult): string {
  const i = r.input;
  const settings = `${i.width}×${i.height}, ${i.steps} step${i.steps === 1 ? '' : 's'}, guidance ${i.guidance}`;
  if (!r.ok) return `${settings}: ${r.message}`;
  const e = r.estimate;
  return (
    `${r.model.name}, ${settings}, on ${r.hardware.name} (${r.dtype}, ${SOFTWARE_LABELS[e.software]}, η ${Math.round(r.utilisation * 100)}%): ` +
    (e.memory.verdict === 'fits'
      ? `${formatSI(e.cost.flops, { unit: 'FLOP' })}, ${formatSeconds(e.seconds)}, at most ${formatJoules(e.joules)} (${formatWattHours(e.wattHours)}).`
      : `${formatSI(e.cost.flops, { unit: 'FLOP' })}. ${e.memory.advice}`)
  );
}
