/**
 * Demo state in the URL. Each demo has a stable id (`patterns`, `denoise`, …) that prefixes its
 * query keys: `?patterns.size=512&patterns.seed=7#patterns`. Reading validates and clamps every
 * value and reports what it adjusted; writing replaces only this demo's keys. Pure functions (no
 * DOM), so they are unit-tested and shared by islands and embed pages.
 */

export type ParamSpec =
  | { type: 'int'; min: number; max: number; default: number }
  | { type: 'number'; min: number; max: number; step: number; default: number }
  | { type: 'enum'; values: readonly string[]; default: string; labels?: Readonly<Record<string, string>> }
  | { type: 'choice'; values: readonly number[]; default: number };

export type Schema = Readonly<Record<string, ParamSpec>>;
export type Values<S extends Schema> = { [K in keyof S]: S[K] extends { type: 'enum' } ? string : number };

const MAX_SHOWN = 24;

/** A value as it may be shown back to the reader: truncated, control characters removed. */
export function quote(raw: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, '');
  const chars = Array.from(clean);
  return `“${chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : clean}”`;
}

export function defaults<S extends Schema>(schema: S): Values<S> {
  const out: Record<string, string | number> = {};
  for (const [key, spec] of Object.entries(schema)) out[key] = spec.default;
  return out as Values<S>;
}

function roundToStep(value: number, step: number, min: number): number {
  const n = Math.round((value - min) / step);
  return Number((min + n * step).toFixed(10));
}

/**
 * Validates one raw value against its spec. Returns the value to use and, when it differs from
 * what was asked, a sentence saying why.
 */
export function coerce(name: string, spec: ParamSpec, raw: string): { value: string | number; notice?: string } {
  if (spec.type === 'enum') {
    if (spec.values.includes(raw)) return { value: raw };
    return {
      value: spec.default,
      notice: `${name} = ${quote(raw)} is not one of ${spec.values.join(', ')}; using ${spec.default}.`,
    };
  }
  const trimmed = raw.trim();
  const num = trimmed === '' ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(num)) {
    return { value: spec.default, notice: `${name} = ${quote(raw)} is not a finite number; using ${spec.default}.` };
  }
  if (spec.type === 'choice') {
    let best = spec.values[0];
    for (const v of spec.values) if (Math.abs(v - num) < Math.abs(best - num)) best = v;
    if (best === num) return { value: num };
    return { value: best, notice: `${name} = ${quote(raw)} is not one of ${spec.values.join(', ')}; using ${best}.` };
  }
  let value = num;
  const reasons: string[] = [];
  if (spec.type === 'int' && !Number.isInteger(value)) {
    value = Math.round(value);
    reasons.push('rounded to a whole number');
  }
  if (spec.type === 'number') {
    const stepped = roundToStep(value, spec.step, spec.min);
    if (stepped !== value) {
      value = stepped;
      reasons.push(`rounded to steps of ${spec.step}`);
    }
  }
  if (value < spec.min) {
    value = spec.min;
    reasons.length = 0;
    reasons.push(`below the minimum ${spec.min}`);
  } else if (value > spec.max) {
    value = spec.max;
    reasons.length = 0;
    reasons.push(`above the maximum ${spec.max}`);
  }
  if (reasons.length === 0) return { value };
  return { value, notice: `${name} = ${quote(raw)} is ${reasons.join(' and ')}; using ${value}.` };
}

/**
 * Reads a demo's keys from a query string, clamping each one. Unknown keys of the demo are
 * reported. `given` lists the schema's keys the query names (valid or clamped), so a demo can
 * fill what a hand-written link left out without reading the URL itself.
 */
export function readParams<S extends Schema>(
  demoId: string,
  schema: S,
  search: string,
): { values: Values<S>; notices: string[]; present: boolean; given: (keyof S & string)[] } {
  const params = new URLSearchParams(search);
  const values = defaults(schema) as Record<string, string | number>;
  const notices: string[] = [];
  const prefix = `${demoId}.`;
  let present = false;
  const seen = new Set<string>();
  for (const [fullKey, raw] of params) {
    if (!fullKey.startsWith(prefix)) continue;
    present = true;
    const key = fullKey.slice(prefix.length);
    const spec = schema[key];
    if (!spec) {
      notices.push(`${quote(fullKey)} is not a setting of this demo; ignored.`);
      continue;
    }
    if (seen.has(key)) {
      notices.push(`${fullKey} was given more than once; using the first value.`);
      continue;
    }
    seen.add(key);
    const { value, notice } = coerce(fullKey, spec, raw);
    values[key] = value;
    if (notice) notices.push(notice);
  }
  return { values: values as Values<S>, notices, present, given: [...seen] as (keyof S & string)[] };
}

/** Writes a demo's keys into a query string, leaving every other key as it was. */
export function writeParams<S extends Schema>(demoId: string, schema: S, values: Values<S>, search: string): string {
  const params = new URLSearchParams(search);
  const prefix = `${demoId}.`;
  for (const key of Array.from(params.keys())) if (key.startsWith(prefix)) params.delete(key);
  for (const key of Object.keys(schema)) params.set(prefix + key, String((values as Record<string, unknown>)[key]));
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** The link to a demo's current state: the page URL with the demo's keys and its anchor. */
export function demoLink<S extends Schema>(demoId: string, schema: S, values: Values<S>, href: string): string {
  const url = new URL(href);
  url.search = writeParams(demoId, schema, values, url.search);
  url.hash = demoId;
  return url.toString();
}
