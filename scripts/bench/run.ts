/**
 * `npm run bench`: median timings of the engine's workloads on this machine, next to the
 * physical floor (a typed-array fill of the same bytes) and, when python3 with NumPy is present,
 * the same workloads in NumPy. Prints a table and writes JSON to bench/results/.
 *   --quick   fewer runs, no build (browser measurements use the existing dist/)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkerboard,
  createPixelMap,
  gradient,
  randomNoise,
  smoothNoise,
  smoothNoiseBackend,
} from '../../src/lib/index.ts';
import { useSmoothNoiseBackend } from '../../src/lib/patterns/smooth-noise.ts';
import { printTable } from '../table.ts';
import { extraBenchmarks } from './extra.ts';
import type { Timing } from './measure.ts';
import { measure } from './measure.ts';
import { runNumpy } from './numpy.ts';

interface Row {
  name: string;
  timing: Timing;
  bytes: number;
  floorMs?: number;
  numpyMs?: number;
}

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const runs = values.quick ? 5 : 25;
const rows: Row[] = [];
const floors = new Map<number, number>();

function floorFor(bytes: number): number {
  let ms = floors.get(bytes);
  if (ms === undefined) {
    const buf = new Uint8ClampedArray(bytes);
    let v = 0;
    ms = measure(() => buf.fill(v++ & 255), { runs }).medianMs;
    floors.set(bytes, ms);
  }
  return ms;
}

for (const size of [256, 512, 1024]) {
  const shape = { width: size, height: size, channels: 3 as const };
  const out = createPixelMap({ width: size, height: size, channels: 3 });
  const bytes = size * size * 3;
  const add = (name: string, fn: () => unknown) =>
    rows.push({ name, timing: measure(fn, { runs }), bytes, floorMs: floorFor(bytes) });
  add(`randomNoise ${size}² (into out)`, () => randomNoise({ ...shape, seed: 1, out }));
  add(`randomNoise ${size}² (allocating)`, () => randomNoise({ ...shape, seed: 1 }));
  add(`smoothNoise ${size}² σ=8`, () => smoothNoise({ ...shape, seed: 1, sigma: 8, out }));
  add(`gradient ${size}² linear`, () => gradient({ ...shape, out }));
  add(`gradient ${size}² radial`, () => gradient({ ...shape, kind: 'radial', out }));
  add(`checkerboard ${size}²`, () => checkerboard({ ...shape, out }));
}
{
  const out = createPixelMap({ width: 1024, height: 1024, channels: 3 });
  for (const sigma of [1, 8, 64]) {
    rows.push({
      name: `smoothNoise 1024² σ=${sigma}`,
      timing: measure(() => smoothNoise({ width: 1024, height: 1024, channels: 3, seed: 1, sigma, out }), { runs }),
      bytes: 1024 * 1024 * 3,
      floorMs: floorFor(1024 * 1024 * 3),
    });
  }
  // The same work in the JavaScript twin (what runs where WebAssembly SIMD is unavailable).
  useSmoothNoiseBackend('javascript');
  rows.push({
    name: 'smoothNoise 1024² σ=8 (JavaScript twin)',
    timing: measure(() => smoothNoise({ width: 1024, height: 1024, channels: 3, seed: 1, sigma: 8, out }), { runs }),
    bytes: 1024 * 1024 * 3,
    floorMs: floorFor(1024 * 1024 * 3),
  });
  useSmoothNoiseBackend('auto');
}

const numpy = runNumpy(1024, runs);
if (typeof numpy === 'object') {
  const pair: Record<string, number> = {
    'randomNoise 1024² (into out)': numpy.randint,
    'randomNoise 1024² (allocating)': numpy.randint,
    'smoothNoise 1024² σ=8': numpy.smooth_sigma8,
    'gradient 1024² linear': numpy.gradient,
    'checkerboard 1024²': numpy.checkerboard,
  };
  for (const r of rows) if (pair[r.name] !== undefined) r.numpyMs = pair[r.name];
}

const extra = await extraBenchmarks(runs, values.quick);

const fmt = (ms: number) => (ms < 0.1 ? ms.toFixed(3) : ms.toFixed(2));
console.log(
  `Pixel Map Efficiency benchmarks: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
);
printTable(
  ['workload', 'median ms', 'min ms', '× fill floor', 'NumPy ms', 'ours / NumPy'],
  rows.map((r) => [
    r.name,
    fmt(r.timing.medianMs),
    fmt(r.timing.minMs),
    r.floorMs ? (r.timing.medianMs / r.floorMs).toFixed(1) : '',
    r.numpyMs ? fmt(r.numpyMs) : '',
    r.numpyMs ? (r.timing.medianMs / r.numpyMs).toFixed(2) : '',
  ]),
);
console.log(
  `Fill floor (Uint8ClampedArray.fill): ${[...floors].map(([b, ms]) => `${(b / 1048576).toFixed(2)} MiB ${fmt(ms)} ms`).join(', ')}`,
);
if (typeof numpy === 'string') console.log(numpy);
else
  console.log(
    `NumPy ${numpy.numpy} at 1024²×3: randint ${fmt(numpy.randint)} ms, Generator.integers ${fmt(numpy.generator_integers)} ms, fill ${fmt(numpy.fill)} ms`,
  );
console.log(`smoothNoise inner loops: ${smoothNoiseBackend()} (smooth-noise.wat), JavaScript twin where unavailable`);
for (const e of extra.lines) console.log(e);

mkdirSync('bench/results', { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = join('bench/results', `bench-${stamp}.json`);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      memoryBytes: totalmem(),
      runs,
      rows,
      floors: Object.fromEntries(floors),
      numpy,
      smoothNoiseBackend: smoothNoiseBackend(),
      extra: extra.json,
    },
    null,
    2,
  )}\n`,
);
console.log(`Written: ${file}`);
