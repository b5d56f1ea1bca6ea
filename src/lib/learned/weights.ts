/**
 * The learned networks' weight files (public/learned/teacher.bin and student.bin, written by
 * training/train.py): 'PMLW', a uint32 little-endian header length H, H bytes of UTF-8 JSON
 * (the model's name, its architecture and every tensor's name and shape, in file order), then
 * each tensor's values as IEEE binary16, little-endian, in that order. Tensor names and layouts
 * are PyTorch's state-dict ones: conv weights [out, in, kh, kw], linear weights [out, in].
 */
import { checkOneOf } from '../validate.ts';
import { decodeFloat16 } from './fp16.ts';

export const LEARNED_MODELS = ['teacher', 'student'] as const;
export type LearnedModelName = (typeof LEARNED_MODELS)[number];

/** The architecture the engine implements (unet.ts); a file describing any other is rejected. */
export interface LearnedConfig {
  size: number;
  /** Channels at 32², 16² and 8². */
  channels: [number, number, number];
  groups: number;
  timeEmbeddingDim: number;
  embeddingDim: number;
  groupNormEps: number;
  prediction: 'v';
  schedule: 'cosine';
}

export interface LearnedWeights {
  model: LearnedModelName;
  config: LearnedConfig;
  /** Float32 copies of the fp16 values, by PyTorch state-dict name. */
  tensors: Map<string, Float32Array>;
  /** Number of parameters (values) in the file. */
  parameters: number;
  /** Size of the file in bytes. */
  bytes: number;
}

const MAGIC = [0x50, 0x4d, 0x4c, 0x57]; // 'PMLW'

/** The tensors (name → shape) a network of this configuration has, in the engine's terms. */
export function expectedShapes(config: LearnedConfig): Map<string, number[]> {
  const [c0, c1, c2] = config.channels;
  const e = config.embeddingDim;
  const shapes = new Map<string, number[]>();
  const linear = (name: string, cin: number, cout: number) => {
    shapes.set(`${name}.weight`, [cout, cin]);
    shapes.set(`${name}.bias`, [cout]);
  };
  const conv = (name: string, cin: number, cout: number, k: number) => {
    shapes.set(`${name}.weight`, [cout, cin, k, k]);
    shapes.set(`${name}.bias`, [cout]);
  };
  const norm = (name: string, c: number) => {
    shapes.set(`${name}.weight`, [c]);
    shapes.set(`${name}.bias`, [c]);
  };
  const block = (name: string, cin: number, cout: number) => {
    norm(`${name}.norm1`, cin);
    conv(`${name}.conv1`, cin, cout, 3);
    linear(`${name}.emb`, e, cout);
    norm(`${name}.norm2`, cout);
    conv(`${name}.conv2`, cout, cout, 3);
    if (cin !== cout) conv(`${name}.skip`, cin, cout, 1);
  };
  linear('temb1', config.timeEmbeddingDim, e);
  linear('temb2', e, e);
  conv('conv_in', 3, c0, 3);
  block('rb0', c0, c0);
  block('rb1', c0, c1);
  block('rb2', c1, c2);
  block('rb3', c2 + c1, c1);
  block('rb4', c1 + c0, c0);
  norm('norm_out', c0);
  conv('conv_out', c0, 3, 3);
  return shapes;
}

/** The header is ASCII JSON (training/train.py writes it so); TextDecoder is not in the engine's lib. */
function asciiText(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] > 0x7e) fail('the header must be ASCII');
    text += String.fromCharCode(bytes[i]);
  }
  return text;
}

function fail(message: string): never {
  throw new RangeError(`weights: ${message}`);
}

