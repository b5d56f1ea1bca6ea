/**
 * The two links every demo offers: "Copy link" (the chapter URL with this demo's current state
 * and its anchor; on an embed page, the chapter's URL rather than the embed's) and "Embed" (the
 * /embed/<id>/ page with the same state). Undefined until the island has hydrated.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Schema, Values } from './params.ts';
import { demoLink } from './params.ts';

export interface DemoLinkOptions {
  /** The demo's embed page (site-relative, base included). */
  embedHref?: string;
  /** The demo's chapter (site-relative), used for "Copy link" on embed pages. */
  chapterHref?: string;
  embedded?: boolean;
}

export function useDemoLinks<S extends Schema>(
  demoId: string,
  schema: S,
  values: Values<S>,
  ready: boolean,
  options: DemoLinkOptions = {},
): { link?: string; embedLink?: string } {
  const { embedHref, chapterHref, embedded } = options;
  const [link, setLink] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!ready) return;
    const page = embedded && chapterHref ? new URL(chapterHref, window.location.href).toString() : window.location.href;
    setLink(demoLink(demoId, schema, values, page));
  }, [demoId, schema, values, ready, embedded, chapterHref]);
  const embedLink = useMemo(() => {
    if (!link || !embedHref) return undefined;
    const url = new URL(embedHref, window.location.href);
    url.search = new URL(link).search;
    return url.toString();
  }, [link, embedHref]);
  return { link, embedLink };
}
