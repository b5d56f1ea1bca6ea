/** Facts about this build of the site, used by citations and meta tags. */
import pkg from '../package.json' with { type: 'json' };

export const SITE_TITLE = 'Pixel Map Efficiency';
export const SITE_AUTHOR = 'Pixel Map Efficiency contributors';
export const SITE_VERSION: string = pkg.version;

/** Build date (YYYY-MM-DD): SOURCE_DATE_EPOCH when set (reproducible builds), else today. */
export const BUILD_DATE = (
  process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date()
)
  .toISOString()
  .slice(0, 10);

/** The social-card image path of a page slug ('' for the home page). */
export function socialCardPath(slug: string): string {
  return `social/${slug === '' ? 'index' : slug.replace(/\/$/, '').replace(/\//g, '--')}.png`;
}

/**
 * Whether SITE (the public origin, e.g. https://example.github.io) was set for this build. Without
 * it the pages' own origin is known only in the browser, so citations print the path and a script
 * completes it from `location.origin` (src/components/cite/CiteUrl.astro): a citation never says
 * "localhost".
 */
export const SITE_CONFIGURED = Boolean(process.env.SITE);
