/**
 * The device benchmark island: "Measure this device" runs a ~2 s blocked matrix multiply in a
 * worker (WebGPU, else WebAssembly SIMD, else JavaScript), with a progress bar and a cancel
 * button, and turns the result into the `your-device` hardware profile that the calculator and
 * the chart can select. The result is kept in this browser's localStorage ("Forget" removes
 * it) and never sent anywhere. Cancelling terminates the worker (WorkerBridge).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DeviceMeasurement, DevicePath, MatmulShape } from '../../lib/device/index.ts';
import {
  ASSUMED_DEVICE_BYTES_PER_SECOND,
  ASSUMED_DEVICE_WATTS,
  describeDevicePath,
  WHY_FRAMEWORKS_ARE_FASTER,
} from '../../lib/device/index.ts';
import { formatSeconds, formatSI } from '../../lib/index.ts';
import type {
  DeviceBenchProgress,
  DeviceBenchRequest,
  DeviceBenchResponse,
} from '../../workers/device-bench-protocol.ts';
import { DemoFrame } from '../demo/DemoFrame.tsx';
import { useDemoState } from '../demo/use-demo-state.ts';
import { withBase } from '../site/base.ts';
import { WorkerBridge } from '../worker-bridge.ts';
import { describeDevice, formatSizes, summariseDevice } from './device-summary.ts';
import { DEVICE_DEMO_ID, deviceSchema } from './schema.ts';
import { forgetDeviceMeasurement, saveDeviceMeasurement } from './store.ts';
import { useDeviceState } from './use-device-profile.ts';

/** Seconds of timed repetitions; detection, warm-up and the bandwidth copy add ~0.4 s. */
const BUDGET_SECONDS = 1.5;

