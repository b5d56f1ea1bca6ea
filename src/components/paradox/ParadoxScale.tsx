/**
 * The paradox scale (demo id `paradox`): a random RGB map, generated and timed on the reader's
 * own device in a Web Worker, against one coherent image from a chosen model on chosen
 * hardware, in operations, seconds and joules on logarithmic axes, with the ratios.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Software } from '../../lib/index.ts';
import {
  formatCount,
  formatPercent,
  formatRatio,
  formatSeconds,
  formatSI,
  getModel,
  HARDWARE_IDS,
  listHardware,
  TEXT_TO_IMAGE_IDS,
} from '../../lib/index.ts';

import type { PatternJob, PatternResponse } from '../../workers/patterns-protocol.ts';
import { SoftwareOptions } from '../cost/SoftwareOptions.tsx';
import { DemoFrame } from '../demo/DemoFrame.tsx';
import { RangeField } from '../demo/RangeField.tsx';
import { SelectField } from '../demo/SelectField.tsx';
import { useDemoLinks } from '../demo/use-demo-links.ts';
import { useDemoState } from '../demo/use-demo-state.ts';
import { useDeviceState } from '../device/use-device-profile.ts';
import { WorkerBridge } from '../worker-bridge.ts';
import { computeParadox, REFERENCE_RANDOM_MAP } from './paradox-model.ts';
import { paradoxRows, paradoxScaleHtml } from './paradox-svg.ts';
import { PARADOX_ID, paradoxSchema } from './schema.ts';

export interface ParadoxScaleProps {
  embedHref?: string;
  chapterHref?: string;
  embedded?: boolean;
  /** The hardware chapter, for the notes' link. */
  hardwareHref?: string;
}

const RUNS = 7;

