import { describe, expect, it } from 'vitest';
import {
  HELD_OUT_START,
  renderScene,
  renderScenesBytes,
  SCENE_VALUES,
  sceneShapes,
  TRAINING_SCENES,
} from '../../../src/lib/learned/scenes.ts';

describe('scenes', () => {
  it('renderScene(index) is deterministic and on the [−1, 1] scale', () => {
    const a = renderScene(7);
    const b = renderScene(7);
    expect(a).toEqual(b);
    expect(a.length).toBe(SCENE_VALUES);
    for (const v of a) {
      expect(v).toBeGreaterThanOrEqual(-1);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it('sceneShapes draws a background and one or two shapes, with variety across indices', () => {
    const kinds = new Set<string>();
    const counts = new Set<number>();
    const backgrounds = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const shapes = sceneShapes(i);
      expect(['fill', 'gradient']).toContain(shapes[0].kind);
      backgrounds.add(shapes[0].kind);
      counts.add(shapes.length - 1);
      for (const s of shapes.slice(1)) kinds.add(s.kind);
    }
    expect([...counts].sort()).toEqual([1, 2]);
    expect([...kinds].sort()).toEqual(['ellipse', 'polygon', 'rect']);
    expect([...backgrounds].sort()).toEqual(['fill', 'gradient']);
  });

  it('different indices give different scenes (no two of the first 64 are equal)', () => {
    const bytes = renderScenesBytes({ start: 0, count: 64 });
    const seen = new Set<string>();
    for (let i = 0; i < 64; i++)
      seen.add(Buffer.from(bytes.subarray(i * SCENE_VALUES, (i + 1) * SCENE_VALUES)).toString('base64'));
    expect(seen.size).toBe(64);
  });

  it('renderScenesBytes({ start, count }) rounds renderScene to bytes, scene-major', () => {
    const bytes = renderScenesBytes({ start: HELD_OUT_START + 3, count: 2 });
    const second = renderScene(HELD_OUT_START + 4);
    for (let j = 0; j < SCENE_VALUES; j += 97)
      expect(bytes[SCENE_VALUES + j]).toBe(Math.round((second[j] + 1) * 127.5));
  });

  it('the training set and the held-out scenes do not overlap', () => {
    expect(HELD_OUT_START).toBeGreaterThan(TRAINING_SCENES);
  });

  it('rejects bad arguments, naming them', () => {
    expect(() => sceneShapes(-1)).toThrow(RangeError);
    expect(() => sceneShapes(1.5)).toThrow(/index/);
    expect(() => renderScenesBytes({ start: 0, count: 0 })).toThrow(/count/);
    expect(() => renderScene(0, { out: new Float32Array(3) })).toThrow(/out/);
  });
});
