/** `npm run demos`' iteration demo: the files it writes, byte-determinism, and the linear cost. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeIterationDemo } from '../../scripts/iteration-demo.ts';

const dirs: string[] = [];
function fresh(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iteration-demo-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('writeIterationDemo(dir, seed)', () => {
  const dirA = fresh();
  const a = writeIterationDemo(join(dirA, 'iteration_demo'), 1, { quiet: true });

  it('writes the target, the 1-step and 20-step frames and the direct prediction as PNGs', () => {
    const files = readdirSync(join(dirA, 'iteration_demo')).sort();
    expect(files).toEqual([...a.files].sort());
    for (const f of [
      'target.png',
      'dataset.png',
      'iterative_01_step00_xt.png',
      'iterative_01_step01_x0hat.png',
      'iterative_01_step01_xt.png',
      'iterative_20_step00_xt.png',
      'iterative_20_step10_x0hat.png',
      'iterative_20_step20_xt.png',
      'direct_1step.png',
    ]) {
      expect(files).toContain(f);
      expect(
        readFileSync(join(dirA, 'iteration_demo', f))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    }
    expect(files.filter((f) => f.startsWith('iterative_20_') && f.endsWith('_xt.png'))).toHaveLength(21);
    expect(files.filter((f) => f.startsWith('iterative_20_') && f.endsWith('_x0hat.png'))).toHaveLength(20);
  });

  it('is deterministic: the same seed gives the same bytes, another seed other noise', () => {
    const dirB = fresh();
    writeIterationDemo(dirB, 1, { quiet: true });
    for (const f of a.files) {
      expect(Buffer.compare(readFileSync(join(dirA, 'iteration_demo', f)), readFileSync(join(dirB, f))), f).toBe(0);
    }
    const dirC = fresh();
    writeIterationDemo(dirC, 2, { quiet: true });
    const noise = 'iterative_20_step00_xt.png';
    expect(Buffer.compare(readFileSync(join(dirA, 'iteration_demo', noise)), readFileSync(join(dirC, noise)))).not.toBe(
      0,
    );
  });

  it('the 1-step run returns its prediction: x_0 after one step is x̂_0', () => {
    const dir = join(dirA, 'iteration_demo');
    expect(
      Buffer.compare(
        readFileSync(join(dir, 'iterative_01_step01_xt.png')),
        readFileSync(join(dir, 'iterative_01_step01_x0hat.png')),
      ),
    ).toBe(0);
  });

  it('FLOPs grow linearly with steps: FLOPs / step is the same for every row', () => {
    const perStep = a.rows[0].flopsPerStep;
    expect(perStep).toBeGreaterThan(0);
    for (const r of a.rows) {
      expect(r.flopsPerStep).toBe(perStep);
      expect(r.flops).toBe(r.setupFlops + r.steps * perStep);
    }
    expect(a.rows.map((r) => r.steps)).toEqual([1, 2, 5, 10, 20, 50]);
  });

  it('quality: one step is the blurred mean, the ideal denoiser is exact by 2 steps, a weak one needs more', () => {
    const [one, two, five] = a.rows;
    expect(one.rmse).toBeGreaterThan(0.3);
    expect(two.rmse).toBeLessThan(1e-3);
    expect(five.weakRmse).toBeGreaterThan(two.rmse);
    expect(Number.isFinite(one.psnrDb)).toBe(true);
  });
});
