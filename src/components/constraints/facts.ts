/**
 * Numbers quoted in the /constraints/ chapter, computed by the engine's cost model so that the
 * prose never types a figure the engine can derive (CONTRIBUTING.md, Conventions).
 */
import { formatSI, forwardCost, TARGET_IDS } from '../../lib/index.ts';
import { TARGET_SIZE, TILES } from './figures.ts';
import { SPHERE_GEOMETRY } from './lambert-scene.ts';

const AT_1024 = { width: 1024, height: 1024 };

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Every value the chapter prints, as display strings, by name. */
export function constraintFacts(): Record<string, string> {
  const sdxl = forwardCost({ model: 'sdxl', ...AT_1024 });
  const flux = forwardCost({ model: 'flux-dev', ...AT_1024 });
  return {
    targetSize: String(TARGET_SIZE),
    targetPixels: (TARGET_SIZE * TARGET_SIZE).toLocaleString('en-US'),
    tiles: String(TILES * TILES),
    tileSide: String(TARGET_SIZE / TILES),
    targetCount: String(TARGET_IDS.length),
    // The face's eyes sit at x = 0.36 and 0.64 of the side (src/lib/diffusion/targets.ts).
    eyeGap: String(Math.round((0.64 - 0.36) * TARGET_SIZE)),
    sphereRadius: String(SPHERE_GEOMETRY.r),
    sdxlCallFlops: formatSI(sdxl.flops, { unit: 'FLOP' }),
    fluxCallFlops: formatSI(flux.flops, { unit: 'FLOP' }),
    sdxlAttentionShare: percent(sdxl.attentionShare),
    fluxAttentionShare: percent(flux.attentionShare),
  };
}
