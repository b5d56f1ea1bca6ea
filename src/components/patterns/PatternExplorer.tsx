/**
 * The pattern explorer island: choose a pattern, its size, channels, seed and parameters; see
 * the pixels, how long this device took, the operation tally and the bytes. Generation runs in
 * a Web Worker (cancelled when a newer setting arrives). Before hydration, and without
 * JavaScript, the prerendered image of the default state stands in for the canvas.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Tally } from '../../lib/index.ts';
import { byteSizes, formatBytes, formatCount, formatInteger, formatSeconds, formatSI } from '../../lib/index.ts';
import type { PatternJob, PatternProgress, PatternResponse } from '../../workers/patterns-protocol.ts';
import { DemoFrame } from '../demo/DemoFrame.tsx';
import type { Values } from '../demo/params.ts';
import { RangeField } from '../demo/RangeField.tsx';
import { SeedField } from '../demo/SeedField.tsx';
import { SelectField } from '../demo/SelectField.tsx';
import { useDemoLinks } from '../demo/use-demo-links.ts';
import { useDemoState } from '../demo/use-demo-state.ts';
import { WorkerBridge } from '../worker-bridge.ts';
import { patternJob } from './job.ts';
import { PATTERN_LABELS, PATTERNS_ID, patternsSchema } from './schema.ts';

type PatternValues = Values<typeof patternsSchema>;

export interface PatternExplorerProps {
  /** Initial pattern for this page (a URL value overrides it). */
  pattern?: string;
  /** URL of the prerendered default image. */
  fallbackSrc: string;
  fallbackAlt: string;
  /** Embed page for this demo (site-relative, base included). */
  embedHref?: string;
  /** The chapter page, for "Copy link" when the demo is embedded. */
  chapterHref?: string;
  embedded?: boolean;
}

interface Result {
  tally: Tally;
  milliseconds: number;
  values: PatternValues;
}

export function describePattern(values: PatternValues): string {
  const label = PATTERN_LABELS[values.pattern] ?? values.pattern;
  const shape = `${values.size}×${values.size}×${values.channels}`;
  switch (values.pattern) {
    case 'random':
      return `${label}, ${shape}, seed ${values.seed}`;
    case 'smooth':
      return `${label}, ${shape}, seed ${values.seed}, sigma ${values.sigma} px`;
    case 'gradient':
      return values.kind === 'radial'
        ? `Radial gradient, ${shape}`
        : `Linear gradient, ${shape}, angle ${values.angle}°`;
    default:
      return `${label}, ${shape}, cell ${values.cell} px`;
  }
}

