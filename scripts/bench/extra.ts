/**
 * The rest of `npm run bench`: the diffusion sampler, the cost model, the full build time and,
 * on that fresh build, the browser measurements. `--quick` skips the build and measures the
 * existing dist/ (or DIST) if there is one.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { benchBrowser } from './browser.ts';
import { benchCost } from './cost.ts';
import { benchDiffusion } from './diffusion.ts';
import { benchLearned } from './learned.ts';

const BENCH_DIST = 'dist-bench';

function timeBuild(): { lines: string[]; json: Record<string, unknown>; ok: boolean } {
  rmSync(BENCH_DIST, { recursive: true, force: true });
  const start = performance.now();
  const r = spawnSync('npx', ['astro', 'build', '--outDir', BENCH_DIST], { encoding: 'utf8', stdio: 'pipe' });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0)
    return { lines: [`Build failed (exit ${r.status}); browser measurements skipped.`], json: {}, ok: false };
  return {
    lines: [`Full production build (astro build, incl. search index and CSP): ${seconds.toFixed(1)} s`],
    json: { buildSeconds: seconds },
    ok: true,
  };
}

export async function extraBenchmarks(
  runs: number,
  quick = false,
): Promise<{ lines: string[]; json: Record<string, unknown> }> {
  const parts = [await benchDiffusion(runs), await benchCost(runs)];
  if (quick) {
    parts.push(await benchBrowser(process.env.DIST ?? 'dist'));
    parts.push(await benchLearned(runs, process.env.DIST ?? 'dist'));
  } else {
    const build = timeBuild();
    parts.push(build);
    if (build.ok) parts.push(await benchBrowser(BENCH_DIST));
    parts.push(await benchLearned(runs, build.ok ? BENCH_DIST : null));
  }
  return { lines: parts.flatMap((p) => p.lines), json: Object.assign({}, ...parts.map((p) => p.json)) };
}
