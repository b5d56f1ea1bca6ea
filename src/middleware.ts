/**
 * Finishes every HTML page as it is prerendered (and in `astro dev`): numbered figures with
 * permalinks (src/figure-numbers.ts), keyboard-reachable code blocks, and, when no SITE was set,
 * no canonical or og:url naming a placeholder origin.
 */
import { defineMiddleware } from 'astro:middleware';
import { focusableCode, numberFigures } from './figure-numbers.ts';
import { chapterNumber } from './sidebar.ts';
import { SITE_CONFIGURED } from './site-meta.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  // Prerendered .astro pages may carry no content type: look at the body then.
  const type = response.headers.get('content-type');
  if ((type && !type.includes('text/html')) || (!type && /\.[a-z0-9]+$/i.test(context.url.pathname))) return response;
  const html = await response.text();
  const path = context.url.pathname;
  const chapter = path.includes('/embed/') ? undefined : chapterNumber(path);
  let out = focusableCode(numberFigures(html, chapter));
  // Without SITE, Starlight's canonical and og:url would name the placeholder origin
  // (localhost): a page claims no absolute address rather than a wrong one.
  if (!SITE_CONFIGURED) out = withoutPageAddress(out);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(out, { status: response.status, statusText: response.statusText, headers });
});

/** The page with Starlight's canonical link and og:url meta removed. */
function withoutPageAddress(html: string): string {
  return html
    .replace(/<link rel="canonical" href="[^"]*"\s*\/?>/g, '')
    .replace(/<meta property="og:url" content="[^"]*"\s*\/?>/g, '');
}