export default function PatternExplorer(props: PatternExplorerProps) {
  const initial = useMemo(() => (props.pattern ? { pattern: props.pattern } : {}), [props.pattern]);
  const state = useDemoState(PATTERNS_ID, patternsSchema, initial as Partial<PatternValues>);
  const { values, set } = state;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const clientRef = useRef<WorkerBridge<PatternJob, PatternResponse, PatternProgress> | null>(null);
  const spare = useRef<ArrayBuffer | undefined>(undefined);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    clientRef.current = new WorkerBridge<PatternJob, PatternResponse, PatternProgress>(
      () => new Worker(new URL('../../workers/patterns.worker.ts', import.meta.url), { type: 'module' }),
    );
    return () => clientRef.current?.dispose();
  }, []);

  useEffect(() => {
    if (!state.ready || !clientRef.current) return;
    const client = clientRef.current;
    const v = values;
    // The worker returns RGBA (it converts off the main thread); its spent buffer comes back.
    const bytes = v.size * v.size * 4;
    const reuse = spare.current && spare.current.byteLength === bytes ? spare.current : undefined;
    spare.current = undefined;
    setBusy(true);
    const timer = setTimeout(() => {
      client
        .call({ ...patternJob(v), output: 'rgba', reuse }, { transfer: reuse ? [reuse] : [] })
        .then((res) => {
          setBusy(false);
          if (!res.ok) {
            setError(res.message);
            return;
          }
          setError(null);
          const canvas = canvasRef.current;
          if (canvas) {
            // Resizing a canvas reallocates it, even to the same size: only when the size changes.
            if (canvas.width !== v.size) canvas.width = v.size;
            if (canvas.height !== v.size) canvas.height = v.size;
            const rgba = new Uint8ClampedArray(res.buffer);
            canvas
              .getContext('2d')
              ?.putImageData(new ImageData(rgba as Uint8ClampedArray<ArrayBuffer>, v.size, v.size), 0, 0);
          }
          spare.current = res.buffer;
          setResult({ tally: res.tally, milliseconds: res.milliseconds, values: v });
          setAnnouncement(
            `${describePattern(v)}: generated in ${formatSeconds(res.milliseconds / 1000)}, ${formatInteger(res.tally.intOps)} integer operations, ${formatInteger(res.tally.flops)} floating-point operations, ${formatBytes(v.size * v.size * v.channels)}.`,
          );
        })
        .catch((e: Error) => {
          if (e.name !== 'AbortError') {
            setBusy(false);
            setError(e.message);
          }
        });
    }, 30);
    return () => clearTimeout(timer);
  }, [values, state.ready]);

  const download = () => {
    canvasRef.current?.toBlob((blob) => {
      if (!blob) return;
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `pixel-map-${values.pattern}-${values.size}x${values.size}x${values.channels}-seed${values.seed}.png`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }, 'image/png');
  };

  const bytes = byteSizes({ width: values.size, height: values.size, channels: values.channels });
  const hydrated = state.ready;
  const id = (name: string) => `${PATTERNS_ID}-${name}`;
  const { link: href, embedLink } = useDemoLinks(PATTERNS_ID, patternsSchema, values, state.ready, props);

  return (
    <DemoFrame
      id={PATTERNS_ID}
      title="Pattern explorer"
      link={href}
      embedLink={embedLink}
      embedded={props.embedded}
      notices={state.notices}
      onDismissNotices={state.dismissNotices}
      hydrated={hydrated}
      printParams={describePattern(values)}
    >
      <div class="demo__body demo__body--split">
        <div class="demo__view">
          {hydrated ? (
            <canvas
              ref={canvasRef}
              class="demo__canvas"
              width={values.size}
              height={values.size}
              role="img"
              aria-label={describePattern(values)}
              data-testid="patterns-canvas"
            />
          ) : (
            <img class="demo__canvas" src={props.fallbackSrc} alt={props.fallbackAlt} width={256} height={256} />
          )}
        </div>
        <fieldset class="demo__controls">
          <legend class="sr-only">Pattern settings</legend>
          <SelectField
            id={id('pattern')}
            label="Pattern"
            value={values.pattern}
            disabled={!hydrated}
            onChange={(v) => set({ pattern: v })}
          >
            {patternsSchema.pattern.values.map((p) => (
              <option key={p} value={p}>
                {PATTERN_LABELS[p]}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={id('size')}
            label="Size (pixels per side)"
            value={String(values.size)}
            disabled={!hydrated}
            onChange={(v) => set({ size: Number(v) })}
          >
            {patternsSchema.size.values.map((s) => (
              <option key={s} value={String(s)}>
                {s} × {s}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={id('channels')}
            label="Channels"
            value={String(values.channels)}
            disabled={!hydrated}
            onChange={(v) => set({ channels: Number(v) })}
          >
            <option value="1">1 (grey)</option>
            <option value="3">3 (RGB)</option>
            <option value="4">4 (RGBA)</option>
          </SelectField>
          {(values.pattern === 'random' || values.pattern === 'smooth') && (
            <SeedField
              id={id('seed')}
              seed={values.seed}
              max={patternsSchema.seed.max}
              disabled={!hydrated}
              onSeed={(seed) => set({ seed })}
            />
          )}
          {values.pattern === 'smooth' && (
            <RangeField
              id={id('sigma')}
              label={<>Smoothing sigma: {values.sigma} px</>}
              spec={patternsSchema.sigma}
              value={values.sigma}
              disabled={!hydrated}
              valueText={formatCount(values.sigma, { noun: 'pixel' })}
              onValue={(sigma) => set({ sigma })}
            />
          )}
          {values.pattern === 'gradient' && (
            <>
              <SelectField
                id={id('kind')}
                label="Gradient kind"
                value={values.kind}
                disabled={!hydrated}
                onChange={(v) => set({ kind: v })}
              >
                <option value="linear">Linear</option>
                <option value="radial">Radial</option>
              </SelectField>
              {values.kind === 'linear' && (
                <RangeField
                  id={id('angle')}
                  label={<>Angle: {values.angle}°</>}
                  spec={patternsSchema.angle}
                  value={values.angle}
                  disabled={!hydrated}
                  valueText={formatCount(values.angle, { noun: 'degree' })}
                  onValue={(angle) => set({ angle })}
                />
              )}
            </>
          )}
          {values.pattern === 'checkerboard' && (
            <RangeField
              id={id('cell')}
              label={<>Cell size: {values.cell} px</>}
              spec={patternsSchema.cell}
              value={values.cell}
              disabled={!hydrated}
              valueText={formatCount(values.cell, { noun: 'pixel' })}
              onValue={(cell) => set({ cell })}
            />
          )}
          <button type="button" class="demo__button" disabled={!hydrated || !result} onClick={download}>
            Download PNG
          </button>
        </fieldset>
      </div>
      <dl class="demo__readout" aria-busy={busy ? 'true' : 'false'}>
        <div>
          <dt>Time on this device</dt>
          <dd data-testid="patterns-time">{result ? formatSeconds(result.milliseconds / 1000) : '—'}</dd>
        </div>
        <div>
          <dt>Integer operations</dt>
          <dd data-testid="patterns-intops">{result ? formatSI(result.tally.intOps) : '—'}</dd>
        </div>
        <div>
          <dt>Floating-point operations</dt>
          <dd data-testid="patterns-flops">{result ? formatSI(result.tally.flops) : '—'}</dd>
        </div>
        <div>
          <dt>Pixel data (8-bit)</dt>
          <dd>{formatBytes(bytes.uint8Bytes)}</dd>
        </div>
        <div>
          <dt>Same as float32</dt>
          <dd>{formatBytes(bytes.float32Bytes)}</dd>
        </div>
      </dl>
      {error && (
        <p class="demo__error" role="alert">
          {error}
        </p>
      )}
      <p class="sr-only" aria-live="polite" data-testid="patterns-announce">
        {announcement}
      </p>
    </DemoFrame>
  );
}
