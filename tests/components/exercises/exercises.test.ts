/**
 * The chapters' worked exercises (src/components/exercises/exercises.ts): coverage of the chapter
 * map, stable ids, and every final answer against the engine, recomputed here from the engine's
 * public API rather than copied from the module under test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  allExercises,
  CHAPTERS_WITHOUT_EXERCISES,
  chapterNumber,
  EXERCISE_CHAPTERS,
  exercisesFor,
  richText,
} from '../../../src/components/exercises/exercises.ts';
import { REFERENCE_RANDOM_MAP } from '../../../src/components/paradox/paradox-model.ts';
import { keepTogether } from '../../../src/keep-together.ts';
import {
  ACTIVATION_BYTES,
  byteSizes,
  checkerboard,
  forwardCost,
  getHardware,
  imageCost,
  imageEstimate,
  JOULES_PER_WATT_HOUR,
  randomMapCost,
  smoothNoise,
} from '../../../src/lib/index.ts';
import { chapters } from '../../../src/sidebar.ts';

const ID = /^exercise-(\d+)-(\d+)$/;

describe('exercise coverage and ids', () => {
  test('every chapter in the map has at least two exercises, except the back-matter', () => {
    for (const c of chapters) {
      const key = c.slug || 'index';
      if ((CHAPTERS_WITHOUT_EXERCISES as readonly string[]).includes(key)) {
        expect(EXERCISE_CHAPTERS as readonly string[]).not.toContain(key);
        continue;
      }
      expect(EXERCISE_CHAPTERS as readonly string[], key).toContain(key);
      expect(exercisesFor(key).length, key).toBeGreaterThanOrEqual(2);
    }
  });

  test('chapterNumber follows src/sidebar.ts: index is 1, claims 10', () => {
    expect(chapterNumber('index')).toBe(1);
    expect(chapterNumber('pixels')).toBe(2);
    expect(chapterNumber('counting-flops')).toBe(6);
    expect(chapterNumber('claims')).toBe(10);
    expect(() => chapterNumber('nowhere')).toThrow(RangeError);
    expect(() => exercisesFor('references')).toThrow(RangeError);
  });

  test('ids are unique, exercise-<chapter>-<n>, numbered 1… in order, matching the printed number', () => {
    const all = allExercises();
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    for (const c of EXERCISE_CHAPTERS) {
      exercisesFor(c).forEach((e, i) => {
        const m = ID.exec(e.id);
        expect(m, e.id).not.toBeNull();
        expect(Number(m?.[1])).toBe(chapterNumber(c));
        expect(Number(m?.[2])).toBe(i + 1);
        expect(e.number).toBe(`${chapterNumber(c)}.${i + 1}`);
      });
    }
  });

  test('keepTogether joins a number to its unit with a no-break space, and leaves other spaces alone', () => {
    expect(keepTogether('1.67 s, 281 TFLOPs, 3.00 MiB, 989 TFLOP/s, 20 steps')).toBe(
      '1.67\u00a0s, 281\u00a0TFLOPs, 3.00\u00a0MiB, 989\u00a0TFLOP/s, 20 steps',
    );
  });

  test('published ids stay put (append new exercises, never insert)', () => {
    // A course may link any of these; changing this list means breaking someone's link.
    expect(allExercises().map((e) => `${e.id} ${e.title}`)).toMatchSnapshot();
  });

  test('each exercise has a question, at least two worked steps and a finite answer shown in the last lines', () => {
    for (const e of allExercises()) {
      expect(e.question.length, e.id).toBeGreaterThan(40);
      expect(e.steps.length, e.id).toBeGreaterThanOrEqual(2);
      expect(Number.isFinite(e.answer.value), e.id).toBe(true);
      expect(e.answer.text.length, e.id).toBeGreaterThan(0);
      for (const s of [e.question, ...e.steps, e.answer.text]) expect(s, e.id).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  test('every chapter except references puts <Exercises chapter=…> under "## Exercises", its last section', () => {
    for (const c of chapters) {
      const key = c.slug || 'index';
      const mdx = readFileSync(new URL(`../../../src/content/docs/${key}.mdx`, import.meta.url), 'utf8');
      const headings = [...mdx.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      if (key === 'references') {
        expect(headings).not.toContain('Exercises');
        expect(mdx).not.toContain('<Exercises');
        continue;
      }
      expect(headings.at(-1), key).toBe('Exercises');
      expect(mdx, key).toContain(`<Exercises chapter="${key}" />`);
    }
  });
});

/** Relative closeness for engine floats recomputed along another path. */
function close(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

const ALL = allExercises();
const answer = (id: string) => {
  const e = ALL.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id}`);
  return e.answer.value;
};

const sdxl20 = () => imageCost({ model: 'sdxl', width: 1024, height: 1024, steps: 20, guidance: true });

/** Each exercise's final answer, computed independently from the engine's public API. */
const EXPECTED: Record<string, () => number> = {
  'exercise-1-1': () => sdxl20().flops / randomMapCost({ width: 1024, height: 1024, channels: 3 }).intOps,
  'exercise-1-2': () => {
    const e = imageEstimate({
      model: 'sdxl',
      width: 1024,
      height: 1024,
      steps: 20,
      guidance: true,
      hardware: 'h100-sxm',
    });
    return e.joules / (REFERENCE_RANDOM_MAP.seconds * getHardware('laptop-cpu').boardWatts);
  },
  'exercise-2-1': () => byteSizes({ width: 1024, height: 1024, channels: 3 }).float32Bytes,
  'exercise-2-2': () => randomMapCost({ width: 1024, height: 1024, channels: 4 }).intOps,
  'exercise-3-1': () => {
    const f = (sigma: number) => smoothNoise({ width: 512, height: 512, channels: 3, sigma, seed: 7 }).tally.flops;
    return f(60) / f(2);
  },
  'exercise-3-2': () => {
    const t = checkerboard({ width: 1024, height: 1024, channels: 3 }).tally;
    return t.intOps / t.bytesWritten;
  },
  'exercise-4-1': () => {
    const c = sdxl20();
    const unguided = imageCost({ model: 'sdxl', width: 1024, height: 1024, steps: 20, guidance: false });
    return (c.flops - unguided.flops) / c.breakdown.textEncoder.flops;
  },
  'exercise-4-2': () => forwardCost({ model: 'flux-dev', width: 1024, height: 1024 }).flops / (1024 * 1024),
  'exercise-5-1': () =>
    imageCost({ model: 'sd3-medium', width: 1024, height: 1024, steps: 56, guidance: true }).flops /
    imageCost({ model: 'sd3-medium', width: 1024, height: 1024, steps: 28, guidance: true }).flops,
  'exercise-5-2': () => {
    // The smallest step count at which text encoders + VAE are at most 1% of the image, by search.
    const at = (n: number) => imageCost({ model: 'sdxl-turbo', width: 512, height: 512, steps: n, guidance: false });
    const fixed = (c: ReturnType<typeof at>) => c.breakdown.textEncoder.flops + c.breakdown.vae.flops;
    let n = 1;
    while (fixed(at(n)) / at(n).flops > 0.01) n++;
    return n;
  },
  'exercise-6-1': () => imageCost({ model: 'dit-xl-2', width: 256, height: 256, steps: 50, guidance: true }).flops,
  'exercise-6-2': () => sdxl20().flops,
  'exercise-6-3': () => forwardCost({ model: 'flux-dev', width: 2048, height: 2048 }).attentionShare,
  'exercise-7-1': () => sdxl20().flops / (getHardware('h100-sxm').denseFlopsPerSecond.fp16 ?? 0),
  'exercise-7-2': () =>
    imageEstimate({ model: 'sdxl', width: 1024, height: 1024, steps: 20, guidance: true, hardware: 'h100-sxm' })
      .wattHours,
  'exercise-7-3': () => {
    // memoryFit's denoiser part at fp16, with its weights at one byte per parameter instead of two.
    const fit = imageEstimate({ model: 'flux-dev', width: 1024, height: 1024, hardware: 'rtx-4090', dtype: 'fp16' });
    expect(fit.memory.largestPart).toBe('denoiser');
    expect(fit.memory.quantisedBytesPerParam).toBe(1);
    const params = fit.cost.params.denoiser;
    const activations = fit.memory.largestPartBytes - 2 * params;
    expect(activations).toBeGreaterThan(0);
    expect(activations / ACTIVATION_BYTES.fp16).toBe(Math.round(activations / ACTIVATION_BYTES.fp16));
    return params + activations;
  },
  'exercise-8-1': () =>
    imageCost({ model: 'sdxl', width: 512, height: 512, steps: 50, guidance: true }).flops /
    imageCost({ model: 'sdxl-turbo', width: 512, height: 512, steps: 1 }).flops,
  'exercise-8-2': () =>
    imageCost({ model: 'flux-dev', width: 1024, height: 1024, steps: 28 }).flops /
    imageCost({ model: 'flux-schnell', width: 1024, height: 1024, steps: 4 }).flops,
  'exercise-8-3': () => {
    const c = imageCost({ model: 'dit-xl-2', width: 256, height: 256, steps: 50, guidance: true });
    const vitB = forwardCost({ model: 'dit-b-2', width: 256, height: 256 }).macs; // ViT-B over 256 tokens
    return c.macs / (c.macs - c.breakdown.vae.macs + vitB);
  },
  'exercise-9-1': () => {
    const p = imageCost({ model: 'sdxl-turbo', width: 512, height: 512, steps: 1 }).params;
    return 2 * (p.textEncoders + p.denoiser + p.vaeDecoder);
  },
  'exercise-9-2': () => imageCost({ model: 'sdxl-turbo', width: 512, height: 512, steps: 1, guidance: 7.5 }).flops,
  'exercise-9-3': () =>
    imageCost({ model: 'sd-turbo', width: 512, height: 512, steps: 1 }).flops /
    (getHardware('rtx-3060').denseFlopsPerSecond.fp16 ?? 0),
  'exercise-10-1': () => 5e15 / 5 / (getHardware('h100-sxm').denseFlopsPerSecond.fp16 ?? 0),
  'exercise-10-2': () => sdxl20().flops / imageCost({ model: 'sdxl-turbo', width: 512, height: 512, steps: 1 }).flops,
};

describe('every final answer equals an independent engine computation', () => {
  test('there is an independent check for every exercise and no check without an exercise', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(
      allExercises()
        .map((e) => e.id)
        .sort(),
    );
  });

  for (const [id, expected] of Object.entries(EXPECTED)) {
    test(`${id}: answer matches the engine`, () => {
      close(answer(id), expected());
    });
  }

  test('answers the reader can sanity-check by hand', () => {
    expect(answer('exercise-2-1')).toBe(12_582_912); // 1024 × 1024 × 3 × 4
    expect(answer('exercise-2-2')).toBe(14_680_064); // 1024 × 1024 × 4 / 4 × 14
    expect(answer('exercise-3-1')).toBeGreaterThan(1);
    expect(answer('exercise-3-1')).toBeLessThan(1.1); // wider blur, almost the same cost
    expect(answer('exercise-5-1')).toBeLessThan(2);
    expect(answer('exercise-8-1')).toBeLessThan(100); // far below the ratio of calls
    const wh = answer('exercise-7-2');
    const e = imageEstimate({
      model: 'sdxl',
      width: 1024,
      height: 1024,
      steps: 20,
      guidance: true,
      hardware: 'h100-sxm',
    });
    close(wh, (e.seconds * getHardware('h100-sxm').boardWatts) / JOULES_PER_WATT_HOUR);
  });
});

describe('richText', () => {
  test('sets snake_case settings as code and one-letter symbols with a subscript', () => {
    expect(richText('With M_text + s·g·M_VAE and guidance_scale=7.5.')).toEqual([
      { text: 'With ' },
      { symbol: 'M', sub: 'text' },
      { text: ' + s·g·' },
      { symbol: 'M', sub: 'VAE' },
      { text: ' and ' },
      { code: 'guidance_scale=7.5' },
      { text: '.' },
    ]);
  });

  test('leaves text without either as one plain part, with its units kept together', () => {
    expect(richText('20 steps at 1024 × 1024')).toEqual([{ text: keepTogether('20 steps at 1024 × 1024') }]);
  });

  test('leaves no underscore outside code and subscripts in any exercise', () => {
    for (const e of allExercises())
      for (const t of [e.title, e.question, ...e.steps, e.answer.text])
        for (const p of richText(t)) if ('text' in p) expect(p.text, e.id).not.toContain('_');
  });
});
