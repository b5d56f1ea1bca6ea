/** The chapter map (slugs are permanent once published: see ../shared/DESIGN.md). */
export interface Chapter {
  slug: string;
  label: string;
}

export const chapters: Chapter[] = [
  { slug: '', label: 'The core paradox' },
  { slug: 'pixels', label: 'What a pixel is' },
  { slug: 'structure', label: 'Structure without meaning' },
];

export const sidebar = chapters.map((c) => ({ label: c.label, link: `/${c.slug}${c.slug ? '/' : ''}` }));
