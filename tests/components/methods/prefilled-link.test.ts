import { describe, expect, it } from 'vitest';
import { prefilledHref } from '../../../src/components/methods/prefilled-link.ts';

describe('prefilledHref', () => {
  it('builds the calculator link for SDXL-Turbo, 512², 1 step, guidance off, RTX 3060', () => {
    expect(
      prefilledHref('calculator', {
        model: 'sdxl-turbo',
        width: 512,
        height: 512,
        steps: 1,
        guidance: 'off',
        hw: 'rtx-3060',
      }),
    ).toBe(
      'counting-flops/?calculator.model=sdxl-turbo&calculator.width=512&calculator.height=512&calculator.steps=1&calculator.guidance=off&calculator.hw=rtx-3060#calculator',
    );
  });
  it('builds a cost-chart link on /hardware/', () => {
    expect(prefilledHref('cost-chart', { model: 'sdxl-turbo', res: 512 })).toBe(
      'hardware/?cost-chart.model=sdxl-turbo&cost-chart.res=512#cost-chart',
    );
  });
  it('throws a RangeError for an unknown demo, key or a value the demo would replace', () => {
    expect(() => prefilledHref('nope', {})).toThrow(RangeError);
    expect(() => prefilledHref('calculator', { modle: 'sdxl' })).toThrow(/key must be one of/);
    expect(() => prefilledHref('calculator', { model: 'sdxl-turbo-v2' })).toThrow(RangeError);
    expect(() => prefilledHref('calculator', { steps: 0 })).toThrow(/below the minimum/);
    expect(() => prefilledHref('cost-chart', { res: 500 })).toThrow(RangeError);
  });
});
