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
import { formatCount, formatInteger, formatRatio, formatSI } from '../../lib/format.ts';
import type { DenoiseFrame, DenoiseProgress, DenoiseRequest, DenoiseResponse } from '../../workers/denoise-protocol.ts';
import { runKey } from '../../workers/denoise-protocol.ts';
import { DemoFrame } from '../demo/DemoFrame.tsx';
import { useDemoLinks } from '../demo/use-demo-links.ts';
import { useDemoState } from '../demo/use-demo-state.ts';
import { WorkerBridge } from '../worker-bridge.ts';
import { Readout, Transport } from './DenoisePlayback.tsx';
import { DenoiseSettings } from './DenoiseSettings.tsx';
import { describeFrame, type View } from './frame-view.ts';
import { PlaybackController } from './playback.ts';
import {
  DENOISE_ID,
  type DenoiseValues,
  denoiseSchema,
  describeState,
  isOfferedSteps,
  samplerOptionsFrom,
  snapSteps,
} from './schema.ts';
import { emptySeries, type Series, useDenoiseChart } from './use-denoise-chart.ts';

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
  // Playback (DOM-free, playback.ts), read by the animation loop: a ref, never a stale render.
  const playback = useRef(new PlaybackController(values.speed));
  const spare = useRef<ArrayBuffer[]>([]);
  const series = useRef<Series>(emptySeries(0));
  const scale = useRef({ steps: 1, totalFlops: 1 });
  const reducedMotion = useRef(false);

  const { steps, sampler, schedule, seed, dataset, quality } = values;
  const options = useMemo(
    () => samplerOptionsFrom({ steps, sampler, schedule, seed, dataset, quality, speed: 0 } as DenoiseValues),
    [steps, sampler, schedule, seed, dataset, quality],
  );
  const key = useMemo(() => runKey(options), [options]);
  const optionsRef = useRef(options);
  optionsRef.current = options;

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
      const pb = playback.current;
      const accepted = pb.accept(res);
      if (accepted === null) return;
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
      setPlaying(pb.playing);
      if (accepted.announce !== null) setAnnouncement(`${accepted.announce}. ${describeFrame(next)}`);
    },
    [draw],
  );

  /** Asks the worker for step `toStep` of the current run; a request in flight is cancelled. */
  const request = useCallback(
    (toStep: number) => {
      const c = client.current;
      if (!c) return;
      const pb = playback.current;
      pb.pending = true;
      const reuse = spare.current.splice(0, 2);
      c.call({ options: optionsRef.current, toStep, seriesFrom: pb.shown.seriesKnown, reuse }, { transfer: reuse })
        .then((res) => {
          pb.pending = false;
          if (!res.ok) {
            setError(res.message);
            pb.pause();
            setPlaying(false);
            return;
          }
          onFrame(res);
        })
        .catch((e: Error) => {
          if (e.name === 'AbortError') return;
          pb.pending = false;
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
      const pb = playback.current;
      if (!pb.playing) return;
      const target = pb.tick(performance.now());
      if (target !== null) request(target);
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, request]);

  const play = useCallback(() => {
    playback.current.play(performance.now());
    setPlaying(true);
  }, []);

  const pause = useCallback(() => {
    if (!playback.current.pause()) return;
    setPlaying(false);
    if (viewRef.current) {
      // The frame on screen is the one paused on; announce it now (no frame is coming).
      playback.current.announceNext = null;
      setAnnouncement(`Paused. ${describeFrame(viewRef.current)}`);
    }
  }, []);

  /** Starts the current run again from x_T; plays unless told otherwise. */
  const restart = useCallback(
    (autoplay: boolean, announce: string | null) => {
      const steps = optionsRef.current.steps;
      playback.current.restart(runKey(optionsRef.current), steps, autoplay, performance.now(), announce);
      series.current = emptySeries(steps);
      scale.current = { steps, totalFlops: scale.current.totalFlops };
      // request() goes through WorkerBridge.call, which cancels any request still in flight.
      chart.current?.setData([series.current.xs, series.current.flops, series.current.rmse]);
      request(0);
      setPlaying(autoplay);
    },
    [request],
  );

  // A new run whenever a setting that changes the run changes (debounced: a slider drag is
  // one restart, not one per pixel). The first run plays unless the reader prefers reduced motion.
  useEffect(() => {
    if (!hydrated || !isOfferedSteps(values.steps)) return;
    const first = playback.current.shown.key === '';
    const timer = setTimeout(
      () => restart(!reducedMotion.current, first && reducedMotion.current ? 'Paused for reduced motion' : null),
      first ? 0 : 60,
    );
    return () => clearTimeout(timer);
  }, [key, hydrated, restart, values.steps]);

  useEffect(() => {
    playback.current.speed = values.speed;
  }, [values.speed]);

  const stepOnce = () => {
    const target = playback.current.stepOnce();
    setPlaying(false);
    if (target === null) {
      setAnnouncement(view ? `Already at the last step. ${describeFrame(view)}` : '');
      return;
    }
    request(target);
  };

  const jumpToEnd = () => {
    const target = playback.current.jumpToEnd();
    setPlaying(false);
    request(target);
  };

  const togglePlay = () => {
    const pb = playback.current;
    if (pb.playing) pause();
    else if (pb.shown.step >= pb.shown.steps) restart(true, null);
    else play();
  };

  useDenoiseChart({ box: chartBox, chart, series, scale, enabled: hydrated });

  const id = (name: string) => `${DENOISE_ID}-${name}`;
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
                  aria-label={`x_t, the noisy image after ${formatCount(current?.step ?? 0, { noun: 'step' })}`}
                  data-testid="denoise-xt"
                />
                <p class="denoise__caption">
                  <i>x</i>
                  <sub>t</sub>:{' '}
                  {current
                    ? current.step === 0
                      ? 'pure noise'
                      : `after ${formatCount(current.step, { noun: 'step' })}`
                    : '…'}
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
          <Transport
            playing={playing}
            atEnd={atEnd}
            hydrated={hydrated}
            speed={values.speed}
            onToggle={togglePlay}
            onStep={stepOnce}
            onRestart={() => restart(false, 'Restarted')}
            onJump={jumpToEnd}
            onSpeed={(speed) => set({ speed })}
          />
          <Readout current={current} prerendered={pre} perStep={perStep} hydrated={hydrated} playing={playing} />
        </div>
        <DenoiseSettings values={values} set={set} hydrated={hydrated} />
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
          aria-label={`Chart: cumulative FLOPs rise in a straight line with the step, ${formatSI(perStep, { unit: 'FLOP' })} per step; the RMSE of the prediction x̂₀ to the nearest target falls as the steps go on.`}
          data-testid="denoise-chart"
        />
      </div>
      <p class="denoise__compare" data-testid="denoise-compare">
        One step here costs <strong>{formatSI(perStep, { unit: 'FLOP' })}</strong>; one SDXL step at 1024² costs{' '}
        <strong>{formatSI(props.sdxlStepFlops, { unit: 'FLOP' })}</strong> (from the site's cost model),{' '}
        {formatRatio(ratio)} times more. {current ? `This run: ${formatInteger(current.totalFlops)} FLOP in all.` : ''}
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
