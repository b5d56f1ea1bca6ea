/**
 * The denoise demo: run the toy diffusion sampler step by step and watch x_t and the
 * denoiser's prediction x̂_0, a live FLOP counter, and a chart of cumulative FLOPs (a straight
 * line) and the RMSE of x̂_0 to the nearest target against step.
 *
 * The sampler runs in a Web Worker (denoise.worker.ts); this island only drives playback: a
 * requestAnimationFrame loop asks the worker for the step the clock has reached, one request in
 * flight at a time, and draws the RGBA frames it gets back (transferred, then handed back for
 * reuse). A control change starts a new run and cancels any request in flight (WorkerBridge
 * terminates the worker). Announcements are made on pause, single step, restart and finish,
 * never during playback. Readers who prefer reduced motion get a paused demo at step 0.
 */
import 'uplot/dist/uPlot.min.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import { formatInteger, formatRatio, formatSI } from '../../lib/format.ts';
import type { DenoiseFrame, DenoiseProgress, DenoiseRequest, DenoiseResponse } from '../../workers/denoise-protocol.ts';
import { runKey } from '../../workers/denoise-protocol.ts';
import { DemoFrame } from '../demo/DemoFrame.tsx';
import { SeedField } from '../demo/SeedField.tsx';
import { useDemoLinks } from '../demo/use-demo-links.ts';
import { useDemoState } from '../demo/use-demo-state.ts';
import { WorkerBridge } from '../worker-bridge.ts';
import { advancePlayback } from './playback.ts';
import {
  DATASET_CHOICES,
  DENOISE_ID,
  type DenoiseValues,
  datasetLabel,
  denoiseSchema,
  describeState,
  FULL_CHAIN_STEPS,
  isOfferedSteps,
  MAX_SLIDER_STEPS,
  QUALITY_FACTORS,
  SAMPLER_LABELS,
  SCHEDULE_LABELS,
  SPEEDS,
  samplerOptionsFrom,
  snapSteps,
} from './schema.ts';

export interface StripFrame {
  src: string;
  alt: string;
  label: string;
}

export interface DenoiseDemoProps {
  /** The chapter page, for "Copy link" when the demo is embedded. */
  chapterHref?: string;
  /** FLOPs of one SDXL UNet step at 1024² (from the cost model, computed at build time). */
  sdxlStepFlops: number;
  /** The prerendered strip of x_t frames of the default run (no-JS and pre-hydration view). */
  strip: StripFrame[];
  stripCaption: string;
  /** The default run's numbers, computed at build time, shown before hydration. */
  prerendered: { steps: number; flopsPerStep: number; totalFlops: number; finalRmse: number; finalTargetName: string };
  embedHref?: string;
  embedded?: boolean;
}

/** What the readouts show: the latest frame drawn. */
interface View {
  key: string;
  step: number;
  steps: number;
  t: number;
  flops: number;
  rmse: number;
  nearestName?: string;
  topWeight: number;
  setupFlops: number;
  flopsPerStep: number;
  totalFlops: number;
}

function formatRmse(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  return value < 0.001 ? value.toExponential(1) : value.toFixed(3);
}

export function describeFrame(view: View): string {
  const where =
    view.step === 0
      ? `Step 0 of ${view.steps}: pure noise x_T, nothing predicted yet`
      : `Step ${view.step} of ${view.steps} (t = ${view.t})`;
  const pred =
    view.step === 0
      ? ''
      : `; the prediction x̂_0 is nearest the ${view.nearestName} target (RMSE ${formatRmse(view.rmse)}, weight ${(100 * view.topWeight).toFixed(0)}%)`;
  return `${where}${pred}; ${formatSI(view.flops)} FLOPs so far, ${formatSI(view.flopsPerStep)} per step.`;
}

function cssVar(name: string, fallback: string): string {
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return v || fallback;
}

type Series = { xs: number[]; flops: (number | null)[]; rmse: (number | null)[] };

function emptySeries(steps: number): Series {
  const xs = new Array<number>(steps + 1);
  for (let k = 0; k <= steps; k++) xs[k] = k;
  return { xs, flops: new Array(steps + 1).fill(null), rmse: new Array(steps + 1).fill(null) };
}