function checkConfig(raw: unknown): LearnedConfig {
  const c = raw as Partial<LearnedConfig> | null;
  if (c === null || typeof c !== 'object') fail('the header has no config');
  const ints = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= 1024;
  if (c.size !== 32) fail(`config.size must be 32; got ${String(c.size)}`);
  if (!Array.isArray(c.channels) || c.channels.length !== 3 || !c.channels.every(ints)) {
    fail('config.channels must be three positive integers');
  }
  if (!ints(c.groups) || !ints(c.timeEmbeddingDim) || !ints(c.embeddingDim)) {
    fail('config.groups, timeEmbeddingDim and embeddingDim must be positive integers');
  }
  const groups = c.groups as number;
  const [c0, c1, c2] = c.channels as number[];
  for (const ch of [c0, c1, c2, c0 + c1, c1 + c2]) {
    if (ch % groups !== 0) fail(`every channel count must be a multiple of config.groups = ${groups}; ${ch} is not`);
  }
  if ((c.timeEmbeddingDim as number) % 2 !== 0) fail('config.timeEmbeddingDim must be even');
  if (typeof c.groupNormEps !== 'number' || !(c.groupNormEps > 0 && c.groupNormEps < 1)) {
    fail('config.groupNormEps must be a number in (0, 1)');
  }
  if (c.prediction !== 'v') fail(`config.prediction must be "v"; got ${String(c.prediction)}`);
  if (c.schedule !== 'cosine') fail(`config.schedule must be "cosine"; got ${String(c.schedule)}`);
  return c as LearnedConfig;
}

/**
 * Parses a weight file. Throws TypeError if `bytes` is not a Uint8Array, RangeError naming what
 * is wrong (magic, header, architecture, a missing or misshapen tensor, the length) otherwise.
 */
export function parseLearnedWeights(bytes: Uint8Array): LearnedWeights {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('weights must be a Uint8Array (the bytes of a .bin file)');
  if (bytes.length < 8 || MAGIC.some((m, i) => bytes[i] !== m))
    fail('not a PMLW file (the first 4 bytes must be "PMLW")');
  const headerLength = (bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24)) >>> 0;
  if (8 + headerLength > bytes.length) fail(`header length ${headerLength} exceeds the file (${bytes.length} bytes)`);
  let header: { format?: unknown; model?: unknown; config?: unknown; dtype?: unknown; tensors?: unknown };
  try {
    header = JSON.parse(asciiText(bytes.subarray(8, 8 + headerLength)));
  } catch {
    fail('the header is not valid JSON');
  }
  if (header.format !== 'pmlw-1') fail(`format must be "pmlw-1"; got ${String(header.format)}`);
  if (header.dtype !== 'float16') fail(`dtype must be "float16"; got ${String(header.dtype)}`);
  const model = checkOneOf('weights model', header.model, LEARNED_MODELS);
  const config = checkConfig(header.config);
  const expected = expectedShapes(config);
  if (!Array.isArray(header.tensors)) fail('the header has no tensor list');
  const tensors = new Map<string, Float32Array>();
  let offset = 8 + headerLength;
  let parameters = 0;
  for (const entry of header.tensors as { name?: unknown; shape?: unknown }[]) {
    const name = String(entry?.name);
    const want = expected.get(name);
    if (want === undefined) fail(`unexpected tensor ${JSON.stringify(name)}`);
    const shape = entry.shape;
    if (!Array.isArray(shape) || shape.length !== want.length || shape.some((d, i) => d !== want[i])) {
      fail(`tensor ${name} must have shape [${want.join(', ')}]; got ${JSON.stringify(shape)}`);
    }
    const count = want.reduce((a, b) => a * b, 1);
    if (offset + 2 * count > bytes.length) fail(`the file ends inside tensor ${name}`);
    tensors.set(name, decodeFloat16(bytes, offset, count));
    offset += 2 * count;
    parameters += count;
  }
  for (const name of expected.keys()) if (!tensors.has(name)) fail(`tensor ${name} is missing`);
  if (offset !== bytes.length) fail(`${bytes.length - offset} bytes follow the last tensor`);
  return { model, config, tensors, parameters, bytes: bytes.length };
}
