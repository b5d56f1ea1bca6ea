/**
 * The learned-denoiser demo: the trained teacher at N DDIM steps beside its distilled student
 * at 1 to 4 steps, from the same seed (so the same x_T), with the FLOPs each spends (counted by
 * the engine as it runs) and the training scene nearest to each result.
 *
 * Each model runs in its own Web Worker (learned.worker.ts), which fetches its weight file
 * lazily. The island asks for a few steps at a time, sized so that a request takes about 150 ms,
 * and draws each frame it gets back; a settings change cancels both runs (WorkerBridge
 * terminates the worker) and starts again. Readers who prefer reduced motion see only the
 * finished images. The result is announced once both runs have finished.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatCount, formatInteger, formatRatio, formatSI } from '../../lib/format.ts';
import type { LearnedModelName } from '../../lib/index.ts';
import { TRAINING_SCENES } from '../../lib/learned/scenes.ts';
import type { LearnedFrame, LearnedRequest, LearnedResponse } from '../../workers/learned-protocol.ts';
import { learnedRunKey } from '../../workers/learned-protocol.ts';
import { DemoFrame } from '../demo/DemoFrame.tsx';
import { RangeField } from '../demo/RangeField.tsx';
import { SeedField } from '../demo/SeedField.tsx';
import { useDemoLinks } from '../demo/use-demo-links.ts';
import { useDemoState } from '../demo/use-demo-state.ts';
import { WorkerBridge } from '../worker-bridge.ts';
import { LaneFrame } from './LaneFrame.tsx';
import { describeLearnedState, LEARNED_ID, learnedSchema } from './schema.ts';

export interface PrerenderedLane {
  steps: number;
  seed: number;
  flops: number;
  src: string;
  alt: string;
  nearestSrc: string;
  nearestIndex: number;
  nearestRms: number;
}

export interface LearnedDemoProps {
  /** Weight files (site-relative, base included). */
  weightsHref: Record<LearnedModelName, string>;
  /** The default state's results, computed at build time (no-JS and pre-hydration view). */
  prerendered: Record<LearnedModelName, PrerenderedLane>;
  /** FLOPs of one network pass (from the engine at build time), the same for both models. */
  networkFlops: number;
  parameters: number;
  chapterHref?: string;
  embedHref?: string;
  embedded?: boolean;
}

interface LaneView {
  key: string;
  step: number;
  steps: number;
  t: number;
  flops: number;
  stepFlops: number;
  msPerStep: number;
  nearest?: { index: number; rms: number };
}

const TARGET_REQUEST_MS = 150;

function formatRms(rms: number): string {
  return rms.toFixed(3);
}

function laneSummary(model: LearnedModelName, v: LaneView): string {
  const near = v.nearest
    ? `, nearest training scene #${v.nearest.index} at RMS distance ${formatRms(v.nearest.rms)}`
    : '';
  return `${model === 'teacher' ? 'Teacher' : 'Student'}: ${formatCount(v.steps, { noun: 'step' })}, ${formatSI(v.flops, { unit: 'FLOP' })}${near}.`;
}

/** The caption under a lane's sample: what the picture is at this moment. */
function sampleCaption(o: {
  hydrated: boolean;
  current: LaneView | null;
  failed: boolean;
  isPrerendered: boolean;
}): string {
  const { hydrated, current, failed, isPrerendered } = o;
  if (!hydrated) return 'its sample';
  if (current) return current.step === current.steps ? 'its sample' : `step ${current.step} of ${current.steps}`;
  if (failed) return isPrerendered ? 'its sample (prerendered)' : 'not run';
  return isPrerendered ? 'its sample; loading the weights…' : 'loading the weights…';
}

