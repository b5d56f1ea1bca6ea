import { existsSync } from 'node:fs';

/** The chapter map (slugs are permanent once published: see ../shared/DESIGN.md). */
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
