/**
 * Build-time PNGs of the learned demo's default state (the no-JavaScript view), computed by the
 * same engine the demo's worker runs, from the committed weight files.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { encodePng } from '../../../build/png.ts';
import { learnedFigures } from '../../../components/learned/figures.ts';

const figures = learnedFigures();

export const getStaticPaths: GetStaticPaths = () => Object.keys(figures).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const png = encodePng(figures[params.name as string]());
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