export default function LearnedDemo(props: LearnedDemoProps) {
  const state = useDemoState(LEARNED_ID, learnedSchema);
  const { values, set, ready: hydrated } = state;
  const [views, setViews] = useState<Record<LearnedModelName, LaneView | null>>({ teacher: null, student: null });
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const canvases = {
    teacher: useRef<HTMLCanvasElement>(null),
    student: useRef<HTMLCanvasElement>(null),
  };
  const nearestCanvases = {
    teacher: useRef<HTMLCanvasElement>(null),
    student: useRef<HTMLCanvasElement>(null),
  };
  const clients = useRef<Record<LearnedModelName, WorkerBridge<LearnedRequest, LearnedResponse>> | null>(null);
  const spare = useRef<ArrayBuffer[]>([]);
  const generation = useRef<Record<LearnedModelName, number>>({ teacher: 0, student: 0 });
  const reducedMotion = useRef(false);

  useEffect(() => {
    reducedMotion.current = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const make = () =>
      new WorkerBridge<LearnedRequest, LearnedResponse>(
        () => new Worker(new URL('../../workers/learned.worker.ts', import.meta.url), { type: 'module' }),
      );
    clients.current = { teacher: make(), student: make() };
    return () => {
      clients.current?.teacher.dispose();
      clients.current?.student.dispose();
    };
  }, []);

  const draw = useCallback((canvas: HTMLCanvasElement | null, buffer: ArrayBuffer, recycle: boolean) => {
    const ctx = canvas?.getContext('2d');
    if (ctx) ctx.putImageData(new ImageData(new Uint8ClampedArray(buffer), 32, 32), 0, 0);
    if (recycle) spare.current.push(buffer);
  }, []);

  /** Runs one model to the end, a few steps per request; stops quietly when superseded. */
  const runLane = useCallback(
    async (model: LearnedModelName, steps: number, seed: number, gen: number): Promise<LaneView | null> => {
      const client = clients.current?.[model];
      if (!client) return null;
      let done = -1;
      let chunk = 1;
      let last: LaneView | null = null;
      while (done < steps) {
        const toStep = reducedMotion.current ? steps : Math.min(steps, done < 0 ? 0 : done + chunk);
        const reuse = spare.current.splice(0, 1);
        let res: LearnedResponse;
        try {
          res = await client.call(
            { model, steps, seed, toStep, weightsUrl: props.weightsHref[model], nearest: toStep === steps, reuse },
            { transfer: reuse },
          );
        } catch (e) {
          if ((e as Error).name !== 'AbortError' && gen === generation.current[model]) setError((e as Error).message);
          return null;
        }
        if (gen !== generation.current[model]) return null;
        if (!res.ok) {
          setError(res.message);
          return null;
        }
        const frame = res as LearnedFrame;
        draw(canvases[model].current, frame.xt, true);
        if (frame.nearest) draw(nearestCanvases[model].current, frame.nearest.image, false);
        done = frame.step;
        if (Number.isFinite(frame.msPerStep) && frame.msPerStep > 0) {
          chunk = Math.max(1, Math.round(TARGET_REQUEST_MS / frame.msPerStep));
        }
        last = {
          key: frame.key,
          step: frame.step,
          steps: frame.steps,
          t: frame.t,
          flops: frame.flops,
          stepFlops: frame.stepFlops,
          msPerStep: frame.msPerStep,
          nearest: frame.nearest ? { index: frame.nearest.index, rms: frame.nearest.rms } : undefined,
        };
        const view = last;
        setViews((v) => ({ ...v, [model]: view }));
      }
      return last;
    },
    [draw, props.weightsHref],
  );

  const { steps, studentSteps, seed } = values;
  const teacherKey = learnedRunKey('teacher', steps, seed);
  const studentKey = learnedRunKey('student', studentSteps, seed);
  // Finished runs, by model: a lane whose settings did not change is not run again.
  const finished = useRef<Record<LearnedModelName, LaneView | null>>({ teacher: null, student: null });
  // Runs in progress, by model: a settings change that leaves a lane's run as it was lets it go on.
  const running = useRef<Record<LearnedModelName, { key: string; promise: Promise<LaneView | null> } | null>>({
    teacher: null,
    student: null,
  });
  useEffect(() => {
    if (!hydrated) return;
    const timer = setTimeout(() => {
      setError(null);
      const runs: Promise<LaneView | null>[] = [];
      for (const [model, n, key] of [
        ['teacher', steps, teacherKey],
        ['student', studentSteps, studentKey],
      ] as const) {
        const done = finished.current[model];
        if (done?.key === key) {
          runs.push(Promise.resolve(done));
          continue;
        }
        const going = running.current[model];
        if (going?.key === key) {
          runs.push(going.promise);
          continue;
        }
        const gen = ++generation.current[model];
        finished.current[model] = null;
        setViews((v) => ({ ...v, [model]: null }));
        // A new run starts blank: the last run's sample and nearest scene must not show under its labels.
        for (const c of [canvases[model].current, nearestCanvases[model].current])
          c?.getContext('2d')?.clearRect(0, 0, c.width, c.height);
        const promise = runLane(model, n, seed, gen).then((view) => {
          if (running.current[model]?.key === key) running.current[model] = null;
          if (view && view.step === view.steps) finished.current[model] = view;
          return view;
        });
        running.current[model] = { key, promise };
        runs.push(promise);
      }
      Promise.all(runs).then(([t, s]) => {
        if (!t || !s || t.key !== teacherKey || s.key !== studentKey) return;
        setAnnouncement(`Finished. ${laneSummary('teacher', t)} ${laneSummary('student', s)}`);
      });
    }, 120);
    return () => clearTimeout(timer);
  }, [hydrated, steps, studentSteps, seed, teacherKey, studentKey, runLane]);

  const id = (name: string) => `${LEARNED_ID}-${name}`;
  const { link, embedLink } = useDemoLinks(LEARNED_ID, learnedSchema, values, hydrated, props);
  const stepsOf = { teacher: steps, student: studentSteps };

  const lane = (model: LearnedModelName) => {
    const pre = props.prerendered[model];
    const v = views[model];
    const current = v && v.key === learnedRunKey(model, stepsOf[model], seed) ? v : null;
    const finished = current !== null && current.step === current.steps;
    // The prerendered run is the one these settings ask for: keep its pictures until frames come.
    const isPrerendered = pre.steps === stepsOf[model] && pre.seed === seed;
    // The prerendered pictures and their numbers show until the run's first frame.
    const showPre = !hydrated || (current === null && isPrerendered);
    const name = model === 'teacher' ? 'Teacher' : 'Student';
    return (
      <section class="learned__lane" aria-labelledby={id(`${model}-title`)} data-testid={`learned-${model}`}>
        <p class="learned__lane-title" id={id(`${model}-title`)}>
          {name}: {formatCount(hydrated ? stepsOf[model] : pre.steps, { noun: 'step' })}
        </p>
        <div class="learned__pair">
          <LaneFrame
            hydrated={hydrated}
            showPrerendered={showPre}
            canvasRef={canvases[model]}
            label={
              finished
                ? `The ${model}'s sample after ${formatCount(current.steps, { noun: 'step' })}`
                : `The ${model}'s image, ${current ? `after ${current.step} of ${formatCount(current.steps, { noun: 'step' })}` : 'loading'}`
            }
            testid={`learned-${model}-canvas`}
            step={current ? String(current.step) : ''}
            steps={current ? String(current.steps) : ''}
            src={pre.src}
            alt={pre.alt}
            caption={sampleCaption({ hydrated, current, failed: error !== null, isPrerendered })}
          />
          <LaneFrame
            hydrated={hydrated}
            showPrerendered={showPre}
            canvasRef={nearestCanvases[model]}
            label={
              current?.nearest
                ? `The nearest of the ${formatInteger(TRAINING_SCENES)} training scenes, number ${current.nearest.index}`
                : 'Nearest training scene, not found yet'
            }
            testid={`learned-${model}-nearest`}
            src={pre.nearestSrc}
            alt={`The nearest training scene, number ${pre.nearestIndex}`}
            caption="nearest training scene"
          />
        </div>
        <dl class="demo__readout learned__readout">
          <div>
            <dt>FLOPs so far</dt>
            <dd data-testid={`learned-${model}-flops`}>
              {current ? formatSI(current.flops) : showPre ? formatSI(pre.flops) : '—'}
            </dd>
          </div>
          <div>
            <dt>Distance to it (RMS)</dt>
            <dd data-testid={`learned-${model}-rms`}>
              {current?.nearest
                ? `${formatRms(current.nearest.rms)} (#${current.nearest.index})`
                : showPre
                  ? `${formatRms(pre.nearestRms)} (#${pre.nearestIndex})`
                  : '—'}
            </dd>
          </div>
          <div>
            <dt>Time per step here</dt>
            <dd data-testid={`learned-${model}-ms`}>
              {current && Number.isFinite(current.msPerStep) ? `${current.msPerStep.toFixed(0)} ms` : '—'}
            </dd>
          </div>
        </dl>
      </section>
    );
  };

  const t = views.teacher;
  const s = views.student;
  const bothDone = t !== null && s !== null && t.step === t.steps && s.step === s.steps;

  return (
    <DemoFrame
      id={LEARNED_ID}
      title="A learned denoiser and its one-step student"
      link={link}
      embedLink={embedLink}
      embedded={props.embedded}
      notices={state.notices}
      onDismissNotices={state.dismissNotices}
      hydrated={hydrated}
      printParams={describeLearnedState(values)}
    >
      <div class="demo__body demo__body--split">
        <div class="learned__lanes">
          {lane('teacher')}
          {lane('student')}
        </div>
        <fieldset class="demo__controls">
          <legend class="sr-only">Run settings</legend>
          <RangeField
            id={id('steps')}
            label={<>Teacher steps: {steps}</>}
            spec={learnedSchema.steps}
            value={steps}
            disabled={!hydrated}
            valueText={formatCount(steps, { noun: 'step' })}
            onValue={(n) => set({ steps: n })}
          />
          <RangeField
            id={id('student-steps')}
            label={<>Student steps: {studentSteps}</>}
            spec={learnedSchema.studentSteps}
            value={studentSteps}
            disabled={!hydrated}
            valueText={formatCount(studentSteps, { noun: 'step' })}
            onValue={(n) => set({ studentSteps: n })}
          />
          <SeedField
            id={id('seed')}
            seed={seed}
            max={learnedSchema.seed.max}
            disabled={!hydrated}
            onSeed={(next) => set({ seed: next })}
          />
        </fieldset>
      </div>
      <p class="learned__compare" data-testid="learned-compare">
        Both networks have {formatInteger(props.parameters)} parameters and one pass costs{' '}
        <strong>{formatSI(props.networkFlops, { unit: 'FLOP' })}</strong>, counted by the engine as it runs.{' '}
        {bothDone
          ? `This teacher run: ${formatInteger(t.flops)} FLOP; this student run: ${formatInteger(s.flops)} FLOP, ${formatRatio(t.flops / s.flops)} times fewer.`
          : ''}
      </p>
      {error && (
        <p class="demo__error" role="alert">
          {error}
        </p>
      )}
      <p class="sr-only" aria-live="polite" data-testid="learned-announce">
        {announcement}
      </p>
    </DemoFrame>
  );
}
