import { describe, expect, it } from 'vitest';
import { nearestScene } from '../../../src/lib/learned/nearest.ts';
import { renderScenesBytes, SCENE_VALUES } from '../../../src/lib/learned/scenes.ts';
import { createTally } from '../../../src/lib/tally.ts';

describe('nearestScene', () => {
  const scenes = renderScenesBytes({ start: 0, count: 32 });

  it('finds a scene itself at distance 0', () => {
    const tally = createTally();
    expect(nearestScene(scenes.subarray(11 * SCENE_VALUES, 12 * SCENE_VALUES), { scenes, tally })).toEqual({
      index: 11,
      rms: 0,
    });
    expect(tally.intOps).toBe(3 * SCENE_VALUES * 32);
  });

  it('reports the RMS difference on the [−1, 1] scale', () => {
    const image = scenes.slice(5 * SCENE_VALUES, 6 * SCENE_VALUES);
    for (let j = 0; j < SCENE_VALUES; j++)
      image[j] = Math.min(255, image[j] + 1) === image[j] + 1 ? image[j] + 1 : image[j] - 1;
    const found = nearestScene(image, { scenes });
    expect(found.index).toBe(5);
    expect(found.rms).toBeCloseTo(1 / 127.5, 10);
  });

  it('rejects images and scene sets of the wrong size', () => {
    expect(() => nearestScene(new Uint8Array(10), { scenes })).toThrow(/image/);
    expect(() => nearestScene(new Uint8Array(SCENE_VALUES), { scenes: new Uint8Array(SCENE_VALUES + 1) })).toThrow(
      /scenes/,
    );
  });
});
