// @ts-check
import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { cspIntegration } from './src/integrations/csp.ts';
import { rehypeBase } from './src/integrations/rehype-base.ts';
import { rehypeLayout } from './src/integrations/rehype-layout.ts';
import { redirects } from './src/redirects.ts';
import { sidebar } from './src/sidebar.ts';

// BASE=/pixel-map-efficiency/ npm run build: every link, asset, worker and the search index
// are then served under that path. SITE sets the absolute origin used in canonical and
// citation URLs (default: the local preview server).
const base = process.env.BASE ?? '/';
const site = process.env.SITE ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // Astro does not add the base to redirect targets; do it here.
  redirects: Object.fromEntries(
    Object.entries(redirects).map(([from, to]) => [from, `${base.replace(/\/$/, '')}${to}`]),
  ),
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [
        [rehypeKatex, { output: 'htmlAndMathml', strict: 'error', throwOnError: true }],
        rehypeLayout,
        rehypeBase({ base }),
      ],
    }),
  },
  integrations: [
    starlight({
      title: 'Pixel Map Efficiency',
      disable404Route: true,
      routeMiddleware: './src/route-middleware.ts',
      description:
        'Why filling a grid with random pixels costs almost nothing and making those pixels a coherent image costs many orders of magnitude more: live demos and a derived cost model.',
      customCss: [
        'katex/dist/katex.min.css',
        './src/styles/custom.css',
        './src/styles/cost.css',
        './src/styles/denoise.css',
        './src/styles/exercises.css',
        './src/styles/learned.css',
      ],
      sidebar,
      lastUpdated: false,
      pagination: true,
      components: {
        Head: './src/components/site/Head.astro',
        Footer: './src/components/site/Footer.astro',
      },
    }),
    preact(),
    cspIntegration(),
  ],
  vite: {
    worker: { format: 'es' },
    // Astro marks each MDX module with a "use astro:head-inject" directive that the bundler
    // reports as a warning although the output is correct. This silences exactly that warning in
    // every build environment (Astro sets the prerender environment's bundler options itself,
    // so a plain build.rolldownOptions.onwarn would not reach it); anything else is reported.
    plugins: [
      {
        name: 'pme:quiet-head-inject',
        configEnvironment() {
          return {
            build: {
              rolldownOptions: {
                onwarn(warning, warn) {
                  const headInject =
                    warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject');
                  if (!headInject) warn(warning);
                },
              },
            },
          };
        },
      },
    ],
  },
});
