/**
 * The engine's UNet against PyTorch: training/reference.json holds a fixed input and the
 * networks' outputs computed by training/train.py with the same fp16-rounded weights that
 * public/learned/*.bin holds. Also: the weight files' size and hash against the manifest, and
 * the exact N·a + b cost of the samplers.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createLearnedSampler,
  createUNet,
  type LearnedModelName,
  parseLearnedWeights,
  sampleLearned,
} from '../../../src/lib/learned/index.ts';
import { OPS_PER_DRAW } from '../../../src/lib/random.ts';
import { createTally } from '../../../src/lib/tally.ts';

const manifest = JSON.parse(readFileSync('training/manifest.json', 'utf8'));
const reference: Record<string, number[]> = JSON.parse(readFileSync('training/reference.json', 'utf8'));
const bytes = {
  teacher: new Uint8Array(readFileSync('public/learned/teacher.bin')),
  student: new Uint8Array(readFileSync('public/learned/student.bin')),
};
const weights = { teacher: parseLearnedWeights(bytes.teacher), student: parseLearnedWeights(bytes.student) };
const nets = { teacher: createUNet(weights.teacher), student: createUNet(weights.student) };
const N = 3 * 32 * 32;

/** Largest absolute difference, and the largest reference magnitude (for scale). */
function maxDiff(actual: Float32Array, expected: number[]): { diff: number; scale: number } {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < expected.length; i++) {
    diff = Math.max(diff, Math.abs(actual[i] - expected[i]));
    scale = Math.max(scale, Math.abs(expected[i]));
  }
  return { diff, scale };
}

describe('weight files', () => {
  it('are at most 1 MB together, and their SHA-256 and size match training/manifest.json', () => {
    let total = 0;
    for (const model of ['teacher', 'student'] as const) {
      const entry = manifest.files[model];
      expect(entry.path).toBe(`public/learned/${model}.bin`);
      expect(createHash('sha256').update(bytes[model]).digest('hex')).toBe(entry.sha256);
      expect(statSync(entry.path).size).toBe(entry.bytes);
      total += entry.bytes;
    }
    expect(total).toBeLessThanOrEqual(1_000_000);
  });

  it('hold the models named, with the parameter count the manifest records', () => {
    expect(weights.teacher.model).toBe('teacher');
    expect(weights.student.model).toBe('student');
    expect(weights.teacher.parameters).toBe(manifest.parameters);
    expect(weights.student.parameters).toBe(manifest.parameters);
  });

  it('parseLearnedWeights rejects a wrong magic, a truncated file and trailing bytes, naming the problem', () => {
    const bad = bytes.teacher.slice();
    bad[0] = 0;
    expect(() => parseLearnedWeights(bad)).toThrow(/PMLW/);
    expect(() => parseLearnedWeights(bytes.teacher.subarray(0, bytes.teacher.length - 2))).toThrow(
      /ends inside tensor/,
    );
    const long = new Uint8Array(bytes.teacher.length + 2);
    long.set(bytes.teacher);
    expect(() => parseLearnedWeights(long)).toThrow(/follow the last tensor/);
    expect(() => parseLearnedWeights([1, 2] as unknown as Uint8Array)).toThrow(TypeError);
  });
});

describe('UNet forward against PyTorch', () => {
  const input = Float32Array.from(reference.input);
  for (const model of ['teacher', 'student'] as const) {
    for (const t of [1000, 500, 37]) {
      it(`${model} v̂(x, t = ${t}) matches PyTorch within 1e-4 (absolute)`, () => {
        const out = new Float32Array(N);
        nets[model].forward(input, t, out, createTally());
        const { diff, scale } = maxDiff(out, reference[`${model}_v_t${t}`]);
        expect(scale).toBeGreaterThan(0.1);
        expect(diff).toBeLessThan(1e-4);
      });
    }
  }

  it('a 4-step teacher DDIM run and a 1-step student run from the same x_T match PyTorch within 1e-4', () => {
    for (const [model, steps, key] of [
      ['teacher', 4, 'teacher_ddim4'],
      ['student', 1, 'student_1step'],
    ] as const) {
      const sampler = createLearnedSampler({ model, steps, seed: 0, weights: weights[model] });
      sampler.xt.set(input);
      while (!sampler.done) sampler.step();
      expect(maxDiff(sampler.xt, reference[key]).diff).toBeLessThan(1e-4);
    }
  });
});

