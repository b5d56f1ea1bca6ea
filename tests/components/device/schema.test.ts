import { describe, expect, it } from 'vitest';
import { readParams } from '../../../src/components/demo/params.ts';
import { DEVICE_DEMO_ID, deviceSchema } from '../../../src/components/device/schema.ts';

describe('deviceSchema (URL key device.path)', () => {
  it('reads each path the benchmark knows, and auto when the key is absent', () => {
    for (const path of ['auto', 'webgpu', 'wasm-simd', 'javascript']) {
      const read = readParams(DEVICE_DEMO_ID, deviceSchema, `?device.path=${path}`);
      expect(read.values.path).toBe(path);
      expect(read.given).toEqual(['path']);
      expect(read.notices).toEqual([]);
    }
    const none = readParams(DEVICE_DEMO_ID, deviceSchema, '?calculator.hw=l4');
    expect([none.values.path, none.given, none.present]).toEqual(['auto', [], false]);
  });

  it('an unknown path falls back to auto with a notice naming the key', () => {
    const read = readParams(DEVICE_DEMO_ID, deviceSchema, '?device.path=%3Cscript%3E');
    expect(read.values.path).toBe('auto');
    expect(read.notices).toHaveLength(1);
    expect(read.notices[0]).toMatch(/^device\.path = “<script>” is not one of auto, webgpu, wasm-simd, javascript/);
  });
});
