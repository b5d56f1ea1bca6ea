import { describe, expect, it } from 'vitest';
import { estimateJoules } from '../../../src/lib/cost/estimate-joules.ts';
import { getHardware, HARDWARE_IDS } from '../../../src/lib/cost/hardware.ts';

describe('estimateJoules', () => {
  it.each(HARDWARE_IDS)('estimateJoules(%s, 2 s) = board watts × 2 s, flagged as an upper bound', (id) => {
    const r = estimateJoules({ seconds: 2, hardware: id });
    expect(r.joules).toBe(2 * getHardware(id).boardWatts);
    expect(r.wattHours).toBe(r.joules / 3600);
    expect(r.upperBound).toBe(true);
    expect(r.note).toMatch(/[Uu]pper bound/);
  });

  it('estimateJoules(rtx-4090, 2–5 s) gives ~1–2 kJ (450 W total graphics power, Ada whitepaper Appendix A)', () => {
    expect(estimateJoules({ seconds: 2, hardware: 'rtx-4090' }).joules).toBe(900);
    expect(estimateJoules({ seconds: 5, hardware: 'rtx-4090' }).joules).toBe(2250);
  });

  it('estimateJoules(seconds: -1) throws a RangeError naming seconds', () => {
    expect(() => estimateJoules({ seconds: -1, hardware: 'l4' })).toThrow(/seconds must be/);
  });

  it('estimateJoules(hardware: "gpu") throws a RangeError listing the hardware ids', () => {
    expect(() => estimateJoules({ seconds: 1, hardware: 'gpu' })).toThrow(/hardware must be one of/);
  });
});
