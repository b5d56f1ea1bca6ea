import { describe, expect, it } from 'vitest';
import { channelStats } from '../../../src/components/constraints/channel-stats.ts';
import { constraintFacts } from '../../../src/components/constraints/facts.ts';
import {
  CONSTRAINT_FIGURES,
  constraintPanels,
  spatialImages,
  spatialStats,
} from '../../../src/components/constraints/figures.ts';
import { createDataset, datasetMean, formatSI, forwardCost, toPixelMap } from '../../../src/lib/index.ts';

describe('channelStats', () => {
  it('computes the per-channel mean and population standard deviation', () => {
    const s = channelStats([0, 10, 2, 10], 2);
    expect(s.mean).toEqual([1, 10]);
    expect(s.std).toEqual([1, 0]);
  });

  it('rejects data that is not a whole number of pixels', () => {
    expect(() => channelStats([1, 2, 3, 4], 3)).toThrow(RangeError);
  });
});

describe('the spatial figure', () => {
  it('the shuffled tiles and the permuted pixels have exactly the face’s sorted values', () => {
    const im = spatialImages();
    const sorted = (d: Uint8ClampedArray) => Array.from(d).sort((a, b) => a - b);
    expect(sorted(im.tiles.data)).toEqual(sorted(im.face.data));
    expect(sorted(im.pixels.data)).toEqual(sorted(im.face.data));
    expect(im.tiles.data).not.toEqual(im.face.data);
    expect(im.pixels.data).not.toEqual(im.tiles.data);
  });

  it('the three images have bit-identical per-channel statistics', () => {
    const [face, tiles, pixels] = spatialStats();
    expect(tiles.stats).toEqual(face.stats);
    expect(pixels.stats).toEqual(face.stats);
  });
});

describe('CONSTRAINT_FIGURES', () => {
  it('every figure has a fig- id and every panel a unique name, a label and alt text', () => {
    const names = new Set<string>();
    for (const spec of Object.values(CONSTRAINT_FIGURES)) {
      expect(spec.id).toMatch(/^fig-[a-z-]+$/);
      for (const p of spec.panels) {
        expect(names.has(p.name)).toBe(false);
        names.add(p.name);
        expect(p.label.length).toBeGreaterThan(3);
        expect(p.alt.length).toBeGreaterThan(20);
      }
    }
  });

  it('every panel renders an RGB image with the bytes its shape implies', () => {
    for (const [name, make] of Object.entries(constraintPanels())) {
      const map = make();
      expect(map.channels, name).toBe(3);
      expect(map.data.length, name).toBe(map.width * map.height * 3);
    }
  });

  it('the semantic mean is the engine’s dataset mean', () => {
    const all = createDataset({ targets: 'all', width: 64 });
    expect(constraintPanels()['semantic-mean']().data).toEqual(
      toPixelMap(datasetMean(all), { width: 64, height: 64 }).data,
    );
  });
});

describe('constraintFacts', () => {
  it('takes its cost figures from the engine', () => {
    const f = constraintFacts();
    expect(f.sdxlCallFlops).toBe(
      formatSI(forwardCost({ model: 'sdxl', width: 1024, height: 1024 }).flops, { unit: 'FLOP' }),
    );
    expect(f.fluxCallFlops).toBe(
      formatSI(forwardCost({ model: 'flux-dev', width: 1024, height: 1024 }).flops, { unit: 'FLOP' }),
    );
    expect(f.eyeGap).toBe('18');
  });
});