export default function ParadoxScale(props: ParadoxScaleProps) {
  const state = useDemoState(PARADOX_ID, paradoxSchema);
  const { values, set } = state;
  const [measured, setMeasured] = useState<{ side: number; seconds: number } | null>(null);
  const [measuring, setMeasuring] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const clientRef = useRef<WorkerBridge<PatternJob, PatternResponse> | null>(null);

  const device = useDeviceState();
  const hardware = values.hw === 'your-device' ? (device.profile ?? 'h100-sxm') : values.hw;
  useEffect(() => {
    if (state.ready && device.loaded && values.hw === 'your-device' && !device.profile) {
      setNotice(
        `No measurement of this device is stored${device.problem ? ` (${device.problem})` : ''}, so the H100 SXM is used. Measure your device on the hardware chapter.`,
      );
    } else setNotice(null);
  }, [state.ready, device.loaded, device.profile, device.problem, values.hw]);

  // Time the random map on this device: the median of several runs in a worker, after one warm-up.
  useEffect(() => {
    if (!state.ready) return;
    const client = new WorkerBridge<PatternJob, PatternResponse>(
      () => new Worker(new URL('../../workers/patterns.worker.ts', import.meta.url), { type: 'module' }),
    );
    clientRef.current = client;
    let cancelled = false;
    const side = values.res;
    setMeasuring(true);
    (async () => {
      const times: number[] = [];
      let reuse: ArrayBuffer | undefined;
      for (let i = 0; i <= RUNS && !cancelled; i++) {
        const res = await client.call(
          { pattern: 'random', width: side, height: side, channels: 3, seed: i + 1, reuse },
          { transfer: reuse ? [reuse] : [] },
        );
        if (!res.ok) throw new Error(res.message);
        reuse = res.buffer;
        if (i > 0) times.push(res.milliseconds / 1000);
      }
      if (cancelled) return;
      times.sort((a, b) => a - b);
      setMeasured({ side, seconds: times[times.length >> 1] });
      setMeasuring(false);
    })().catch((e: Error) => {
      if (e.name !== 'AbortError' && !cancelled) {
        setMeasuring(false);
        setNotice(`Timing the random map failed: ${e.message}`);
      }
    });
    return () => {
      cancelled = true;
      client.dispose();
    };
  }, [state.ready, values.res]);

  const randomSeconds =
    measured && measured.side === values.res
      ? measured.seconds
      : REFERENCE_RANDOM_MAP.seconds * (values.res / REFERENCE_RANDOM_MAP.side) ** 2;
  const paradox = useMemo(
    () =>
      computeParadox({
        model: values.model,
        side: values.res,
        steps: values.steps,
        guidance: values.guidance === 'on',
        hardware,
        software: values.software as Software,
        randomSeconds,
      }),
    [values.model, values.res, values.steps, values.guidance, hardware, values.software, randomSeconds],
  );

  const rows = paradoxRows(paradox);
  const timeSource = measured && measured.side === values.res ? 'measured on this device' : REFERENCE_RANDOM_MAP.label;
  const summary = `${paradox.image.label} on ${paradox.hardwareName} against a random ${values.res}² map: ${formatRatio(paradox.ratios.operations)} times the operations, ${formatRatio(paradox.ratios.seconds)} times the time, ${formatRatio(paradox.ratios.joules)} times the energy.`;
  const id = (name: string) => `${PARADOX_ID}-${name}`;
  const hydrated = state.ready;
  const { link: href, embedLink } = useDemoLinks(PARADOX_ID, paradoxSchema, values, state.ready, props);

  return (
    <DemoFrame
      id={PARADOX_ID}
      title="The paradox scale"
      link={href}
      embedLink={embedLink}
      embedded={props.embedded}
      notices={notice ? [...state.notices, notice] : state.notices}
      onDismissNotices={state.dismissNotices}
      hydrated={hydrated}
      printParams={`${paradox.image.label}, ${values.res} × ${values.res}, on ${paradox.hardwareName} (η ${formatPercent(paradox.utilisation)}); random map time ${timeSource}.`}
    >
      <div class="demo__body">
        <div class="paradox__chart" dangerouslySetInnerHTML={{ __html: paradoxScaleHtml(paradox, summary) }} />
        <fieldset class="demo__controls paradox__controls">
          <legend class="sr-only">Paradox settings</legend>
          <div class="paradox__field">
            <SelectField
              id={id('model')}
              label="Model"
              value={values.model}
              disabled={!hydrated}
              onChange={(v) => set({ model: v })}
            >
              {TEXT_TO_IMAGE_IDS.map((m) => (
                <option key={m} value={m}>
                  {getModel(m).name}
                </option>
              ))}
            </SelectField>
          </div>
          <div class="paradox__field">
            <SelectField
              id={id('res')}
              label="Image size"
              value={String(values.res)}
              disabled={!hydrated}
              onChange={(v) => set({ res: Number(v) })}
            >
              <option value="512">512 × 512</option>
              <option value="1024">1024 × 1024</option>
            </SelectField>
          </div>
          <div class="paradox__field">
            <RangeField
              id={id('steps')}
              label={<>Steps: {values.steps}</>}
              spec={paradoxSchema.steps}
              value={values.steps}
              disabled={!hydrated}
              valueText={formatCount(values.steps, { noun: 'step' })}
              onValue={(steps) => set({ steps })}
            />
          </div>
          <div class="paradox__field">
            <SelectField
              id={id('guidance')}
              label="Classifier-free guidance"
              value={values.guidance}
              disabled={!hydrated}
              onChange={(v) => set({ guidance: v })}
            >
              <option value="on">On (the model's default scale)</option>
              <option value="off">Off</option>
            </SelectField>
          </div>
          <div class="paradox__field">
            <SelectField
              id={id('hw')}
              label="Hardware for the image"
              value={values.hw}
              disabled={!hydrated}
              onChange={(v) => set({ hw: v })}
            >
              {listHardware()
                .filter((h) => (HARDWARE_IDS as readonly string[]).includes(h.id))
                .map((h) => (
                  <option key={h.id} value={h.id}>
                    {h.name}
                  </option>
                ))}
              {(device.profile || values.hw === 'your-device') && (
                <option value="your-device">
                  {device.profile ? device.profile.name : 'Your device (not measured yet)'}
                </option>
              )}
            </SelectField>
          </div>
          <div class="paradox__field">
            <SelectField
              id={id('software')}
              label="Software for the image"
              value={values.software}
              disabled={!hydrated}
              onChange={(v) => set({ software: v })}
            >
              <SoftwareOptions />
            </SelectField>
          </div>
        </fieldset>
      </div>
      {/* Below 30rem the rows stack as cards, each cell under its column's heading (data-label). */}
      <div class="paradox__table-wrap">
        <table class="paradox__table">
          <caption class="sr-only">The paradox in numbers</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">{paradox.random.label}</th>
              <th scope="col">{paradox.image.label}</th>
              <th scope="col">Ratio</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                <td data-label={paradox.random.label}>{r.aText}</td>
                <td data-label={paradox.image.label}>{r.bText}</td>
                <td data-label="Ratio" data-testid={`paradox-ratio-${r.name.toLowerCase()}`}>
                  {formatRatio(r.ratio)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="paradox__notes">
        Random map: {formatSI(paradox.random.bytes)} bytes,{' '}
        {measuring ? 'timing it on this device…' : `time ${timeSource}`}
        {measured && measured.side === values.res
          ? ` (median of ${RUNS} runs in a Web Worker: ${formatSeconds(measured.seconds)})`
          : ''}
        ; energy = time × {paradox.randomWatts} W (the laptop CPU profile's package power, an upper bound). Image: time
        by the latency model (large kernels at {formatPercent(paradox.utilisation)} of the dense peak, plus per-kernel
        and host costs); energy = time × {paradox.imageWatts} W board power (an upper bound). Details in{' '}
        <a href={props.hardwareHref}>the hardware chapter</a>.
      </p>
      <p class="sr-only" aria-live="polite" data-testid="paradox-announce">
        {hydrated && !measuring ? summary : ''}
      </p>
    </DemoFrame>
  );
}
