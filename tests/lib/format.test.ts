import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatParams,
  formatPercent,
  formatRatio,
  formatScientific,
  formatSeconds,
  formatSI,
  roundSignificant,
} from '../../src/lib/index.ts';

describe('formatSI', () => {
  it('writes three significant figures with the prefix joined to the unit', () => {
    expect(formatSI(2.81e14, { unit: 'FLOP' })).toBe('281 TFLOP');
    expect(formatSI(3145728)).toBe('3.15 M');
    expect(formatSI(950)).toBe('950');
    expect(formatSI(1.5e15, { unit: 'FLOP/s' })).toBe('1.50 PFLOP/s');
    expect(formatSI(0, { unit: 'J' })).toBe('0 J');
  });
  it('carries a rounding into the next prefix', () => {
    expect(formatSI(999.7e9, { unit: 'FLOP' })).toBe('1.00 TFLOP');
    expect(formatSI(999_700)).toBe('1.00 M');
    expect(formatSI(9.996, { unit: 'W' })).toBe('10.0 W');
    expect(formatSI(99.96, { unit: 'W' })).toBe('100 W');
    expect(formatSI(0.9997, { unit: 'J' })).toBe('1.00 J');
  });
  it('uses sub-unit prefixes instead of long decimals', () => {
    expect(formatSI(0.00123, { unit: 'J' })).toBe('1.23 mJ');
    expect(formatSI(4.56e-6, { unit: 'J' })).toBe('4.56 µJ');
    expect(formatSI(0.0009996, { unit: 'J' })).toBe('1.00 mJ');
    expect(formatSI(0.137, { unit: 'Wh' })).toBe('0.137 Wh');
    expect(formatSI(1370, { unit: 'Wh' })).toBe('1.37 kWh');
  });
  it('takes its unit and figures in an options object, and says so when given anything else', () => {
    expect(formatSI(1234.5, { unit: 'J', sig: 2 })).toBe('1.2 kJ');
    expect(() => formatSI(1, 'J' as never)).toThrow(/formatSI options must be an options object; got "J"/);
    expect(() => formatSI(1, { sig: 0 })).toThrow(RangeError);
  });
  it('keeps the sign and passes non-finite values through', () => {
    expect(formatSI(-2500, { unit: 'W' })).toBe('-2.50 kW');
    expect(formatSI(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
});

describe('formatSeconds', () => {
  it('picks the unit after rounding', () => {
    expect(formatSeconds(0.0012)).toBe('1.20 ms');
    expect(formatSeconds(5.93)).toBe('5.93 s');
    expect(formatSeconds(0.9997)).toBe('1.00 s');
    expect(formatSeconds(0.0009997)).toBe('1.00 ms');
    expect(formatSeconds(300)).toBe('5.00 min');
    expect(formatSeconds(119.97)).toBe('2.00 min');
    expect(formatSeconds(7199.9)).toBe('2.00 h');
    expect(formatSeconds(3.2e-8)).toBe('32.0 ns');
    expect(formatSeconds(36 * 3600)).toBe('36.0 h');
  });
  it('never writes exponent notation', () => {
    for (const s of [9.9996e-7, 9.9996e-4, 0.99996, 99.996, 1e7]) expect(formatSeconds(s)).not.toMatch(/e[+-]/);
  });
});

describe('formatRatio and formatScientific', () => {
  it('carries the mantissa into the exponent', () => {
    expect(formatScientific(9.96e9)).toBe('1.0 × 10¹⁰');
    expect(formatRatio(9.96e9)).toBe('1.0 × 10¹⁰');
    expect(formatRatio(1.74e9)).toBe('1.7 × 10⁹');
    expect(formatScientific(2.5e-3)).toBe('2.5 × 10⁻³');
  });
  it('writes small ratios plainly', () => {
    expect(formatRatio(2.34567)).toBe('2.35');
    expect(formatRatio(42)).toBe('42.0');
    expect(formatRatio(1234.4)).toBe('1,230');
    expect(formatRatio(9999.7)).toBe('1.0 × 10⁴');
  });
});

describe('formatParams, formatPercent, formatCount, formatBytes', () => {
  it('quotes parameters as papers do', () => {
    expect(formatParams(2.567e9)).toBe('2.6 B');
    expect(formatParams(8.6e8)).toBe('860 M');
    expect(formatParams(1.19e10)).toBe('12 B');
    expect(formatParams(999.7e6)).toBe('1.0 B');
    expect(formatParams(123)).toBe('120');
  });
  it('writes percentages with sensible precision', () => {
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(0.0123)).toBe('1.2%');
    expect(formatPercent(0)).toBe('0%');
  });
  it('agrees in number', () => {
    expect(formatCount(1, { noun: 'step' })).toBe('1 step');
    expect(formatCount(20, { noun: 'step' })).toBe('20 steps');
    expect(formatCount(0, { noun: 'step' })).toBe('0 steps');
    expect(formatCount(2, { noun: 'pass', plural: 'passes' })).toBe('2 passes');
    expect(formatCount(1000, { noun: 'image' })).toBe('1,000 images');
  });
  it('carries binary units', () => {
    expect(formatBytes(3145728)).toBe('3.00 MiB');
    expect(formatBytes(1023.999 * 1024)).toBe('1.00 MiB');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(786_432)).toBe('768 KiB');
    expect(formatBytes(196_608)).toBe('192 KiB');
    expect(formatBytes(1_500)).toBe('1.46 KiB');
    expect(formatBytes(1_010 * 1024)).toBe('0.99 MiB');
  });
  it('validates its precision argument', () => {
    expect(() => roundSignificant(1, { sig: 0 })).toThrow(RangeError);
    expect(roundSignificant(1234.5, { sig: 3 })).toBe(1230);
  });
});
