/** The measured `your-device` profile in the cost demos' pure parts: calculator model, chart data, schema. */
import { describe, expect, it } from 'vitest';
import { calculatorHardware, computeCalculator } from '../../../src/components/cost/calculator-model.ts';
import { buildChartData, buildCsv, shortName } from '../../../src/components/cost/chart-data.ts';
import {
  CALCULATOR_ID,
  CHART_ID,
  calculatorSchema,
  chartSchema,
  DEVICE_HARDWARE_BIT,
  hardwareFromMask,
  maskHasDevice,
} from '../../../src/components/cost/schema.ts';
import { readParams } from '../../../src/components/demo/params.ts';
import { buildDeviceProfile } from '../../../src/lib/device/index.ts';
import { imageEstimate } from '../../../src/lib/index.ts';
import { SAMPLE } from '../../lib/device/fixtures.ts';

const device = buildDeviceProfile(SAMPLE);
const INPUT = {
  model: 'sdxl',
  width: 1024,
  height: 1024,
  steps: 20,
  guidance: 'on',
  hw: 'your-device',
  dtype: 'fp32',
  util: 100,
};

describe('calculator with your-device', () => {
  it('computes seconds from the measured rate', () => {
    const r = computeCalculator(INPUT, device);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.hardware.id).toBe('your-device');
    expect(r.dtype).toBe('fp32');
    // The measured rate is the compute roof; per-kernel costs come on top (well under 1% here).
    // (The negative prompt's text-encoder pass adds a little compute beyond the image's FLOP count.)
    expect(r.estimate.time.computeSeconds / (r.estimate.cost.flops / SAMPLE.flopsPerSecond)).toBeGreaterThanOrEqual(1);
    expect(r.estimate.time.computeSeconds / (r.estimate.cost.flops / SAMPLE.flopsPerSecond)).toBeLessThan(1.001);
    expect(r.estimate.seconds / r.estimate.time.computeSeconds).toBeLessThan(1.01);
    const direct = imageEstimate({
      model: 'sdxl',
      width: 1024,
      height: 1024,
      steps: 20,
      hardware: device,
      dtype: 'fp32',
    });
    expect(r.estimate.seconds).toBe(direct.seconds);
  });

  it('a fp16 request on the measured device falls back to its fp32 rate, and says so', () => {
    const r = computeCalculator({ ...INPUT, dtype: 'fp16' }, device);
    expect(r.ok && r.dtypeAdjusted && r.dtype === 'fp32').toBe(true);
  });

  it('without a stored measurement, your-device is an error that says why (the island falls back with a notice)', () => {
    const r = computeCalculator(INPUT, null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('needs a measurement of this device');
    expect(() => calculatorHardware('your-device')).toThrow(RangeError);
    expect(calculatorHardware('rtx-4090', device).id).toBe('rtx-4090');
  });

  it('calculator.hw=your-device is a valid URL value', () => {
    const read = readParams(CALCULATOR_ID, calculatorSchema, '?calculator.hw=your-device');
    expect(read.values.hw).toBe('your-device');
    expect(read.notices).toEqual([]);
  });
});

describe('chart with your-device', () => {
  it('bit 128 selects your-device; the built-in bits are unchanged', () => {
    expect(DEVICE_HARDWARE_BIT).toBe(128);
    expect(maskHasDevice(5)).toBe(false);
    expect(maskHasDevice(5 | 128)).toBe(true);
    expect(hardwareFromMask(5 | 128)).toEqual(['h100-sxm', 'rtx-4090']);
    const read = readParams(CHART_ID, chartSchema, '?cost-chart.hw=133');
    expect(read.values.hw).toBe(133);
    expect(read.notices).toEqual([]);
  });

  it('draws a line for the measured profile, labelled "Your device", with seconds from the measured rate', () => {
    const data = buildChartData({ model: 'sdxl', res: 1024, guidance: 'on', hardware: ['h100-sxm', device] });
    expect(data.series.map((s) => s.hardware.id)).toEqual(['h100-sxm', 'your-device']);
    const mine = data.series[1];
    expect(shortName(mine.hardware)).toBe('Your device');
    // Compute at the measured rate plus per-kernel costs (well under 1% of it).
    expect(mine.secondsByStep[19] / (data.flopsByStep[19] / SAMPLE.flopsPerSecond)).toBeGreaterThanOrEqual(1);
    expect(mine.secondsByStep[19] / (data.flopsByStep[19] / SAMPLE.flopsPerSecond)).toBeLessThan(1.01);
    expect(mine.joulesByStep[19]).toBeCloseTo(15 * mine.secondsByStep[19], 6);
    expect(buildCsv(data).split('\r\n')[0]).toContain('seconds your-device');
  });
});
