/**
 * Build-time images of each demo's default state, so chapters show a real picture without
 * JavaScript, in print and in link previews. Computed by the same engine the islands use.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { encodePng } from '../../build/png.ts';
import { defaults } from '../../components/demo/params.ts';
import { patternsSchema } from '../../components/patterns/schema.ts';
import type { PatternResult } from '../../lib/index.ts';
import { checkerboard, gradient, randomNoise, smoothNoise } from '../../lib/index.ts';

const d = defaults(patternsSchema);
const shape = { width: d.size, height: d.size, channels: d.channels as 3 };
const figures: Record<string, () => PatternResult> = {
  'patterns-random': () => randomNoise({ ...shape, seed: d.seed }),
  'patterns-smooth': () => smoothNoise({ ...shape, seed: d.seed, sigma: d.sigma }),
  'patterns-gradient': () => gradient({ ...shape, angle: d.angle, kind: d.kind as 'linear' }),
  'patterns-checkerboard': () => checkerboard({ ...shape, cell: d.cell }),
};

export const getStaticPaths: GetStaticPaths = () => Object.keys(figures).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const make = figures[params.name as string];
  const png = encodePng(make().map);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
