/**
 * The small store behind every demo island: state initialised from the URL (clamped, with
 * notices), written back with a debounced history.replaceState that touches only this demo's
 * keys. Before hydration (and without JavaScript) the defaults are used.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Schema, Values } from './params.ts';
import { defaults, readParams, writeParams } from './params.ts';

export interface DemoState<S extends Schema> {
  values: Values<S>;
  set: (patch: Partial<Values<S>>) => void;
  notices: string[];
  dismissNotices: () => void;
  /** True once the URL has been read (on the client). */
  ready: boolean;
  /** The settings the URL named when it was read (empty before that). */
  given: ReadonlySet<keyof S & string>;
}

export function useDemoState<S extends Schema>(
  demoId: string,
  schema: S,
  initial?: Partial<Values<S>>,
  options: { syncUrl?: boolean } = {},
): DemoState<S> {
  const syncUrl = options.syncUrl ?? true;
  const [values, setValues] = useState<Values<S>>(() => ({ ...defaults(schema), ...initial }) as Values<S>);
  const [notices, setNotices] = useState<string[]>([]);
  const [ready, setReady] = useState(false);
  const [given, setGiven] = useState<ReadonlySet<keyof S & string>>(() => new Set());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const read = readParams(demoId, schema, window.location.search);
    if (read.present) setValues(read.values);
    setNotices(read.notices);
    setGiven(new Set(read.given));
    setReady(true);
  }, [demoId, schema]);

  useEffect(() => {
    if (!ready || !syncUrl) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const search = writeParams(demoId, schema, values, window.location.search);
      if (search !== window.location.search) {
        history.replaceState(history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
      }
    }, 250);
    return () => clearTimeout(timer.current);
  }, [values, ready, demoId, schema, syncUrl]);

  const set = useCallback((patch: Partial<Values<S>>) => setValues((v) => ({ ...v, ...patch })), []);
  const dismissNotices = useCallback(() => setNotices([]), []);
  return { values, set, notices, dismissNotices, ready, given };
}
