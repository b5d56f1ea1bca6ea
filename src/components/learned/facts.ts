/**
 * The numbers the chapters quote about the learned denoiser, by name, each computed at build
 * time: by the engine (FLOPs, nearest scenes, parameters) or read from the committed training
 * record (training/manifest.json: the quality curve, training time, losses).
 */
import { formatInteger, formatRatio, formatSI, TRAINING_SCENES } from '../../lib/index.ts';
import { defaultRuns } from './figures.ts';
import { learnedManifest } from './files.ts';
import { costLine } from './quality.ts';

let cached: Record<string, string> | undefined;

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
    networkFlops: formatSI(runs.networkFlops),
    teacherDefaultSteps: String(runs.teacher.steps),
    teacherDefaultFlops: formatSI(runs.teacher.flops),
    studentDefaultFlops: formatSI(runs.student.flops),
    defaultRatio: formatRatio(runs.teacher.flops / runs.student.flops),
    teacherDefaultRms: runs.teacher.nearestRms.toFixed(3),
    studentDefaultRms: runs.student.nearestRms.toFixed(3),
    maxTeacherSteps: String(maxTeacher),
    maxTeacherFlops: formatSI(flops(t, maxTeacher)),
    maxRatio: formatRatio(flops(t, maxTeacher) / flops(s, 1)),
    teacher1: teacherAt(1).heldOutRms.toFixed(3),
    teacher4: teacherAt(4).heldOutRms.toFixed(3),
    teacher16: teacherAt(16).heldOutRms.toFixed(3),
    teacherMax: teacherAt(maxTeacher).heldOutRms.toFixed(3),
    teacherMaxTraining: teacherAt(maxTeacher).trainingRms.toFixed(3),
    student1: studentAt(1).heldOutRms.toFixed(3),
    student2: studentAt(2).heldOutRms.toFixed(3),
    student4: studentAt(4).heldOutRms.toFixed(3),
    student1Training: studentAt(1).trainingRms.toFixed(3),
    realFloor: q.realScenes.heldOutRms.toFixed(3),
    teacherTrainSteps: formatInteger(Number(m.settings.teacher_steps)),
    studentTrainSteps: formatInteger(Number(m.settings.student_steps)),
    trajectories: formatInteger(Number(m.settings.trajectories)),
    trajectorySteps: String(m.settings.trajectory_steps),
    trainMinutes: String(Math.round(m.seconds.total / 60)),
  };
  return cached;
}
