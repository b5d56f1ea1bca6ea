import { describe, expect, it } from 'vitest';
import { chapterFacts, chapterText, TABLE_QUALITIES, TABLE_STEPS } from '../../../src/components/denoise/facts.ts';
import {
  defaultRun,
  denoiseFigures,
  STRIP_STEPS,
  stripAlt,
  stripName,
  tileImages,
} from '../../../src/components/denoise/figures.ts';
import { forwardCost } from '../../../src/lib/index.ts';

describe('chapterFacts()', () => {
  const f = chapterFacts();

  it('compares one toy step with one SDXL step at 1024² from the cost model', () => {
    expect(f.sdxlStepFlops).toBe(forwardCost({ model: 'sdxl', width: 1024, height: 1024 }).flops);
    expect(f.sdxlRatio).toBe(f.sdxlStepFlops / f.costs.flopsPerStep);
    expect(f.sdxlRatio).toBeGreaterThan(1e6);
  });

  it('the denoiser is most of a step, and a 20-step run costs 20 steps plus setup', () => {
    expect(f.denoiserFlops).toBeLessThan(f.costs.flopsPerStep);
    expect(f.denoiserFlops / f.costs.flopsPerStep).toBeGreaterThan(0.9);
    expect(f.costs.totalFlops).toBe(f.costs.setupFlops + 20 * f.costs.flopsPerStep);
  });

  it('the quality table: the ideal denoiser is exact from 2 steps, weaker ones need more', () => {
    expect(f.rmseTable).toHaveLength(TABLE_QUALITIES.length);
    for (const row of f.rmseTable) expect(row).toHaveLength(TABLE_STEPS.length);
    expect(f.rmseTable[0][0]).toBeGreaterThan(0.3);
    expect(f.rmseTable[0][1]).toBeLessThan(1e-3);
    expect(f.rmseTable[2][2]).toBeGreaterThan(f.rmseTable[0][2]);
    expect(f.rmseTable[3][3]).toBeGreaterThan(0.01);
  });

  it('one step from noise predicts (nearly) the dataset mean', () => {
    expect(f.oneStepVsMeanRmse).toBeLessThan(0.1);
    expect(f.meanNearestName).toBe('House');
  });

  it('with k = 100 more seeds settle on the target nearest the mean than with k = 1', () => {
    expect(f.seedsOnMeanTarget.k100).toBeGreaterThan(f.seedsOnMeanTarget.k1);
  });

  it('chapterText() formats every number', () => {
    const t = chapterText();
    for (const [name, text] of Object.entries(t)) expect(text, name).toMatch(/\S/);
    expect(t.flopsPerStep).toBe('516 kFLOP');
    expect(t.sdxlStepFlops).toMatch(/^\d[\d.]* TFLOP$/);
  });
});

describe('build-time figures', () => {
  it('the strip has one 64×64 RGB frame per step of STRIP_STEPS, with alt text', () => {
    const figures = denoiseFigures();
    for (const k of STRIP_STEPS) {
      const map = figures[stripName(k)]();
      expect([map.width, map.height, map.channels]).toEqual([64, 64, 3]);
      expect(stripAlt(k)).toMatch(new RegExp(`^Step ${k} of 20`));
    }
    expect(stripName(4)).toBe('strip-04');
    expect(defaultRun().finalRmse).toBeLessThan(1e-3);
  });

  it('tileImages lays images out in a grid with grey gaps', () => {
    const red = new Float32Array(2 * 2 * 3);
    for (let i = 0; i < red.length; i += 3) [red[i], red[i + 1], red[i + 2]] = [1, -1, -1];
    const map = tileImages([red, red, red], 2, 2, 1);
    expect([map.width, map.height]).toEqual([5, 5]);
    expect(Array.from(map.data.subarray(0, 3))).toEqual([255, 0, 0]);
    expect(Array.from(map.data.subarray(6, 9))).toEqual([128, 128, 128]);
    // The empty fourth cell is grey.
    const last = (4 * 5 + 4) * 3;
    expect(Array.from(map.data.subarray(last, last + 3))).toEqual([128, 128, 128]);
  });
});