type Run =
  | { status: 'idle' }
  | { status: 'running'; fraction: number; path?: DevicePath; sizes?: MatmulShape; reps: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface DeviceBenchProps {
  /** Measure only this path (tests and debugging); default: the fastest that works. */
  path?: DeviceBenchRequest['path'];
}

export default function DeviceBench(props: DeviceBenchProps) {
  const device = useDeviceState();
  // `device.path` is read through the store (validated by its schema) and never written back.
  const urlState = useDemoState(DEVICE_DEMO_ID, deviceSchema, undefined, { syncUrl: false });
  const [hydrated, setHydrated] = useState(false);
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const [fresh, setFresh] = useState<{ measurement: DeviceMeasurement; median: number; error: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [href, setHref] = useState<string | undefined>(undefined);
  const client = useRef<WorkerBridge<DeviceBenchRequest, DeviceBenchResponse, DeviceBenchProgress> | null>(null);
  const controller = useRef<AbortController | null>(null);
  const measureButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const focusCancel = useRef(false);

  // Keyboard users keep their place: the measure button is disabled during a run, so focus
  // moves to Cancel, and back to the measure button when the run ends.
  const running = run.status === 'running';
  useEffect(() => {
    if (running && focusCancel.current) cancelButton.current?.focus();
    if (!running && focusCancel.current) {
      focusCancel.current = false;
      const active = document.activeElement;
      if (!active || active === document.body) measureButton.current?.focus();
    }
  }, [running]);

  useEffect(() => {
    setHydrated(true);
    const url = new URL(window.location.href);
    url.hash = DEVICE_DEMO_ID;
    setHref(url.toString());
    return () => client.current?.dispose();
  }, []);

  const onProgress = (p: DeviceBenchProgress) => {
    setRun((r) =>
      r.status === 'running'
        ? { status: 'running', fraction: p.fraction, path: p.path, sizes: p.sizes, reps: p.reps }
        : r,
    );
  };

  const measure = async () => {
    if (run.status === 'running') return;
    client.current ??= new WorkerBridge<DeviceBenchRequest, DeviceBenchResponse, DeviceBenchProgress>(
      () => new Worker(new URL('../../workers/device-bench.worker.ts', import.meta.url), { type: 'module' }),
    );
    const abort = new AbortController();
    controller.current = abort;
    focusCancel.current = document.activeElement === measureButton.current;
    setRun({ status: 'running', fraction: 0, reps: 0 });
    setAnnouncement('Measuring this device; this takes about two seconds.');
    try {
      const response = await client.current.call(
        { path: props.path ?? (urlState.values.path as DeviceBenchRequest['path']), budgetSeconds: BUDGET_SECONDS },
        { signal: abort.signal, onProgress },
      );
      if (!response.ok) {
        setRun({ status: 'failed', message: response.message });
        setAnnouncement(`The measurement failed: ${response.message}`);
        return;
      }
      const m = response.measurement;
      const saved = saveDeviceMeasurement(m);
      setFresh({ measurement: m, median: response.medianFlopsPerSecond, error: response.maxRelativeError });
      setRun({ status: 'idle' });
      const text = describeDevice(summariseDevice(m));
      setAnnouncement(
        `Measured: ${text.rate} ${text.image}${saved ? '' : ' This browser would not store it, so it is gone when you leave the page.'}`,
      );
    } catch (error) {
      if ((error as Error).name === 'AbortError') {
        setRun({ status: 'cancelled' });
        setAnnouncement('Measurement cancelled; nothing was stored.');
      } else {
        setRun({ status: 'failed', message: (error as Error).message });
        setAnnouncement(`The measurement failed: ${(error as Error).message}`);
      }
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  };

  const cancel = () => {
    focusCancel.current = true;
    controller.current?.abort();
  };

  const forget = () => {
    forgetDeviceMeasurement();
    setFresh(null);
    setRun({ status: 'idle' });
    setAnnouncement('Forgotten: the measurement was removed from this browser.');
    setTimeout(() => measureButton.current?.focus(), 0);
  };

  const shown = fresh?.measurement ?? device.measurement;
  const summary = shown ? summariseDevice(shown) : null;
  const text = summary ? describeDevice(summary) : null;
  const percent = running ? Math.round(run.fraction * 100) : 0;
  const id = (name: string) => `${DEVICE_DEMO_ID}-${name}`;
  const calculatorHref = withBase('counting-flops/?calculator.hw=your-device#calculator');

  return (
    <DemoFrame
      id={DEVICE_DEMO_ID}
      title="Measure this device"
      link={href}
      notices={urlState.notices}
      onDismissNotices={urlState.dismissNotices}
      hydrated={hydrated}
      printParams={text ? text.rate : 'not measured'}
    >
      <div class="demo__body device-bench">
        {!hydrated && (
          <p class="device-bench__nojs" data-testid="device-nojs">
            The measurement runs a matrix multiply in your browser, so it needs JavaScript. Without it, the chapter's
            numbers stay those of the listed hardware.
          </p>
        )}
        <div class="device-bench__actions">
          <button
            ref={measureButton}
            type="button"
            class="demo__button device-bench__measure"
            disabled={!hydrated || running}
            onClick={measure}
          >
            {shown ? 'Measure again' : 'Measure this device'}
          </button>
          {running && (
            <button ref={cancelButton} type="button" class="demo__button" onClick={cancel}>
              Cancel
            </button>
          )}
          {(shown || device.problem) && !running && (
            <button type="button" class="demo__button" onClick={forget}>
              Forget
            </button>
          )}
        </div>
        <div class="device-bench__progress" hidden={!running}>
          <label for={id('progress')}>Benchmark progress</label>
          <progress id={id('progress')} max={100} value={percent} data-testid="device-progress">
            {percent}%
          </progress>
          <span class="cost-num" data-testid="device-percent" aria-hidden="true">
            {percent}%
          </span>
          {running && (
            <p class="cost-hint" data-testid="device-phase">
              {run.path ? describeDevicePath(run.path) : 'Choosing a path'}
              {run.sizes ? `; ${run.sizes.m} × ${run.sizes.n} matrices, ${run.reps} products so far` : ''}
            </p>
          )}
        </div>
        {device.problem && !fresh && (
          <p class="cost-hint" role="status" data-testid="device-problem">
            {device.problem} “Forget” clears it.
          </p>
        )}
        {run.status === 'cancelled' && (
          <p class="cost-hint" data-testid="device-cancelled">
            Cancelled. Nothing was measured or stored{shown ? '; the earlier result below still stands' : ''}.
          </p>
        )}
        {run.status === 'failed' && (
          <p class="cost-calc__problem" role="status" data-testid="device-error">
            The measurement failed: {run.message}
          </p>
        )}
        {shown && summary && text && (
          <div class="device-bench__result" data-testid="device-result">
            <dl class="demo__readout cost-readout" aria-label="Measured">
              <div>
                <dt>Sustained rate</dt>
                <dd data-testid="device-flops" data-value={String(shown.flopsPerSecond)}>
                  {formatSI(shown.flopsPerSecond, { unit: 'FLOP/s' })}
                </dd>
                {fresh && fresh.measurement === shown && (
                  <dd class="cost-readout__note">median repetition {formatSI(fresh.median, { unit: 'FLOP/s' })}</dd>
                )}
              </div>
              <div>
                <dt>Path</dt>
                <dd data-testid="device-path" data-value={shown.path}>
                  {shown.path}
                </dd>
                <dd class="cost-readout__note">{describeDevicePath(shown.path)}</dd>
              </div>
              <div>
                <dt>Matrix sizes</dt>
                <dd data-testid="device-sizes">{formatSizes(shown)}</dd>
                <dd class="cost-readout__note">
                  {shown.reps} products × 2·m·n·k ={' '}
                  {formatSI(2 * shown.sizes.m * shown.sizes.n * shown.sizes.k, { unit: 'FLOP' })} each
                </dd>
              </div>
              <div>
                <dt>Timed</dt>
                <dd data-testid="device-seconds">{formatSeconds(shown.seconds)}</dd>
                <dd class="cost-readout__note">
                  measured {shown.measuredAt.slice(0, 10)}
                  {fresh && fresh.measurement === shown
                    ? `; spot check within ${fresh.error.toExponential(1)} of float64`
                    : ''}
                </dd>
              </div>
            </dl>
            <p data-testid="device-image">{text.image}</p>
            {text.map && <p data-testid="device-map">{text.map}</p>}
            <p>
              <a href={calculatorHref}>Use your device in the cost calculator</a>, or tick “Your device” in the chart
              above.
            </p>
            <details class="cost-hint">
              <summary>What was measured, what is assumed</summary>
              <ul>
                <li>
                  Measured: {formatSI(shown.flopsPerSecond, { unit: 'FLOP/s' })} on {describeDevicePath(shown.path)},{' '}
                  {shown.sizes.m} × {shown.sizes.n} × {shown.sizes.k} float32 products, {shown.measuredAt.slice(0, 10)}.
                  The profile uses it as the fp32 rate at 100% utilisation, since it already is sustained throughput.
                </li>
                <li>
                  Memory bandwidth:{' '}
                  {shown.memoryBytesPerSecond === null
                    ? `${formatSI(ASSUMED_DEVICE_BYTES_PER_SECOND, { unit: 'B/s' })}, assumed`
                    : `${formatSI(shown.memoryBytesPerSecond, { unit: 'B/s' })}, measured by a 16 MiB copy in the same worker`}
                  .
                </li>
                <li>
                  Power: {ASSUMED_DEVICE_WATTS[shown.path === 'webgpu' ? 'gpu' : 'cpu']} W, an assumption (a browser
                  cannot read power), so the energy figures are rough.
                </li>
                {shown.fallbackReason && <li>{shown.fallbackReason}</li>}
                <li>{WHY_FRAMEWORKS_ARE_FASTER}</li>
              </ul>
            </details>
          </div>
        )}
        <p class="cost-hint device-bench__privacy">
          The result is stored only in this browser (localStorage) and never sent anywhere; “Forget” removes it.
        </p>
      </div>
      <p class="sr-only" aria-live="polite" data-testid="device-announce">
        {announcement}
      </p>
    </DemoFrame>
  );
}