export default function DenoiseDemo(props: DenoiseDemoProps) {
  const state = useDemoState(DENOISE_ID, denoiseSchema);
  const { values, set, ready: hydrated } = state;
  const [extraNotices, setExtraNotices] = useState<string[]>([]);
  const [view, setView] = useState<View | null>(null);
  const viewRef = useRef<View | null>(null);
  const [playing, setPlaying] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);

  const xtCanvas = useRef<HTMLCanvasElement>(null);
  const x0Canvas = useRef<HTMLCanvasElement>(null);
  const chartBox = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const client = useRef<WorkerBridge<DenoiseRequest, DenoiseResponse, DenoiseProgress> | null>(null);
  // Playback state read by the animation loop (refs, so the loop never sees a stale render).
  const playingRef = useRef(false);
  // Playback position in (fractional) steps, and when it was last advanced.
  const clock = useRef({ position: 0, lastMs: 0 });
  const shown = useRef({ key: '', step: -1, steps: 0, seriesKnown: 0 });
  const pending = useRef(false);
  const announceNext = useRef<string | null>(null);
  const spare = useRef<ArrayBuffer[]>([]);
  const series = useRef<Series>(emptySeries(0));
  const scale = useRef({ steps: 1, totalFlops: 1 });
  const reducedMotion = useRef(false);
  const lastSliderSteps = useRef<number>(denoiseSchema.steps.default);

  const { steps, sampler, schedule, seed, dataset, quality } = values;
  const options = useMemo(
    () => samplerOptionsFrom({ steps, sampler, schedule, seed, dataset, quality, speed: 0 } as DenoiseValues),
    [steps, sampler, schedule, seed, dataset, quality],
  );
  const key = useMemo(() => runKey(options), [options]);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const speedRef = useRef(values.speed);

  // URL steps the controls cannot show (101 … 999) snap to 100 or 1000, with a notice.
  useEffect(() => {
    if (!hydrated || isOfferedSteps(values.steps)) return;
    const { steps, notice } = snapSteps(values.steps);
    set({ steps });
    if (notice) setExtraNotices((n) => [...n, notice]);
  }, [hydrated, values.steps, set]);

  useEffect(() => {
    reducedMotion.current = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    client.current = new WorkerBridge<DenoiseRequest, DenoiseResponse, DenoiseProgress>(
      () => new Worker(new URL('../../workers/denoise.worker.ts', import.meta.url), { type: 'module' }),
    );
    return () => client.current?.dispose();
  }, []);

  const draw = useCallback((canvas: HTMLCanvasElement | null, buffer: ArrayBuffer | null, w: number, h: number) => {
    if (!canvas) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    if (buffer === null) {
      ctx.clearRect(0, 0, w, h);
      return;
    }
    ctx.putImageData(new ImageData(new Uint8ClampedArray(buffer), w, h), 0, 0);
    spare.current.push(buffer);
  }, []);

  const onFrame = useCallback(
    (res: DenoiseFrame) => {
      if (res.key !== shown.current.key) return;
      draw(xtCanvas.current, res.xt, res.width, res.height);
      draw(x0Canvas.current, res.x0hat, res.width, res.height);
      const s = series.current;
      for (let i = 0; i < res.flops.length; i++) {
        const k = res.seriesFrom + i;
        s.flops[k] = res.flops[i];
        s.rmse[k] = Number.isFinite(res.rmse[i]) ? res.rmse[i] : null;
      }
      // Entries after this step belong to a run the worker has since rebuilt (restart).
      for (let k = res.step + 1; k <= res.steps && s.flops[k] !== null; k++) {
        s.flops[k] = null;
        s.rmse[k] = null;
      }
      shown.current.step = res.step;
      shown.current.seriesKnown = res.step + 1;
      scale.current = { steps: res.steps, totalFlops: res.totalFlops };
      chart.current?.setData([s.xs, s.flops, s.rmse]);
      let topWeight = 0;
      for (let i = 0; i < res.weights.length; i++) topWeight = Math.max(topWeight, res.weights[i]);
      const next: View = {
        key: res.key,
        step: res.step,
        steps: res.steps,
        t: res.t,
        flops: res.flops[res.flops.length - 1] ?? s.flops[res.step] ?? 0,
        rmse: res.step > 0 ? (s.rmse[res.step] ?? Number.NaN) : Number.NaN,
        nearestName: res.nearestId ? res.targetNames[res.targetIds.indexOf(res.nearestId)] : undefined,
        topWeight: res.step > 0 ? topWeight : 0,
        setupFlops: res.setupFlops,
        flopsPerStep: res.flopsPerStep,
        totalFlops: res.totalFlops,
      };
      viewRef.current = next;
      setView(next);
      setError(null);
      if (res.step === res.steps && playingRef.current) {
        playingRef.current = false;
        setPlaying(false);
        announceNext.current = 'Finished';
      }
      if (announceNext.current !== null) {
        const prefix = announceNext.current;
        announceNext.current = null;
        setAnnouncement(`${prefix}. ${describeFrame(next)}`);
      }
    },
    [draw],
  );

  /** Asks the worker for step `toStep` of the current run; a request in flight is cancelled. */
  const request = useCallback(
    (toStep: number) => {
      const c = client.current;
      if (!c) return;
      pending.current = true;
      const reuse = spare.current.splice(0, 2);
      c.call({ options: optionsRef.current, toStep, seriesFrom: shown.current.seriesKnown, reuse }, { transfer: reuse })
        .then((res) => {
          pending.current = false;
          if (!res.ok) {
            setError(res.message);
            playingRef.current = false;
            setPlaying(false);
            return;
          }
          onFrame(res);
        })
        .catch((e: Error) => {
          if (e.name === 'AbortError') return;
          pending.current = false;
          setError(e.message);
        });
    },
    [onFrame],
  );

  // The animation loop: runs while playing, one request in flight at a time.
  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    const tick = () => {
      if (!playingRef.current) return;
      const { step, steps } = shown.current;
      const now = performance.now();
      if (step >= 0) {
        const c = clock.current;
        c.position = advancePlayback(c.position, now - c.lastMs, speedRef.current, step, steps);
        c.lastMs = now;
        const target = Math.floor(c.position);
        if (target > step && !pending.current) request(target);
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, request]);

  const play = useCallback(() => {
    playingRef.current = true;
    // The next step at once, so Play answers immediately.
    clock.current = { position: Math.max(0, shown.current.step) + 1, lastMs: performance.now() };
    setPlaying(true);
  }, []);

  const pause = useCallback((announce: boolean) => {
    if (!playingRef.current) return;
    playingRef.current = false;
    setPlaying(false);
    if (announce && viewRef.current) {
      // The frame on screen is the one paused on; announce it now (no frame is coming).
      announceNext.current = null;
      setAnnouncement(`Paused. ${describeFrame(viewRef.current)}`);
    }
  }, []);

  /** Starts the current run again from x_T; plays unless told otherwise. */
  const restart = useCallback(
    (autoplay: boolean, announce: string | null) => {
      const steps = optionsRef.current.steps;
      shown.current = { key: runKey(optionsRef.current), step: -1, steps, seriesKnown: 0 };
      series.current = emptySeries(steps);
      scale.current = { steps, totalFlops: scale.current.totalFlops };
      // request() goes through WorkerBridge.call, which cancels any request still in flight.
      chart.current?.setData([series.current.xs, series.current.flops, series.current.rmse]);
      announceNext.current = announce;
      request(0);
      playingRef.current = autoplay;
      clock.current = { position: 1, lastMs: performance.now() };
      setPlaying(autoplay);
    },
    [request],
  );

  // A new run whenever a setting that changes the run changes (debounced: a slider drag is
  // one restart, not one per pixel). The first run plays unless the reader prefers reduced motion.
  useEffect(() => {
    if (!hydrated || !isOfferedSteps(values.steps)) return;
    const first = shown.current.key === '';
    const timer = setTimeout(
      () => restart(!reducedMotion.current, first && reducedMotion.current ? 'Paused for reduced motion' : null),
      first ? 0 : 60,
    );
    return () => clearTimeout(timer);
  }, [key, hydrated, restart, values.steps]);

  useEffect(() => {
    speedRef.current = values.speed;
  }, [values.speed]);

  const stepOnce = () => {
    pause(false);
    const { step, steps } = shown.current;
    if (step < 0 || step >= steps) {
      setAnnouncement(view ? `Already at the last step. ${describeFrame(view)}` : '');
      return;
    }
    announceNext.current = 'Stepped';
    request(step + 1);
  };

  const jumpToEnd = () => {
    pause(false);
    announceNext.current = 'Jumped to the end';
    request(shown.current.steps);
  };

  const togglePlay = () => {
    if (playingRef.current) pause(true);
    else if (shown.current.step >= shown.current.steps) restart(true, null);
    else play();
  };

  // The chart: uPlot touches window when imported, so it loads here, on the client only.
  useEffect(() => {
    if (!hydrated || !chartBox.current) return;
    let disposed = false;
    let resize: ResizeObserver | null = null;
    let themeWatch: MutationObserver | null = null;
    const box = chartBox.current;
    const build = (UPlot: typeof uPlot) => {
      chart.current?.destroy();
      const text = cssVar('--sl-color-gray-2', '#888');
      const grid = cssVar('--sl-color-gray-5', '#444');
      const flopsColor = cssVar('--sl-color-accent-high', '#3b82f6');
      const rmseColor = cssVar('--sl-color-orange-high', '#e8590c');
      const axis = {
        stroke: text,
        grid: { stroke: grid, width: 1 },
        ticks: { stroke: grid, width: 1 },
        font: '11px system-ui, sans-serif',
        labelFont: '11px system-ui, sans-serif',
      };
      const opts: uPlot.Options = {
        width: Math.max(200, box.clientWidth),
        height: 200,
        legend: { show: false },
        cursor: { show: false },
        scales: {
          x: { time: false, range: () => [0, Math.max(1, scale.current.steps)] },
          flops: { range: () => [0, scale.current.totalFlops * 1.02] },
          rmse: { range: (_u, _min, max) => [0, Math.max(0.1, (max ?? 0) * 1.1)] },
        },
        axes: [
          // Whole steps only: no "2.5" ticks.
          { ...axis, label: 'step', size: 36, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] },
          {
            ...axis,
            scale: 'flops',
            label: 'cumulative FLOPs',
            size: 56,
            values: (_u, ticks) => ticks.map((v) => formatSI(v)),
          },
          {
            ...axis,
            scale: 'rmse',
            side: 1,
            label: 'RMSE of x̂₀',
            size: 48,
            grid: { show: false },
          },
        ],
        series: [
          {},
          { label: 'cumulative FLOPs', scale: 'flops', stroke: flopsColor, width: 2, points: { show: false } },
          { label: 'RMSE of x̂₀', scale: 'rmse', stroke: rmseColor, width: 2, dash: [6, 3], points: { show: false } },
        ],
      };
      const s = series.current;
      chart.current = new UPlot(opts, [s.xs, s.flops, s.rmse], box);
    };
    import('uplot').then(({ default: UPlot }) => {
      if (disposed) return;
      build(UPlot);
      resize = new ResizeObserver(() => {
        chart.current?.setSize({ width: Math.max(200, box.clientWidth), height: 200 });
      });
      resize.observe(box);
      // Starlight switches themes with data-theme on <html>; the canvas needs its colours redrawn.
      themeWatch = new MutationObserver(() => build(UPlot));
      themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    });
    return () => {
      disposed = true;
      resize?.disconnect();
      themeWatch?.disconnect();
      chart.current?.destroy();
      chart.current = null;
    };
  }, [hydrated]);

  const id = (name: string) => `${DENOISE_ID}-${name}`;
  const fullChain = values.steps === FULL_CHAIN_STEPS;
  const direct = values.sampler === 'direct';
  const pre = props.prerendered;
  const perStep = view ? view.flopsPerStep : pre.flopsPerStep;
  const ratio = props.sdxlStepFlops / perStep;
  const current = view && view.key === key ? view : null;
  const atEnd = current !== null && current.step === current.steps;

  const { link: href, embedLink } = useDemoLinks(DENOISE_ID, denoiseSchema, values, hydrated, props);

  return (
    <DemoFrame
      id={DENOISE_ID}
      title="Denoising, step by step"
      link={href}
      embedLink={embedLink}
      embedded={props.embedded}
      notices={[...state.notices, ...extraNotices]}
      onDismissNotices={() => {
        state.dismissNotices();
        setExtraNotices([]);
      }}
      hydrated={hydrated}
      printParams={describeState(values)}
    >
      <div class="demo__body demo__body--split">
        <div class="denoise__main">
          {hydrated ? (
            <div
              class="denoise__frames"
              data-testid="denoise-frames"
              data-run-key={current?.key ?? ''}
              data-step={current ? String(current.step) : ''}
              data-steps={current ? String(current.steps) : ''}
              data-playing={playing ? 'true' : 'false'}
            >
              <div class="denoise__frame">
                <canvas
                  ref={xtCanvas}
                  class="demo__canvas"
                  width={64}
                  height={64}
                  role="img"
                  aria-label={`x_t, the noisy image after ${current?.step ?? 0} steps`}
                  data-testid="denoise-xt"
                />
                <p class="denoise__caption">
                  <i>x</i>
                  <sub>t</sub>: {current ? (current.step === 0 ? 'pure noise' : `after ${current.step} steps`) : '…'}
                </p>
              </div>
              <div class="denoise__frame">
                <canvas
                  ref={x0Canvas}
                  class="demo__canvas"
                  width={64}
                  height={64}
                  role="img"
                  aria-label={
                    current && current.step > 0
                      ? `x̂_0, the denoiser's prediction, nearest the ${current.nearestName} target`
                      : 'x̂_0, no prediction yet'
                  }
                  data-testid="denoise-x0"
                />
                <p class="denoise__caption">
                  <i>x̂</i>
                  <sub>0</sub>: {current && current.step > 0 ? 'the prediction' : 'none yet'}
                </p>
              </div>
            </div>
          ) : (
            <figure class="denoise__strip" aria-label={props.stripCaption}>
              <ol>
                {props.strip.map((f) => (
                  <li key={f.src}>
                    <img class="demo__canvas" src={f.src} alt={f.alt} width={64} height={64} loading="lazy" />
                    <span>{f.label}</span>
                  </li>
                ))}
              </ol>
              <figcaption>{props.stripCaption}</figcaption>
            </figure>
          )}
          <fieldset class="denoise__transport">
            <legend class="sr-only">Playback</legend>
            <button
              type="button"
              class="demo__button"
              disabled={!hydrated}
              aria-pressed={playing ? 'true' : 'false'}
              onClick={togglePlay}
              data-testid="denoise-play"
            >
              {playing ? 'Pause' : atEnd ? 'Play again' : 'Play'}
            </button>
            <button type="button" class="demo__button" disabled={!hydrated || atEnd} onClick={stepOnce}>
              Step
            </button>
            <button type="button" class="demo__button" disabled={!hydrated} onClick={() => restart(false, 'Restarted')}>
              Restart
            </button>
            <button type="button" class="demo__button" disabled={!hydrated || atEnd} onClick={jumpToEnd}>
              Jump to end
            </button>
            <span class="denoise__speed">
              <label for={id('speed')}>Speed</label>
              <select
                id={id('speed')}
                value={String(values.speed)}
                disabled={!hydrated}
                onChange={(e) => set({ speed: Number(e.currentTarget.value) })}
              >
                {SPEEDS.map((s) => (
                  <option key={s} value={String(s)}>
                    {s} step{s === 1 ? '' : 's'}/s
                  </option>
                ))}
              </select>
            </span>
          </fieldset>
          <dl class="demo__readout" aria-busy={playing ? 'true' : 'false'}>
            <div>
              <dt>Step</dt>
              <dd data-testid="denoise-step">
                {current ? `${current.step} / ${current.steps}` : hydrated ? '—' : `${pre.steps} / ${pre.steps}`}
              </dd>
            </div>
            <div>
              <dt>FLOPs so far</dt>
              <dd data-testid="denoise-flops">
                {current ? formatSI(current.flops) : hydrated ? '—' : formatSI(pre.totalFlops)}
              </dd>
            </div>
            <div>
              <dt>FLOPs per step</dt>
              <dd data-testid="denoise-step-flops">{formatSI(perStep)}</dd>
            </div>
            <div>
              <dt>x̂₀ nearest target (RMSE)</dt>
              <dd data-testid="denoise-rmse">
                {current
                  ? current.step > 0
                    ? `${current.nearestName} (${formatRmse(current.rmse)})`
                    : '—'
                  : hydrated
                    ? '—'
                    : `${pre.finalTargetName} (${formatRmse(pre.finalRmse)})`}
              </dd>
            </div>
          </dl>
        </div>
        <fieldset class="demo__controls">
          <legend class="sr-only">Run settings</legend>
          <label for={id('steps')}>
            Steps: {direct ? '1 (direct)' : fullChain ? `${FULL_CHAIN_STEPS} (full chain)` : values.steps}
          </label>
          <input
            id={id('steps')}
            type="range"
            min={1}
            max={MAX_SLIDER_STEPS}
            step={1}
            value={fullChain ? MAX_SLIDER_STEPS : values.steps}
            disabled={!hydrated || fullChain || direct}
            aria-valuetext={`${values.steps} steps`}
            onInput={(e) => {
              const steps = Number(e.currentTarget.value);
              lastSliderSteps.current = steps;
              set({ steps });
            }}
          />
          <label class="denoise__check">
            <input
              type="checkbox"
              checked={fullChain}
              disabled={!hydrated || direct}
              onChange={(e) => set({ steps: e.currentTarget.checked ? FULL_CHAIN_STEPS : lastSliderSteps.current })}
            />{' '}
            {FULL_CHAIN_STEPS} steps (DDPM's full chain)
          </label>
          <label for={id('sampler')}>Sampler</label>
          <select
            id={id('sampler')}
            value={values.sampler}
            disabled={!hydrated}
            onChange={(e) => set({ sampler: e.currentTarget.value })}
          >
            {denoiseSchema.sampler.values.map((s) => (
              <option key={s} value={s}>
                {SAMPLER_LABELS[s]}
              </option>
            ))}
          </select>
          <label for={id('schedule')}>Noise schedule</label>
          <select
            id={id('schedule')}
            value={values.schedule}
            disabled={!hydrated}
            onChange={(e) => set({ schedule: e.currentTarget.value })}
          >
            {denoiseSchema.schedule.values.map((s) => (
              <option key={s} value={s}>
                {SCHEDULE_LABELS[s]}
              </option>
            ))}
          </select>
          <label for={id('dataset')}>Dataset</label>
          <select
            id={id('dataset')}
            value={values.dataset}
            disabled={!hydrated}
            onChange={(e) => set({ dataset: e.currentTarget.value })}
          >
            {DATASET_CHOICES.map((d) => (
              <option key={d} value={d}>
                {datasetLabel(d)}
              </option>
            ))}
          </select>
          <label for={id('quality')}>Denoiser quality factor k</label>
          <select
            id={id('quality')}
            value={String(values.quality)}
            disabled={!hydrated}
            aria-describedby={id('quality-help')}
            onChange={(e) => set({ quality: Number(e.currentTarget.value) })}
          >
            {QUALITY_FACTORS.map((k) => (
              <option key={k} value={String(k)}>
                {k === 1 ? '1 (ideal)' : String(k)}
              </option>
            ))}
          </select>
          <SeedField
            id={id('seed')}
            seed={values.seed}
            max={denoiseSchema.seed.max}
            disabled={!hydrated}
            onSeed={(seed) => set({ seed })}
          />
        </fieldset>
      </div>
      <div class="denoise__chart-wrap">
        <p class="denoise__legend" aria-hidden="true">
          <span class="denoise__key denoise__key--flops">cumulative FLOPs (left axis)</span>
          <span class="denoise__key denoise__key--rmse">RMSE of x̂₀ to the nearest target (right axis)</span>
        </p>
        <div
          ref={chartBox}
          class="denoise__chart not-content"
          role="img"
          aria-label={`Chart: cumulative FLOPs rise in a straight line with the step, ${formatSI(perStep)} per step; the RMSE of the prediction x̂₀ to the nearest target falls as the steps go on.`}
          data-testid="denoise-chart"
        />
      </div>
      <p class="denoise__compare" data-testid="denoise-compare">
        One step here costs <strong>{formatSI(perStep)} FLOPs</strong>; one SDXL step at 1024² costs{' '}
        <strong>{formatSI(props.sdxlStepFlops)} FLOPs</strong> (from the site's cost model), {formatRatio(ratio)} times
        more. {current ? `This run: ${formatInteger(current.totalFlops)} FLOPs in all.` : ''}
      </p>
      <p class="denoise__help" id={id('quality-help')}>
        <strong>Quality factor k:</strong> k = 1 is the exact posterior-mean denoiser; k &gt; 1 tempers its softmax, as
        an under-trained network blurs its guess toward the average. With k ≳ 10 the prediction stays near the dataset
        mean for longer, and runs tend to settle on the target nearest that mean (with all ten targets, the house), for
        most seeds. More steps make a weak denoiser's image clean again; they do not bring back the variety.
      </p>
      {error && (
        <p class="demo__error" role="alert">
          {error}
        </p>
      )}
      <p class="sr-only" aria-live="polite" data-testid="denoise-announce">
        {announcement}
      </p>
    </DemoFrame>
  );
}
