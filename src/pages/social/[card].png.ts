/**
 * Social-card images (1200 × 630 PNG), one per chapter, drawn at build time from an SVG by
 * resvg with a font shipped in the katex package: no external service, no network.
 */

import { getCollection } from 'astro:content';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { encodePng } from '../../build/png.ts';
import { checkerboard, gradient, randomNoise, smoothNoise } from '../../lib/index.ts';
import { SITE_TITLE, socialCardPath } from '../../site-meta.ts';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('katex/package.json')), 'dist/fonts');

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Greedy word wrap by character count (the font is close to fixed width per character). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const tile = 150;
const shape = { width: tile, height: tile, channels: 3 as const };
const tiles = [
  randomNoise({ ...shape, seed: 1 }),
  smoothNoise({ ...shape, seed: 1, sigma: 5 }),
  gradient({ ...shape }),
  checkerboard({ ...shape, cell: 25 }),
].map((r) => `data:image/png;base64,${encodePng(r.map).toString('base64')}`);

export const getStaticPaths: GetStaticPaths = async () => {
  const docs = await getCollection('docs');
  return docs.map((entry) => ({
    params: {
      card: socialCardPath(entry.id === 'index' ? '' : entry.id)
        .replace(/^social\//, '')
        .replace(/\.png$/, ''),
    },
    props: { title: entry.data.title, description: entry.data.description ?? '' },
  }));
};

export const GET: APIRoute = ({ props }) => {
  const { title, description } = props as { title: string; description: string };
  const titleLines = wrap(title, 26).slice(0, 3);
  const allDesc = wrap(description, 58);
  const descLines = allDesc.slice(0, 3);
  if (allDesc.length > 3) descLines[2] = `${descLines[2].replace(/[,.;:]?$/, '')}…`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#17181c"/>
  ${tiles.map((href, i) => `<image href="${href}" x="${60 + (i % 2) * (tile + 12)}" y="${150 + Math.floor(i / 2) * (tile + 12)}" width="${tile}" height="${tile}"/>`).join('\n  ')}
  <text x="440" y="120" font-family="KaTeX_SansSerif" font-size="34" fill="#b8c4ff">${escapeXml(SITE_TITLE)}</text>
  ${titleLines.map((l, i) => `<text x="440" y="${215 + i * 72}" font-family="KaTeX_SansSerif" font-weight="bold" font-size="62" fill="#ffffff">${escapeXml(l)}</text>`).join('\n  ')}
  ${descLines.map((l, i) => `<text x="440" y="${215 + titleLines.length * 72 + 30 + i * 40}" font-family="KaTeX_SansSerif" font-size="28" fill="#c9ccd6">${escapeXml(l)}</text>`).join('\n  ')}
</svg>`;
  const png = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [join(fontDir, 'KaTeX_SansSerif-Regular.ttf'), join(fontDir, 'KaTeX_SansSerif-Bold.ttf')],
      defaultFontFamily: 'KaTeX_SansSerif',
    },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
