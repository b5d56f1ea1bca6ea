import { describe, expect, it } from 'vitest';
import { checkImageSize, DIT_IDS, getModel, listModels, MODEL_IDS } from '../../../src/lib/cost/models.ts';

describe('model catalog', () => {
  it('getModel("nope") throws a RangeError that lists every valid model id', () => {
    expect(() => getModel('nope')).toThrow(RangeError);
    try {
      getModel('nope');
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('"nope"');
      for (const id of MODEL_IDS) expect(message).toContain(id);
    }
  });

  it('getModel(42) throws a TypeError naming the argument', () => {
    expect(() => getModel(42 as unknown as string)).toThrow(/model must be one of/);
  });

  it('listModels() returns one entry per MODEL_IDS id, in order, each with a config URL and params', () => {
    const models = listModels();
    expect(models.map((m) => m.id)).toEqual([...MODEL_IDS]);
    for (const m of models) {
      expect(m.configUrl).toMatch(/^https:\/\//);
      expect(m.pipelineUrl).toMatch(/^https:\/\//);
      expect(m.params).toBeGreaterThan(0);
    }
  });

  it('DIT_IDS lists the twelve DiT configs S/B/L/XL × patch 8/4/2', () => {
    expect(DIT_IDS).toHaveLength(12);
    expect(getModel('dit-xl-2').name).toBe('DiT-XL/2');
    expect(getModel('dit-s-8').patchSize).toBe(8);
  });

  it.each([
    ['sd15', 64],
    ['sd-turbo', 64],
    ['sdxl', 32],
    ['sdxl-turbo', 32],
    ['sd3-medium', 16],
    ['flux-dev', 16],
    ['pixart-alpha', 16],
    ['dit-xl-2', 16],
    ['dit-s-8', 64],
  ])('getModel(%s).resolutionMultiple is %i px', (id, multiple) => {
    expect(getModel(id).resolutionMultiple).toBe(multiple);
  });

  // https://github.com/huggingface/diffusers/blob/58eb52c/src/diffusers/pipelines/stable_diffusion/pipeline_stable_diffusion.py: CFG doubles the batch, except FLUX.1-dev (embedded), FLUX.1-schnell, SDXL-Turbo, SD-Turbo.
  it.each([
    ['sd15', true],
    ['sdxl', true],
    ['sd3-medium', true],
    ['sd35-large', true],
    ['pixart-alpha', true],
    ['dit-xl-2', true],
    ['flux-dev', false],
    ['flux-schnell', false],
    ['sdxl-turbo', false],
    ['sd-turbo', false],
  ])('getModel(%s).cfgDoublesBatch is %s at the pipeline defaults', (id, doubles) => {
    expect(getModel(id).cfgDoublesBatch).toBe(doubles);
  });

  // diffusers pipeline defaults at commit 58eb52c (https://github.com/huggingface/diffusers/tree/58eb52c/src/diffusers/pipelines).
  it.each([
    ['sd15', 512, 50, 7.5],
    ['sdxl', 1024, 50, 5],
    ['sdxl-turbo', 512, 1, 0],
    ['sd-turbo', 512, 1, 0],
    ['sd3-medium', 1024, 28, 7],
    ['sd35-large', 1024, 28, 7],
    ['flux-dev', 1024, 28, 3.5],
    ['flux-schnell', 1024, 4, 0],
    ['pixart-alpha', 1024, 20, 4.5],
    ['dit-xl-2', 256, 50, 4],
  ])('getModel(%s) defaults to %i², %i steps, guidance %f', (id, side, steps, guidance) => {
    const m = getModel(id);
    expect([m.defaultWidth, m.defaultHeight, m.defaultSteps, m.defaultGuidanceScale]).toEqual([
      side,
      side,
      steps,
      guidance,
    ]);
  });

  it('checkImageSize(sd15, 500, 512) throws a RangeError naming width, the value and the multiple', () => {
    expect(() => checkImageSize(getModel('sd15'), 500, 512)).toThrow(RangeError);
    expect(() => checkImageSize(getModel('sd15'), 500, 512)).toThrow(/width must be a multiple of 64.*got 500/);
  });

  it('checkImageSize(flux-dev, 1024, 1000) rejects the height (needs a multiple of 16)', () => {
    expect(() => checkImageSize(getModel('flux-dev'), 1024, 1000)).toThrow(/height must be a multiple of 16/);
  });

  it('checkImageSize rejects non-integers, zero and oversize sides', () => {
    const m = getModel('sdxl');
    expect(() => checkImageSize(m, 1024.5, 1024)).toThrow(RangeError);
    expect(() => checkImageSize(m, 0, 1024)).toThrow(RangeError);
    expect(() => checkImageSize(m, 1024, 16384)).toThrow(RangeError);
    expect(() => checkImageSize(m, '1024', 1024)).toThrow(TypeError);
  });

  it('checkImageSize(sdxl, 1024, 768) returns the 128 × 96 latent', () => {
    expect(checkImageSize(getModel('sdxl'), 1024, 768)).toEqual({ latentWidth: 128, latentHeight: 96 });
  });
});
