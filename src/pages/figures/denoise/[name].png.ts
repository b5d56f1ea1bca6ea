/**
 * Build-time PNGs of the denoise demo's default run (the no-JavaScript strip) and the
 * /diffusion/ chapter's figures, computed by the same engine the demo's worker runs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { encodePng } from '../../../build/png.ts';
import { denoiseFigures } from '../../../components/denoise/figures.ts';

const figures = denoiseFigures();

export const getStaticPaths: GetStaticPaths = () => Object.keys(figures).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const png = encodePng(figures[params.name as string]());
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
