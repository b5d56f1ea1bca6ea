/**
 * Finishes every HTML page as it is prerendered (and in `astro dev`): numbered figures with
 * permalinks (src/figure-numbers.ts) and keyboard-reachable code blocks.
 */
import { defineMiddleware } from 'astro:middleware';
import { focusableCode, numberFigures } from './figure-numbers.ts';
import { chapterNumber } from './sidebar.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  // Prerendered .astro pages may carry no content type: look at the body then.
  const type = response.headers.get('content-type');
  if ((type && !type.includes('text/html')) || (!type && /\.[a-z0-9]+$/i.test(context.url.pathname))) return response;
  const html = await response.text();
  const path = context.url.pathname;
  const chapter = path.includes('/embed/') ? undefined : chapterNumber(path);
  const out = focusableCode(numberFigures(html, chapter));
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(out, { status: response.status, statusText: response.statusText, headers });
});
