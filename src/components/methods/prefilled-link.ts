/**
 * Links from the chapter prose to a demo with some settings filled in, e.g.
 * `counting-flops/?calculator.model=sdxl-turbo&calculator.steps=1#calculator`. Every value is
 * checked against the demo's URL schema at build time, so a typo fails the build instead of
 * showing the reader a "using the default" notice. Pure.
 */
import { CALCULATOR_ID, CHART_ID, calculatorSchema, chartSchema } from '../cost/schema.ts';
import type { Schema } from '../demo/params.ts';
import { coerce } from '../demo/params.ts';
import { LEARNED_ID, learnedSchema } from '../learned/schema.ts';

/** The demos that can be linked, with the chapter each lives on. */
export const LINKABLE_DEMOS: Readonly<Record<string, { page: string; schema: Schema }>> = {
  [CALCULATOR_ID]: { page: 'counting-flops/', schema: calculatorSchema },
  [CHART_ID]: { page: 'hardware/', schema: chartSchema },
  [LEARNED_ID]: { page: 'diffusion/', schema: learnedSchema },
};

/**
 * A site-relative href (no base, no leading slash) to `demo` with `settings` in the URL, in the
 * order given. Throws a RangeError for an unknown demo, key or out-of-range value.
 */
export function prefilledHref(demo: string, settings: Readonly<Record<string, string | number>>): string {
  const target = LINKABLE_DEMOS[demo];
  if (target === undefined) {
    throw new RangeError(`demo must be one of ${Object.keys(LINKABLE_DEMOS).join(', ')}; got "${demo}"`);
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(settings)) {
    const spec = target.schema[key];
    if (spec === undefined) {
      throw new RangeError(`${demo}: key must be one of ${Object.keys(target.schema).join(', ')}; got "${key}"`);
    }
    const { notice } = coerce(`${demo}.${key}`, spec, String(value));
    if (notice) throw new RangeError(notice);
    params.set(`${demo}.${key}`, String(value));
  }
  const query = params.toString();
  return `${target.page}${query ? `?${query}` : ''}#${demo}`;
}
