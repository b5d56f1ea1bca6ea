import { describe, expect, it } from 'vitest';
import {
  buildChartData,
  buildCsv,
  CHART_MAX_STEPS,
  csvFilename,
  metricColumns,
  shortName,
} from '../../../src/components/cost/chart-data.ts';
import { getHardware, imageCost, imageEstimate } from '../../../src/lib/index.ts';

const SDXL = { model: 'sdxl', res: 1024, guidance: 'on', hardware: ['h100-sxm', 'rtx-4090'] } as const;

describe('buildChartData', () => {
  const data = buildChartData(SDXL);

  it('has one column entry per step count 1 … 100', () => {
    expect(data.steps.length).toBe(CHART_MAX_STEPS);
    expect(data.steps[0]).toBe(1);
    expect(data.steps[99]).toBe(100);
    expect(data.series.map((s) => s.hardware.id)).toEqual(['h100-sxm', 'rtx-4090']);
  });

  it('matches imageCost and imageEstimate for the same settings at every sampled step', () => {
    for (const steps of [1, 4, 20, 28, 50, 100]) {
      const i = steps - 1;
      expect(data.flopsByStep[i]).toBe(
        imageCost({ model: 'sdxl', width: 1024, height: 1024, steps, guidance: true }).flops,
      );
      for (const s of data.series) {
        const e = imageEstimate({
          model: 'sdxl',
          width: 1024,
          height: 1024,
          steps,
          guidance: true,
          hardware: s.hardware.id,
        });
        expect(s.secondsByStep[i]).toBeCloseTo(e.seconds, 12);
        expect(s.joulesByStep[i]).toBeCloseTo(e.joules, 9);
      }
    }
  });

  it('uses each profile at its default dtype and utilisation', () => {
    for (const s of data.series) {
      expect(s.dtype).toBe(s.hardware.defaultDtype);
      expect(s.utilisation).toBe(s.hardware.defaultUtilisation);
    }
  });

  it('grows linearly with steps for a compute-bound model (constant increments)', () => {
    const d1 = data.flopsByStep[1] - data.flopsByStep[0];
    const d99 = data.flopsByStep[99] - data.flopsByStep[98];
    expect(d99 / d1).toBeCloseTo(1, 12);
    expect(d1).toBe(2 * imageCost({ model: 'sdxl', steps: 1, guidance: true }).perCall.flops);
  });

  it('guidance off removes exactly one denoiser pass per step for SDXL', () => {
    const off = buildChartData({ ...SDXL, guidance: 'off' });
    expect(data.cfg).toBe(true);
    expect(off.cfg).toBe(false);
    const perCall = imageCost({ model: 'sdxl' }).perCall.flops;
    expect(data.flopsByStep[49] - off.flopsByStep[49]).toBeCloseTo(50 * perCall, -3);
  });

  it('guidance does not change FLUX.1-schnell (it takes no guidance)', () => {
    const on = buildChartData({ model: 'flux-schnell', res: 1024, guidance: 'on', hardware: ['h100-sxm'] });
    const off = buildChartData({ model: 'flux-schnell', res: 1024, guidance: 'off', hardware: ['h100-sxm'] });
    expect(Array.from(on.flopsByStep)).toEqual(Array.from(off.flopsByStep));
    expect(on.cfg).toBe(false);
  });

  it('throws the engine RangeError for an unknown model or hardware', () => {
    expect(() => buildChartData({ ...SDXL, model: 'nope' })).toThrow(RangeError);
    expect(() => buildChartData({ ...SDXL, hardware: ['gtx-480'] })).toThrow(RangeError);
  });
});

describe('metricColumns', () => {
  const data = buildChartData(SDXL);
  it('gives one FLOPs column, or one column per hardware for seconds and joules', () => {
    expect(metricColumns(data, 'flops').map((c) => c.key)).toEqual(['flops']);
    expect(metricColumns(data, 'seconds').map((c) => c.key)).toEqual(['h100-sxm', 'rtx-4090']);
    expect(metricColumns(data, 'joules')[1].values).toBe(data.series[1].joulesByStep);
  });
  it('labels hardware without the vendor prefix', () => {
    expect(shortName(getHardware('rtx-4090'))).toBe('RTX 4090');
  });
});

describe('buildCsv', () => {
  const data = buildChartData(SDXL);
  const csv = buildCsv(data);
  const lines = csv.split('\r\n');

  it('writes a header and 100 rows, CRLF-terminated', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(100);
    expect(lines[0]).toBe(
      'steps,flops,seconds h100-sxm,seconds rtx-4090,joules_upper_bound h100-sxm,joules_upper_bound rtx-4090',
    );
  });

  it('round-trips every number exactly', () => {
    const row20 = lines[20].split(',').map(Number);
    expect(row20).toEqual([
      20,
      data.flopsByStep[19],
      data.series[0].secondsByStep[19],
      data.series[1].secondsByStep[19],
      data.series[0].joulesByStep[19],
      data.series[1].joulesByStep[19],
    ]);
  });

  it('names the file after the settings', () => {
    expect(csvFilename(data, 'on')).toBe('cost-sdxl-1024x1024-guidance-on-eager-h100-sxm+rtx-4090.csv');
  });
});
