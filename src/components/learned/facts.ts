/**
 * The numbers the chapters quote about the learned denoiser, by name, each computed at build
 * time: by the engine (FLOPs, nearest scenes, parameters) or read from the committed training
 * record (training/manifest.json: the quality curves of training/quality.py, training time, losses).
 */
import { formatInteger, formatRatio, formatSI, TRAINING_SCENES } from '../../lib/index.ts';
import { defaultRuns } from './figures.ts';
import { learnedManifest } from './files.ts';
import { costLine } from './quality.ts';

let cached: Record<string, string> | undefined;

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

export function learnedFacts(): Record<string, string> {
  if (cached) return cached;
  const m = learnedManifest();
  const runs = defaultRuns();
  const q = m.quality;
  const teacherAt = (steps: number) => {
    const p = q.teacher.find((r) => r.steps === steps);
    if (!p) throw new RangeError(`no teacher quality point at ${steps} steps`);
    return p;
  };
  const studentAt = (steps: number) => {
    const p = q.student.find((r) => r.steps === steps);
    if (!p) throw new RangeError(`no student quality point at ${steps} steps`);
    return p;
  };
  const maxTeacher = q.teacher[q.teacher.length - 1].steps;
  const t = costLine('teacher');
  const s = costLine('student');
  const flops = (line: { perStep: number; constant: number }, n: number) => n * line.perStep + line.constant;
  cached = {
    parameters: formatInteger(runs.parameters),
    weightKB: formatInteger(Math.round(m.files.teacher.bytes / 1000)),
    trainingScenes: formatInteger(TRAINING_SCENES),
    heldOutScenes: formatInteger(q.heldOutScenes),
    qualitySamples: formatInteger(q.samples),
    networkFlops: formatSI(runs.networkFlops, { unit: 'FLOP' }),
    teacherDefaultSteps: String(runs.teacher.steps),
    teacherDefaultFlops: formatSI(runs.teacher.flops, { unit: 'FLOP' }),
    studentDefaultFlops: formatSI(runs.student.flops, { unit: 'FLOP' }),
    defaultRatio: formatRatio(runs.teacher.flops / runs.student.flops),
    teacherDefaultRms: runs.teacher.nearestRms.toFixed(3),
    studentDefaultRms: runs.student.nearestRms.toFixed(3),
    maxTeacherSteps: String(maxTeacher),
    maxTeacherFlops: formatSI(flops(t, maxTeacher), { unit: 'FLOP' }),
    maxRatio: formatRatio(flops(t, maxTeacher) / flops(s, 1)),
    teacher1: pct(teacherAt(1).paletteShare),
    teacher8: pct(teacherAt(8).paletteShare),
    teacher32: pct(teacherAt(32).paletteShare),
    teacherMax: pct(teacherAt(maxTeacher).paletteShare),
    teacher1Rms: teacherAt(1).heldOutRms.toFixed(3),
    teacherMaxRms: teacherAt(maxTeacher).heldOutRms.toFixed(3),
    student1: pct(studentAt(1).paletteShare),
    student2: pct(studentAt(2).paletteShare),
    student4: pct(studentAt(4).paletteShare),
    realPalette: pct(q.realScenes.paletteShare),
    realRms: q.realScenes.heldOutRms.toFixed(3),
    teacherTrainSteps: formatInteger(m.teacherStepsDone),
    studentTrainSteps: formatInteger(Number(m.settings.student_steps)),
    trajectories: formatInteger(Number(m.settings.trajectories)),
    trajectorySteps: String(m.settings.trajectory_steps),
    trainMinutes: String(Math.round(m.seconds.total / 60)),
  };
  return cached;
}
