/**
 * The same pattern workloads in NumPy, run side by side when python3 with NumPy is present.
 * Each is timed by Python itself (median of repeated runs after warm-up), so interpreter start-up
 * is not counted.
 */
import { spawnSync } from 'node:child_process';

const SCRIPT = `
import json, sys, time
import numpy as np
size = int(sys.argv[1]); runs = int(sys.argv[2])
def med(f):
    for _ in range(5): f()
    t = []
    for _ in range(runs):
        s = time.perf_counter(); f(); t.append((time.perf_counter() - s) * 1000)
    t.sort(); return t[len(t) // 2]
rng = np.random.default_rng(1)
out = np.empty((size, size, 3), dtype=np.uint8)
def smooth():
    # Gaussian-smoothed field by three box passes per axis (the same method as the engine), sigma 8.
    a = np.random.randint(0, 256, (size, size, 3)).astype(np.float32)
    for w in (9, 9, 11):
        k = np.ones(w, dtype=np.float32) / w
        c = np.cumsum(np.pad(a, ((0, 0), (w // 2 + 1, w // 2), (0, 0)), mode='edge'), axis=1)
        a = (c[:, w:, :] - c[:, :-w, :]) / w
        c = np.cumsum(np.pad(a, ((w // 2 + 1, w // 2), (0, 0), (0, 0)), mode='edge'), axis=0)
        a = (c[w:, :, :] - c[:-w, :, :]) / w
    return np.clip((a - a.mean()) * (48 / a.std()) + 128, 0, 255).astype(np.uint8)
def gradient():
    y, x = np.mgrid[0:size, 0:size].astype(np.float32)
    t = ((x + 0.5 - size / 2) * 0.7071 + (y + 0.5 - size / 2) * 0.7071) / (size * 1.4142) + 0.5
    lut = np.linspace([20, 30, 90], [255, 210, 120], 1024).astype(np.uint8)
    return lut[np.clip((t * 1023 + 0.5).astype(np.int32), 0, 1023)]
def checker():
    y, x = np.mgrid[0:size, 0:size]
    mask = ((x // 32 + y // 32) % 2 == 0)[..., None]
    return np.where(mask, np.uint8([24, 32, 64]), np.uint8([236, 240, 250]))
res = {
  'numpy': np.__version__,
  'randint': med(lambda: np.random.randint(0, 256, (size, size, 3), dtype=np.uint8)),
  'generator_integers': med(lambda: rng.integers(0, 256, (size, size, 3), dtype=np.uint8)),
  'randint_into_buffer': med(lambda: np.copyto(out, np.random.randint(0, 256, (size, size, 3), dtype=np.uint8))),
  'smooth_sigma8': med(smooth),
  'gradient': med(gradient),
  'checkerboard': med(checker),
  'fill': med(lambda: out.fill(7)),
}
print(json.dumps(res))
`;

export interface NumpyResults {
  numpy: string;
  randint: number;
  generator_integers: number;
  randint_into_buffer: number;
  smooth_sigma8: number;
  gradient: number;
  checkerboard: number;
  fill: number;
}

export function runNumpy(size: number, runs: number): NumpyResults | string {
  const probe = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'python3 with NumPy not found: NumPy comparison skipped';
  const r = spawnSync('python3', ['-c', SCRIPT, String(size), String(runs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) return `NumPy comparison failed: ${r.stderr.trim().split('\n').at(-1)}`;
  return JSON.parse(r.stdout) as NumpyResults;
}
