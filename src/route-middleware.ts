/**
 * Starlight route middleware: adds the claims of /claims/ to its "On this page" list. The claims
 * are rendered by a component (ClaimsList.astro) from claims.ts, so Starlight, which builds the
 * list from the chapter's Markdown headings, does not see them; here each topic and each claim
 * is inserted where the list sits in the chapter, with the same anchors the page uses.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { claimAnchors } from './components/claims/anchors.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.id !== 'claims' || !route.toc) return;
  const items = route.toc.items;
  // The list sits between the introduction and "Checking a figure yourself".
  const after = items.findIndex((item) => item.slug === 'checking-a-figure-yourself');
  const topics = claimAnchors().map((t) => ({
    depth: 2,
    slug: t.slug,
    text: t.text,
    children: t.claims.map((c) => ({ depth: 3, slug: c.slug, text: c.text, children: [] })),
  }));
  items.splice(after < 0 ? items.length : after, 0, ...topics);
});