describe('cost of a run', () => {
  const pass = (() => {
    const tally = createTally();
    return nets.teacher.forward(new Float32Array(N), 0, new Float32Array(N), tally);
  })();
  // Box–Muller: 12 FLOPs per pair (random.ts).
  const draw = 12 * (N / 2);

  it('one network pass costs the same FLOPs for every input and timestep, and the same for both models', () => {
    const a = nets.teacher.forward(Float32Array.from(reference.input), 1000, new Float32Array(N), createTally());
    const b = nets.student.forward(new Float32Array(N).fill(0.3), 17, new Float32Array(N), createTally());
    expect(a).toBe(pass);
    expect(b).toBe(pass);
    expect(pass).toBeGreaterThan(1e7);
  });

  function flopsOf(model: LearnedModelName, steps: number): number {
    const s = createLearnedSampler({ model, steps, seed: 5, weights: weights[model] });
    while (!s.done) s.step();
    return s.tally.flops;
  }

  it('teacher: N steps cost exactly N·a + b FLOPs, a = pass + 6 + 9 per value, b = the draw of x_T', () => {
    const a = pass + 6 + 9 * N;
    for (const steps of [1, 2, 3, 5]) expect(flopsOf('teacher', steps)).toBe(steps * a + draw);
  });

  it('student: N = 1 … 4 steps cost exactly N·a + b FLOPs, a = pass + draw + 6 + 6 per value, b = −(3 + 3 per value)', () => {
    // Every step but the last re-noises (a draw, 3 + 3 per value); the draw of x_T stands in for the missing one.
    const a = pass + 6 + 6 * N + draw;
    const b = -(3 + 3 * N);
    for (const steps of [1, 2, 3, 4]) expect(flopsOf('student', steps)).toBe(steps * a + b);
  });

  it("a run reports its network pass's FLOPs (NaN before the first step), the same as a pass measured alone", () => {
    const s = createLearnedSampler({ model: 'teacher', steps: 2, seed: 5, weights: weights.teacher });
    expect(s.passFlops).toBeNaN();
    s.step();
    expect(s.passFlops).toBe(pass);
    expect(sampleLearned({ model: 'student', steps: 1, seed: 2, weights: weights.student }).passFlops).toBe(pass);
  });

  it('integer operations are the RNG draws only: 2 per pair of normals', () => {
    const s = createLearnedSampler({ model: 'student', steps: 3, seed: 5, weights: weights.student });
    while (!s.done) s.step();
    expect(s.tally.intOps).toBe(3 * OPS_PER_DRAW * N);
  });
});

describe('sampleLearned', () => {
  it('returns a 32×32 RGB image and the tally; the same seed gives the same image', () => {
    const a = sampleLearned({ model: 'student', steps: 2, seed: 9, weights: weights.student });
    const b = sampleLearned({ model: 'student', steps: 2, seed: 9, weights: weights.student });
    expect([a.image.width, a.image.height, a.image.channels]).toEqual([32, 32, 3]);
    expect(a.image.data).toEqual(b.image.data);
    expect(a.tally.flops).toBeGreaterThan(0);
    expect(Array.from(a.timesteps)).toEqual([1000, 500]);
  });

  it('teacher and student start from the same x_T for the same seed', () => {
    const t = createLearnedSampler({ model: 'teacher', steps: 3, seed: 4, weights: weights.teacher });
    const s = createLearnedSampler({ model: 'student', steps: 3, seed: 4, weights: weights.student });
    expect(t.xt).toEqual(s.xt);
  });

  it.each([
    [{ model: 'pupil', steps: 1, seed: 1 }, RangeError, /model/],
    [{ model: 'student', steps: 5, seed: 1 }, RangeError, /steps must be an integer from 1 to 4/],
    [{ model: 'teacher', steps: 0, seed: 1 }, RangeError, /steps must be an integer from 1 to 1000/],
    [{ model: 'teacher', steps: 2, seed: -1 }, RangeError, /seed/],
    [{ model: 'teacher', steps: '2', seed: 1 }, TypeError, /steps/],
  ])('rejects %j, naming the option', (opts, type, message) => {
    const model = (opts as { model: string }).model;
    const w = model === 'student' ? weights.student : weights.teacher;
    expect(() => sampleLearned({ ...(opts as object), weights: w } as never)).toThrow(type);
    expect(() => sampleLearned({ ...(opts as object), weights: w } as never)).toThrow(message);
  });

  it("rejects the other model's weights and a non-weights object", () => {
    expect(() => sampleLearned({ model: 'student', steps: 1, seed: 1, weights: weights.teacher })).toThrow(
      /weights must be the student's/,
    );
    expect(() => sampleLearned({ model: 'student', steps: 1, seed: 1, weights: {} as never })).toThrow(TypeError);
    // One type for the weights: a built network is not accepted in their place.
    expect(() => sampleLearned({ model: 'teacher', steps: 1, seed: 1, weights: nets.teacher as never })).toThrow(
      /weights must be the parsed weight file \(parseLearnedWeights\)/,
    );
  });
});
