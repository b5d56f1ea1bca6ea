/**
 * Build-time PNGs of the /constraints/ chapter's figures (src/components/constraints/figures.ts),
 * computed by the engine: the face and its shuffles, the lit sphere, the dataset and its mean,
 * the caption-matching targets.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { encodePng } from '../../../build/png.ts';
import { constraintPanels } from '../../../components/constraints/figures.ts';

const panels = constraintPanels();

export const getStaticPaths: GetStaticPaths = () => Object.keys(panels).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const png = encodePng(panels[params.name as string]());
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
