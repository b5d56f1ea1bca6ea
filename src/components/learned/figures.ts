/**
 * The learned demo's default state, computed at build time by the same engine the worker runs
 * (weights read from disk): the teacher's and the student's samples, their FLOPs, and the
 * nearest training scene of each. Served as PNGs by src/pages/figures/learned/[name].png.ts and
 * shown before hydration and without JavaScript.
 */
import type { LearnedModelName, PixelMap } from '../../lib/index.ts';
import {
  nearestScene,
  renderScene,
  renderScenesBytes,
  SCENE_SIZE,
  sampleLearned,
  TRAINING_SCENES,
  toPixelMap,
} from '../../lib/index.ts';
import { defaults } from '../demo/params.ts';
import { loadWeightsFromDisk } from './files.ts';
import { learnedSchema } from './schema.ts';

export interface LaneRun {
  model: LearnedModelName;
  steps: number;
  seed: number;
  flops: number;
  /** FLOPs of one network pass. */
  passFlops: number;
  image: PixelMap;
  nearestIndex: number;
  nearestRms: number;
  nearestImage: PixelMap;
}

export interface DefaultRuns {
  teacher: LaneRun;
  student: LaneRun;
  networkFlops: number;
  parameters: number;
}

let trainingBytes: Uint8Array | undefined;
let cached: DefaultRuns | undefined;

function lane(model: LearnedModelName, steps: number, seed: number): LaneRun {
  const run = sampleLearned({ model, steps, seed, weights: loadWeightsFromDisk(model) });
  trainingBytes ??= renderScenesBytes({ start: 0, count: TRAINING_SCENES });
  const near = nearestScene(run.image.data, { scenes: trainingBytes });
  return {
    model,
    steps,
    seed,
    flops: run.tally.flops,
    passFlops: run.passFlops,
    image: run.image,
    nearestIndex: near.index,
    nearestRms: near.rms,
    nearestImage: toPixelMap(renderScene(near.index), { width: SCENE_SIZE, height: SCENE_SIZE }),
  };
}

/** The default state (teacher 20 steps, student 1 step, seed 1), computed once per build. */
export function defaultRuns(): DefaultRuns {
  if (!cached) {
    const d = defaults(learnedSchema);
    const teacher = lane('teacher', d.steps, d.seed);
    cached = {
      teacher,
      student: lane('student', d.studentSteps, d.seed),
      networkFlops: teacher.passFlops,
      parameters: loadWeightsFromDisk('teacher').parameters,
    };
  }
  return cached;
}

/** Every build-time picture by file stem. */
export function learnedFigures(): Record<string, () => PixelMap> {
  return {
    'teacher-default': () => defaultRuns().teacher.image,
    'teacher-nearest': () => defaultRuns().teacher.nearestImage,
    'student-default': () => defaultRuns().student.image,
    'student-nearest': () => defaultRuns().student.nearestImage,
  };
}
