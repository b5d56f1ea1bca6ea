import { existsSync } from 'node:fs';

/** The chapter map. Slugs are permanent once published; a renamed chapter keeps its old path as a redirect (src/redirects.ts). */
export interface Chapter {
  slug: string;
  label: string;
}

export const chapters: Chapter[] = [
  { slug: '', label: 'The core paradox' },
  { slug: 'pixels', label: 'What a pixel is' },
  { slug: 'structure', label: 'Structure without meaning' },
  { slug: 'constraints', label: 'What coherence demands' },
  { slug: 'diffusion', label: 'Diffusion iterates' },
  { slug: 'counting-flops', label: 'Counting the FLOPs' },
  { slug: 'hardware', label: 'Time and energy on real hardware' },
  { slug: 'efficient-methods', label: "2025's efficient approaches" },
  { slug: 'try-it', label: 'Run a 1-step model yourself' },
  { slug: 'claims', label: 'Common claims, checked' },
  { slug: 'references', label: 'References, glossary, how to cite' },
];

/** Chapters that have been written (a chapter appears in the sidebar once its MDX exists). */
export const publishedChapters = chapters.filter((c) =>
  existsSync(new URL(`./content/docs/${c.slug || 'index'}.mdx`, import.meta.url)),
);

export const sidebar = publishedChapters.map((c) => ({ label: c.label, link: `/${c.slug}${c.slug ? '/' : ''}` }));

/**
 * A chapter's number for figure, equation and exercise labels ("Figure 5.2", "(5.1)"): its
 * place in the chapter map, the core paradox being chapter 1. Accepts a slug ('diffusion', '' for
 * the home page), a URL path ('/diffusion/', '/pixel-map-efficiency/diffusion/' with a base) or a
 * content file path ('…/docs/diffusion.mdx'). Returns undefined for pages that are not chapters.
 */
export function chapterNumber(slugOrPath: string): number | undefined {
  const file = /\/docs\/([^/]+)\.mdx?$/.exec(slugOrPath);
  let slug: string;
  if (file) slug = file[1] === 'index' ? '' : file[1];
  else {
    const parts = slugOrPath.split('/').filter(Boolean);
    const known = parts.filter((p) => chapters.some((c) => c.slug === p));
    if (known.length) slug = known[known.length - 1];
    else {
      const base = (process.env.BASE ?? '/').split('/').filter(Boolean);
      const rest = parts.filter((p) => !base.includes(p));
      if (rest.length > 0) return undefined;
      slug = '';
    }
  }
  const index = chapters.findIndex((c) => c.slug === slug);
  return index < 0 ? undefined : index + 1;
}
