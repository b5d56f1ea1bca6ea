import { describe, expect, it } from 'vitest';
import {
  CALCULATOR_ID,
  CHART_ID,
  CHART_RESOLUTIONS,
  calculatorSchema,
  chartSchema,
  defaultGuidance,
  guidanceNote,
  hardwareFromMask,
  hardwareMask,
  MAX_HARDWARE_MASK,
} from '../../../src/components/cost/schema.ts';
import { readParams, writeParams } from '../../../src/components/demo/params.ts';
import { getHardware, getModel, HARDWARE_IDS, listModels } from '../../../src/lib/index.ts';

describe('hardware mask', () => {
  it('the default chart mask selects the H100 SXM and the RTX 4090', () => {
    expect(chartSchema.hw.default).toBe(5);
    expect(hardwareFromMask(chartSchema.hw.default)).toEqual(['h100-sxm', 'rtx-4090']);
  });
  it('round-trips every subset of the hardware list', () => {
    for (let mask = 1; mask <= MAX_HARDWARE_MASK; mask++) expect(hardwareMask(hardwareFromMask(mask))).toBe(mask);
    expect(hardwareFromMask(MAX_HARDWARE_MASK)).toEqual([...HARDWARE_IDS]);
  });
  it('ignores unknown ids', () => {
    expect(hardwareMask(['h100-sxm', 'nope'])).toBe(1);
  });
});

describe('schemas', () => {
  it('every chart resolution is valid for every model', () => {
    for (const m of listModels()) for (const r of CHART_RESOLUTIONS) expect(r % m.resolutionMultiple).toBe(0);
  });
  it('the calculator default η is the H100 SXM default; software defaults to eager', () => {
    expect(calculatorSchema.util.default).toBe(Math.round(getHardware('h100-sxm').defaultUtilisation * 100));
    expect(calculatorSchema.software.default).toBe('eager');
    expect(chartSchema.software.default).toBe('eager');
  });
  it('clamps hostile software values in the URL with a notice', () => {
    for (const bad of ['onnx', '<script>', '', '1e9']) {
      const read = readParams(CHART_ID, chartSchema, `?cost-chart.software=${encodeURIComponent(bad)}`);
      expect(read.values.software).toBe('eager');
      expect(read.notices.join(' ')).toMatch(/software/);
    }
    expect(readParams(CHART_ID, chartSchema, '?cost-chart.software=tensorrt').values.software).toBe('tensorrt');
  });
  it('clamps hostile calculator URL values with notices', () => {
    const read = readParams(
      CALCULATOR_ID,
      calculatorSchema,
      '?calculator.steps=1e9&calculator.model=%3Cscript%3Ealert(1)%3C/script%3E&calculator.util=0',
    );
    expect(read.values.steps).toBe(1000);
    expect(read.values.model).toBe('sdxl');
    expect(read.values.util).toBe(1);
    expect(read.notices).toHaveLength(3);
    expect(read.notices.join(' ')).toContain('above the maximum 1000');
  });
  it('writes chart keys under the cost-chart prefix', () => {
    const read = readParams(CHART_ID, chartSchema, '');
    const search = writeParams(CHART_ID, chartSchema, { ...read.values, model: 'flux-dev', scale: 'log' }, '?x=1');
    expect(search).toBe(
      '?x=1&cost-chart.model=flux-dev&cost-chart.res=1024&cost-chart.guidance=on&cost-chart.software=eager&cost-chart.hw=5&cost-chart.metric=seconds&cost-chart.scale=log',
    );
  });
});

describe('guidance defaults', () => {
  it('is on for guided pipelines and off for FLUX.1-schnell and the Turbo models', () => {
    expect(defaultGuidance(getModel('sdxl'))).toBe('on');
    expect(defaultGuidance(getModel('flux-dev'))).toBe('on');
    expect(defaultGuidance(getModel('flux-schnell'))).toBe('off');
    expect(defaultGuidance(getModel('sdxl-turbo'))).toBe('off');
  });
  it('explains each guidance mode', () => {
    expect(guidanceNote(getModel('flux-schnell'))).toContain('takes no guidance');
    expect(guidanceNote(getModel('flux-dev'))).toContain('one pass per step');
    expect(guidanceNote(getModel('sdxl'))).toContain('twice per step');
    expect(guidanceNote(getModel('sdxl-turbo'))).toContain('trained without guidance');
  });
});
